//! The strategy library: one SQLite database in the app-data folder holding
//! every strategy. Every method is one transaction; every edit is durable when it returns.

use super::history::{EditVerb, History};
use super::snapshot::Scope;
use super::undo::Journal;
use super::{items, now, schema, strategies};
use crate::error::{Error, Result};
use crate::model::*;
use rusqlite::{Connection, OpenFlags, Transaction};
use std::path::Path;

/// `PRAGMA application_id` of a library ("STRL"), so other tools can tell it apart.
pub const LIBRARY_APPLICATION_ID: i32 = 0x5354_524C;

/// Page cache of a bulk write, in KiB as `PRAGMA cache_size` takes it (negative).
const BULK_CACHE_KIB: i64 = -32_768;

pub struct Library {
    conn: Connection,
    /// Undo and redo of this session's edits, per strategy (see `undo.rs`).
    pub(crate) history: History,
}

impl Library {
    /// Opens (or creates) the library at `path`. A library from a newer
    /// Stratège is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Library> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        Self::prepare(conn)
    }

    pub fn open_in_memory() -> Result<Library> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Library> {
        // Reading the version writes nothing; it must come before WAL or migrations.
        schema::refuse_newer(&conn)?;
        let application_id: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
        if application_id != 0 && application_id != LIBRARY_APPLICATION_ID {
            return Err(Error::NotAStrategyFile(
                "this database is not a Stratège library".into(),
            ));
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // WAL: a crash mid-write leaves the last committed state. FULL: a commit
        // survives a power cut too (a workshop laptop's battery dies); it costs one fsync.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        schema::migrate(&mut conn)?;
        conn.pragma_update(None, "application_id", LIBRARY_APPLICATION_ID)?;
        Ok(Library {
            conn,
            history: History::default(),
        })
    }

    /// Runs `work` in one immediate transaction, committed only if it succeeds.
    pub(crate) fn write<T>(&mut self, work: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// `write` for thousands of rows (an import): with SQLite's usual 2 MB page
    /// cache, a large transaction spills pages to the WAL before its commit and
    /// reads them back. The usual size, and the memory, come back afterwards.
    pub(crate) fn write_bulk<T>(
        &mut self,
        work: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        let usual: i64 = self
            .conn
            .query_row("PRAGMA cache_size", [], |row| row.get(0))?;
        self.conn
            .pragma_update(None, "cache_size", BULK_CACHE_KIB)?;
        let result = self.write(work);
        let restored = self.conn.pragma_update(None, "cache_size", usual);
        let value = result?;
        restored?;
        Ok(value)
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    // ---- the library ----

    /// Strategies whose title, client or consultant contains `query` (any case), newest first.
    pub fn list(&self, query: &str, include_archived: bool) -> Result<Vec<StrategySummary>> {
        let needle = query.trim().to_lowercase();
        Ok(strategies::load_all_meta(&self.conn)?
            .into_iter()
            .filter(|m| include_archived || !m.archived)
            .filter(|m| {
                needle.is_empty()
                    || [&m.title, &m.client_name, &m.consultant_name]
                        .iter()
                        .any(|field| field.to_lowercase().contains(&needle))
            })
            .map(|m| m.summary())
            .collect())
    }

    pub fn create(&mut self, title: &str, language: Language) -> Result<StrategySummary> {
        let strategy = Strategy::blank(title.trim(), language, &now());
        self.write(|tx| strategies::insert(tx, &strategy))?;
        Ok(strategy.meta.summary())
    }

    /// Adds a complete strategy (the sample, an import) as it is.
    pub fn insert(&mut self, strategy: &Strategy) -> Result<StrategySummary> {
        self.write(|tx| strategies::insert(tx, strategy))?;
        Ok(strategy.meta.summary())
    }

    pub fn load(&self, id: &str) -> Result<Strategy> {
        strategies::load(&self.conn, id)
    }

    pub fn rename(&mut self, id: &str, title: &str) -> Result<StrategySummary> {
        let journal = Journal::new(EditVerb::EditStrategy, None);
        self.edit_meta(id, journal, |meta| meta.title = title.trim().to_string())
            .map(|m| m.summary())
    }

    /// Archiving is a library action: it is not an undoable edit of the strategy.
    pub fn set_archived(&mut self, id: &str, archived: bool) -> Result<StrategySummary> {
        self.write(|tx| {
            let mut meta = strategies::load_meta(tx, id)?;
            meta.archived = archived;
            meta.updated_at = now();
            strategies::save_meta(tx, &meta)?;
            Ok(meta.summary())
        })
    }

    /// A full copy under new ids, titled "<title> (copy)" in the strategy's language.
    pub fn duplicate(&mut self, id: &str) -> Result<StrategySummary> {
        self.write(|tx| {
            let mut copy = strategies::load(tx, id)?.with_new_ids();
            let suffix = match copy.meta.language {
                Language::Fr => " (copie)",
                Language::En => " (copy)",
            };
            copy.meta.title = title_with_suffix(&copy.meta.title, suffix);
            copy.meta.archived = false;
            let stamp = now();
            copy.meta.created_at = stamp.clone();
            copy.meta.updated_at = stamp;
            strategies::insert(tx, &copy)?;
            Ok(copy.meta.summary())
        })
    }

    pub fn delete(&mut self, id: &str) -> Result<()> {
        self.write(
            |tx| match tx.execute("DELETE FROM strategies WHERE id = ?1", [id])? {
                0 => Err(Error::NotFound { what: "strategy" }),
                _ => Ok(()),
            },
        )?;
        self.history.forget(id);
        Ok(())
    }

    // ---- editing one strategy ----

    /// Saves the header and single-valued steps. `id`, dates of record and
    /// `archived` are kept from the database, whatever the caller sent.
    pub fn update_meta(&mut self, meta: &StrategyMeta) -> Result<StrategyMeta> {
        let incoming = meta.clone();
        let journal = Journal::new(EditVerb::EditStrategy, None).coalescing();
        self.edit_meta(&meta.id, journal, move |stored| {
            let keep = (stored.created_at.clone(), stored.archived);
            *stored = incoming;
            (stored.created_at, stored.archived) = keep;
        })
    }

    fn edit_meta(
        &mut self,
        id: &str,
        journal: Journal,
        change: impl FnOnce(&mut StrategyMeta),
    ) -> Result<StrategyMeta> {
        self.journaled(id, journal, Scope::meta(), |tx| {
            let mut meta = strategies::load_meta(tx, id)?;
            change(&mut meta);
            meta.id = id.to_string();
            meta.updated_at = now();
            strategies::save_meta(tx, &meta)?;
            Ok(meta)
        })
    }

    /// Appends a blank entry of `kind` and returns it.
    pub fn add_item(&mut self, strategy_id: &str, kind: ItemKind) -> Result<Item> {
        let item = Item::blank(kind);
        let scope = Scope::item(kind, item.id()).with_order(kind);
        self.journaled(
            strategy_id,
            Journal::new(EditVerb::Add, Some(kind)),
            scope,
            |tx| {
                items::save(tx, strategy_id, &item)?;
                strategies::touch(tx, strategy_id, &now())
            },
        )?;
        Ok(item)
    }

    /// Saves an entry (insert or update) and returns every entry of that kind,
    /// since a rule may have changed others (one primary objective).
    pub fn update_item(&mut self, strategy_id: &str, item: &Item) -> Result<Vec<Item>> {
        let scope = Scope::for_update(&self.conn, strategy_id, item)?;
        let journal = Journal::new(EditVerb::Edit, Some(item.kind())).coalescing();
        self.journaled(strategy_id, journal, scope, |tx| {
            if !strategies::exists(tx, strategy_id)? {
                return Err(Error::NotFound { what: "strategy" });
            }
            items::save(tx, strategy_id, item)?;
            strategies::touch(tx, strategy_id, &now())?;
            items::load(tx, strategy_id, item.kind())
        })
    }

    pub fn delete_item(&mut self, strategy_id: &str, kind: ItemKind, id: &str) -> Result<()> {
        let scope = Scope::for_delete(&self.conn, strategy_id, kind, id)?;
        self.journaled(
            strategy_id,
            Journal::new(EditVerb::Delete, Some(kind)),
            scope,
            |tx| {
                items::delete(tx, strategy_id, kind, id)?;
                strategies::touch(tx, strategy_id, &now())
            },
        )
    }

    /// Moves an entry to `to_index` in its list and returns the list in its new order.
    pub fn move_item(
        &mut self,
        strategy_id: &str,
        kind: ItemKind,
        id: &str,
        to_index: usize,
    ) -> Result<Vec<Item>> {
        let scope = Scope::item(kind, id).with_order(kind);
        self.journaled(
            strategy_id,
            Journal::new(EditVerb::Move, Some(kind)),
            scope,
            |tx| {
                items::move_to(tx, strategy_id, kind, id, to_index)?;
                strategies::touch(tx, strategy_id, &now())?;
                items::load(tx, strategy_id, kind)
            },
        )
    }

    // ---- settings ----

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?;
            Ok(())
        })
    }
}
