//! Bringing a strategy read from a `.strategy` file into the library. The
//! caller has already read and validated it (see `exchange::read_file`); here
//! it is copied in one transaction, and an existing strategy with the same id
//! is never overwritten silently.

use super::{now, strategies, Library};
use crate::error::Result;
use crate::model::*;
use serde::{Deserialize, Serialize};
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
    Imported { strategy: StrategySummary, backup: Option<StrategySummary> },
    /// The library already has this strategy: ask the user, then import again with Copy or Replace.
    Conflict { existing: StrategySummary },
}

impl Library {
    pub fn import(&mut self, incoming: &Strategy, mode: ImportMode) -> Result<ImportOutcome> {
        self.write(|tx| {
            let existing = if strategies::exists(tx, &incoming.meta.id)? {
                Some(strategies::load(tx, &incoming.meta.id)?)
            } else {
                None
            };
            let Some(existing) = existing else {
                strategies::insert(tx, incoming)?;
                return Ok(imported(incoming, None));
            };
            match mode {
                ImportMode::Ask => Ok(ImportOutcome::Conflict { existing: existing.meta.summary() }),
                ImportMode::Copy => {
                    let copy = incoming.with_new_ids();
                    strategies::insert(tx, &copy)?;
                    Ok(imported(&copy, None))
                }
                ImportMode::Replace => {
                    let mut backup = existing.with_new_ids();
                    let stamp = now();
                    let label = match backup.meta.language {
                        Language::Fr => "sauvegarde avant import du",
                        Language::En => "backup before import of",
                    };
                    backup.meta.title = format!("{} ({label} {})", existing.meta.title, &stamp[..16].replace('T', " "));
                    backup.meta.archived = true;
                    backup.meta.updated_at = stamp;
                    strategies::insert(tx, &backup)?;
                    tx.execute("DELETE FROM strategies WHERE id = ?1", [&existing.meta.id])?;
                    strategies::insert(tx, incoming)?;
                    Ok(imported(incoming, Some(backup.meta.summary())))
                }
            }
        })
    }
}

fn imported(strategy: &Strategy, backup: Option<StrategySummary>) -> ImportOutcome {
    ImportOutcome::Imported { strategy: strategy.meta.summary(), backup }
}
