//! Bringing a strategy read from a `.strategy` file into the library. The
//! caller has already read and validated it (see `exchange::read_file`); here
//! it is copied in one transaction, and an existing strategy with the same id
//! is never overwritten silently.

use super::{now, strategies, Checked, Library};
use crate::error::{Error, Result};
use crate::exchange;
use crate::exchange::phases::mark;
use crate::model::*;
use rusqlite::Transaction;
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// What to do when the library already holds the file's strategy (same id).
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ImportMode {
    /// Fail with `Conflict` if it exists, so the user can be asked.
    Ask,
    /// Import under new ids, beside the existing one.
    Copy,
    /// Replace the existing one, keeping the previous version as an archived backup.
    Replace,
}

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[ts(export)]
pub enum ImportOutcome {
    /// The strategy is in the library (new, copied or replaced).
    Imported {
        strategy: StrategySummary,
        backup: Option<StrategySummary>,
    },
    /// The library already has this strategy: ask the user, then import again with Copy or Replace.
    Conflict { existing: StrategySummary },
}

impl Library {
    /// Reads a `.strategy` file through the hardened path, then imports it.
    /// A refused file changes nothing in the library.
    pub fn import_file(&mut self, path: &Path, mode: ImportMode) -> Result<ImportOutcome> {
        let incoming = exchange::read_checked(path)?;
        self.import_checked(&incoming, mode).map_err(from_file)
    }

    /// The same for a file received as bytes (dropped on the window).
    pub fn import_bytes(&mut self, bytes: &[u8], mode: ImportMode) -> Result<ImportOutcome> {
        let incoming = exchange::read_bytes_checked(bytes)?;
        self.import_checked(&incoming, mode).map_err(from_file)
    }

    /// Writes strategy `id` to a `.strategy` file at `path`, which must not be
    /// the library's own database or one of its side files.
    pub fn export_file(&self, id: &str, path: &Path) -> Result<()> {
        if self.is_own_file(path) {
            return Err(Error::invalid(
                "path",
                "is the library's own file; choose another name",
            ));
        }
        let strategy = self.load(id)?;
        mark("load strategy");
        exchange::write_file(&strategy, path)
    }

    fn is_own_file(&self, path: &Path) -> bool {
        let Some(library) = self
            .connection()
            .path()
            .filter(|p| !p.is_empty())
            .map(Path::new)
        else {
            return false;
        };
        let canonical_folder = |p: &Path| {
            let folder = p
                .parent()
                .filter(|f| !f.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            std::fs::canonicalize(folder).ok()
        };
        let (Some(library_name), Some(target_name)) = (library.file_name(), path.file_name())
        else {
            return false;
        };
        // library.sqlite3, and its -wal, -shm and -journal side files.
        let same_folder = canonical_folder(library).is_some()
            && canonical_folder(library) == canonical_folder(path);
        same_folder
            && target_name
                .to_string_lossy()
                .starts_with(&*library_name.to_string_lossy())
    }

    /// Imports a strategy from elsewhere than a file (checked here, as a file's is).
    pub fn import(&mut self, incoming: &Strategy, mode: ImportMode) -> Result<ImportOutcome> {
        self.import_checked(&Checked::new(incoming.clone())?, mode)
    }

    fn import_checked(&mut self, incoming: &Checked, mode: ImportMode) -> Result<ImportOutcome> {
        let outcome = self.import_in_one_transaction(incoming, mode)?;
        mark("commit");
        if matches!(mode, ImportMode::Replace) {
            // The replaced strategy's undo steps describe a strategy that is gone.
            self.history.forget(&incoming.meta.id);
        }
        Ok(outcome)
    }

    fn import_in_one_transaction(
        &mut self,
        incoming: &Checked,
        mode: ImportMode,
    ) -> Result<ImportOutcome> {
        self.write_bulk(|tx| {
            let outcome = Self::copy_in(tx, incoming, mode);
            mark("rows into library");
            outcome
        })
    }

    /// The transaction's work: the file's strategy in, unless the library holds it and `mode` says ask.
    fn copy_in(tx: &Transaction, incoming: &Checked, mode: ImportMode) -> Result<ImportOutcome> {
        if !strategies::exists(tx, &incoming.meta.id)? {
            strategies::insert_checked(tx, incoming)?;
            return Ok(imported(incoming, None));
        }
        match mode {
            ImportMode::Ask => Ok(ImportOutcome::Conflict {
                existing: strategies::load_meta(tx, &incoming.meta.id)?.summary(),
            }),
            ImportMode::Copy => {
                let copy = incoming.with_new_ids();
                strategies::insert_checked(tx, &copy)?;
                Ok(imported(&copy, None))
            }
            ImportMode::Replace => {
                // The version being replaced stays in the library, archived, under new ids.
                let existing = strategies::load(tx, &incoming.meta.id)?;
                mark("load the replaced version");
                let mut backup = existing.with_new_ids();
                let stamp = now();
                let label = match backup.meta.language {
                    Language::Fr => "sauvegarde avant import du",
                    Language::En => "backup before import of",
                };
                let suffix = format!(" ({label} {})", &stamp[..16].replace('T', " "));
                backup.meta.title = title_with_suffix(&existing.meta.title, &suffix);
                backup.meta.archived = true;
                backup.meta.updated_at = stamp;
                strategies::insert(tx, &backup)?;
                mark("write its archived copy");
                tx.execute("DELETE FROM strategies WHERE id = ?1", [&existing.meta.id])?;
                mark("delete it");
                strategies::insert_checked(tx, incoming)?;
                Ok(imported(incoming, Some(backup.meta.summary())))
            }
        }
    }
}

/// A file's strategy the store refuses (a rule the read did not check) is a refused file.
fn from_file(error: Error) -> Error {
    match error {
        Error::Invalid { field, message } => {
            Error::NotAStrategyFile(format!("a value in {field} {message}"))
        }
        other => other,
    }
}

fn imported(strategy: &Strategy, backup: Option<StrategySummary>) -> ImportOutcome {
    ImportOutcome::Imported {
        strategy: strategy.meta.summary(),
        backup,
    }
}
