//! Journaled edits and their undo / redo. Every edit method of `Library` runs
//! through `journaled`: it snapshots what the edit may touch, runs it, and
//! snapshots again, all in the edit's one transaction.

use super::history::{EditAction, EditVerb, HistoryState, Step};
use super::snapshot::{Scope, Snapshot};
use super::{now, strategies, Library};
use crate::error::Result;
use crate::model::*;
use rusqlite::Transaction;
use serde::Serialize;
use std::time::Instant;
use ts_rs::TS;

/// The answer to undo and redo: what was reverted or replayed, and the strategy as it is now.
#[derive(Serialize, TS, Clone, Debug)]
#[ts(export)]
pub struct UndoOutcome {
    pub action: EditAction,
    pub strategy: Strategy,
    pub history: HistoryState,
}

/// How an edit is described and whether it may merge with the previous one.
pub(crate) struct Journal {
    pub verb: EditVerb,
    pub item_kind: Option<ItemKind>,
    /// Steps with equal keys close in time become one.
    pub coalesce: bool,
}

impl Journal {
    pub fn new(verb: EditVerb, item_kind: Option<ItemKind>) -> Journal {
        Journal { verb, item_kind, coalesce: false }
    }

    pub fn coalescing(mut self) -> Journal {
        self.coalesce = true;
        self
    }
}

impl Library {
    /// Runs `work` in one transaction and records it as an undoable step over `scope`.
    pub(crate) fn journaled<T>(
        &mut self,
        strategy_id: &str,
        journal: Journal,
        scope: Scope,
        work: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        let (value, before, after) = self.write(|tx| {
            let before = Snapshot::take(tx, strategy_id, &scope)?;
            let value = work(tx)?;
            let after = Snapshot::take(tx, strategy_id, &scope)?;
            Ok((value, before, after))
        })?;
        let label = describe(&before).or_else(|| describe(&after)).unwrap_or_default();
        let coalesce = journal.coalesce.then(|| coalesce_key(&before, &after));
        let action = EditAction { verb: journal.verb, item_kind: journal.item_kind, label };
        self.history.record(strategy_id, Step { action, before, after, coalesce, at: Instant::now() });
        Ok(value)
    }

    /// Reverts the strategy's last step; `None` when there is nothing to undo.
    pub fn undo(&mut self, strategy_id: &str) -> Result<Option<UndoOutcome>> {
        let Some(step) = self.history.pop_undo(strategy_id) else { return Ok(None) };
        self.replay(strategy_id, &step.before)?;
        let action = step.action.clone();
        self.history.push_redo(strategy_id, step);
        self.outcome(strategy_id, action).map(Some)
    }

    /// Replays the last undone step; `None` when there is nothing to redo.
    pub fn redo(&mut self, strategy_id: &str) -> Result<Option<UndoOutcome>> {
        let Some(step) = self.history.pop_redo(strategy_id) else { return Ok(None) };
        self.replay(strategy_id, &step.after)?;
        let action = step.action.clone();
        self.history.push_undo(strategy_id, step);
        self.outcome(strategy_id, action).map(Some)
    }

    pub fn history(&self, strategy_id: &str) -> HistoryState {
        self.history.state(strategy_id)
    }

    /// Restores a snapshot. If that fails (an edit made outside the journal
    /// broke the chain), the strategy's history is dropped rather than half-applied.
    fn replay(&mut self, strategy_id: &str, snapshot: &Snapshot) -> Result<()> {
        let result = self.write(|tx| snapshot.restore(tx, strategy_id, &now()));
        if result.is_err() {
            self.history.forget(strategy_id);
        }
        result
    }

    fn outcome(&self, strategy_id: &str, action: EditAction) -> Result<UndoOutcome> {
        Ok(UndoOutcome {
            action,
            strategy: strategies::load(self.connection(), strategy_id)?,
            history: self.history.state(strategy_id),
        })
    }
}

/// The name or title of the first entry of a snapshot (or the strategy's title).
fn describe(snapshot: &Snapshot) -> Option<String> {
    if let Some((_, _, Some(item))) = snapshot.items.first() {
        return Some(item_label(item).to_string());
    }
    snapshot.meta.as_ref().map(|meta| meta.title.clone())
}

fn item_label(item: &Item) -> &str {
    match item {
        Item::TeamMember(x) => &x.name,
        Item::Objective(x) => &x.other_label,
        Item::Finding(x) => &x.source,
        Item::Competitor(x) => &x.name,
        Item::Persona(x) => &x.name,
        Item::Kpi(x) => &x.name,
        Item::Channel(x) => &x.custom_name,
        Item::ContentItem(x) => &x.title,
    }
}

/// "Which entry, which fields": two saves of the same field of the same entry share it.
fn coalesce_key(before: &Snapshot, after: &Snapshot) -> String {
    match (before.items.first(), after.items.first(), &before.meta, &after.meta) {
        (Some((_, id, Some(a))), Some((_, _, Some(b))), _, _) => format!("{id}:{}", changed_fields(a, b)),
        (_, _, Some(a), Some(b)) => format!("meta:{}", changed_fields(a, b)),
        _ => String::new(),
    }
}

/// The top-level fields whose values differ, comma-separated.
fn changed_fields(a: &impl Serialize, b: &impl Serialize) -> String {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(a), serde_json::to_value(b))
    else {
        return String::new();
    };
    let mut changed: Vec<&str> = a.iter().filter(|(k, v)| b.get(*k) != Some(v)).map(|(k, _)| k.as_str()).collect();
    changed.sort_unstable();
    changed.join(",")
}
