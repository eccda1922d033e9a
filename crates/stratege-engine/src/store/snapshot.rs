//! What an edit touched, captured before and after it runs, so the edit can
//! be undone (restore "before") and redone (restore "after"). A snapshot holds
//! only the entries an edit may change, not the whole strategy: saving one
//! field of a 5,000-entry plan stays one row read, not 5,000.

use super::item_rows::references;
use super::{items, slot_rows, strategies};
use crate::error::{Error, Result};
use crate::model::*;
use rusqlite::Connection;

/// The part of a strategy an edit may change.
#[derive(Default, Clone, Debug)]
pub(crate) struct Scope {
    pub items: Vec<(ItemKind, String)>,
    /// Lists whose order the edit may change.
    pub orders: Vec<ItemKind>,
    pub meta: bool,
    /// The recurring slots, all of them.
    pub slots: bool,
}

impl Scope {
    pub fn meta() -> Scope {
        Scope {
            meta: true,
            ..Scope::default()
        }
    }

    pub fn slots() -> Scope {
        Scope {
            slots: true,
            ..Scope::default()
        }
    }

    pub fn item(kind: ItemKind, id: &str) -> Scope {
        Scope {
            items: vec![(kind, id.to_string())],
            ..Scope::default()
        }
    }

    pub fn with_order(mut self, kind: ItemKind) -> Scope {
        self.orders.push(kind);
        self
    }

    /// Saving `item`: the entry itself, plus its siblings where a rule may
    /// change them (choosing a primary objective demotes the others).
    pub fn for_update(conn: &Connection, strategy_id: &str, item: &Item) -> Result<Scope> {
        let kind = item.kind();
        let mut scope = Scope::item(kind, item.id());
        if kind == ItemKind::Objective {
            for id in items::order(conn, strategy_id, kind)? {
                if id != item.id() {
                    scope.items.push((kind, id));
                }
            }
        }
        // A new entry saved by id (not through `add`) takes a place in its list.
        if items::load_one(conn, strategy_id, kind, item.id())?.is_none() {
            scope.orders.push(kind);
        }
        Ok(scope)
    }

    /// Deleting an entry: the entry first (restored first on undo), its list's
    /// order, and every entry that refers to it (the delete clears those references).
    pub fn for_delete(
        conn: &Connection,
        strategy_id: &str,
        kind: ItemKind,
        id: &str,
    ) -> Result<Scope> {
        let mut scope = Scope::item(kind, id).with_order(kind);
        // A channel's slots go with it (ON DELETE CASCADE) and come back with it.
        scope.slots = kind == ItemKind::Channel;
        for other in referring_kinds(kind) {
            for entry in items::load(conn, strategy_id, *other)? {
                if references(entry.view())
                    .iter()
                    .any(|(k, target, _)| *k == kind && *target == id)
                {
                    scope.items.push((*other, entry.id().to_string()));
                }
            }
        }
        Ok(scope)
    }
}

/// The kinds whose entries may hold a reference to an entry of `kind`.
fn referring_kinds(kind: ItemKind) -> &'static [ItemKind] {
    match kind {
        ItemKind::TeamMember => &[ItemKind::Kpi, ItemKind::Channel, ItemKind::ContentItem],
        ItemKind::Channel => &[ItemKind::Persona, ItemKind::Kpi, ItemKind::ContentItem],
        ItemKind::Persona => &[ItemKind::ContentItem],
        _ => &[],
    }
}

/// The state of a scope at one moment.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Snapshot {
    /// `None`: the entry did not exist.
    pub items: Vec<(ItemKind, String, Option<Item>)>,
    pub orders: Vec<(ItemKind, Vec<String>)>,
    /// `updated_at` is blanked: it changes with every edit and is not the user's data.
    pub meta: Option<StrategyMeta>,
    pub slots: Option<Vec<RecurringSlot>>,
}

impl Snapshot {
    pub fn take(conn: &Connection, strategy_id: &str, scope: &Scope) -> Result<Snapshot> {
        let mut entries = Vec::with_capacity(scope.items.len());
        for (kind, id) in &scope.items {
            entries.push((
                *kind,
                id.clone(),
                items::load_one(conn, strategy_id, *kind, id)?,
            ));
        }
        let mut orders = Vec::with_capacity(scope.orders.len());
        for kind in &scope.orders {
            orders.push((*kind, items::order(conn, strategy_id, *kind)?));
        }
        let meta = if scope.meta {
            let mut meta = strategies::load_meta(conn, strategy_id)?;
            meta.updated_at.clear();
            Some(meta)
        } else {
            None
        };
        let slots = if scope.slots {
            Some(slot_rows::load(conn, strategy_id)?)
        } else {
            None
        };
        Ok(Snapshot {
            items: entries,
            orders,
            meta,
            slots,
        })
    }

    /// Puts the strategy back in this state. Entries that existed are saved
    /// (in order, so a restored channel exists before the persona that
    /// refers to it), entries that did not are deleted, then lists are renumbered.
    pub fn restore(&self, conn: &Connection, strategy_id: &str, now: &str) -> Result<()> {
        if let Some(meta) = &self.meta {
            let stored = strategies::load_meta(conn, strategy_id)?;
            let mut meta = meta.clone();
            // Archiving is a library action, not an edit of the strategy.
            meta.archived = stored.archived;
            meta.updated_at = now.to_string();
            strategies::save_meta(conn, &meta)?;
        }
        for (kind, id, state) in self.items.iter().rev() {
            if state.is_none() && items::exists_in(conn, strategy_id, *kind, id)? {
                items::delete(conn, strategy_id, *kind, id)?;
            }
        }
        for (_, _, state) in &self.items {
            if let Some(item) = state {
                items::save(conn, strategy_id, item)?;
            }
        }
        for (kind, ids) in &self.orders {
            items::set_order(conn, strategy_id, *kind, ids)?;
        }
        // After the entries: a restored channel exists before its slots.
        if let Some(slots) = &self.slots {
            slot_rows::replace_all(conn, strategy_id, slots)?;
        }
        if !strategies::exists(conn, strategy_id)? {
            return Err(Error::NotFound { what: "strategy" });
        }
        strategies::touch(conn, strategy_id, now)
    }
}
