//! SQLite persistence: the schema and its migrations, row mapping, and the
//! `Library` that the app and the CLI edit strategies through.

mod checks;
mod columns;
mod history;
mod import;
mod item_rows;
mod items;
mod library;
mod new_rows;
pub mod schema;
pub(crate) mod slot_rows;
mod snapshot;
mod strategies;
mod undo;

pub(crate) use checks::Checked;
pub use history::{EditAction, EditVerb, HistoryState};
pub use import::{ImportMode, ImportOutcome};
pub(crate) use items::POSITION_STEP;
pub use library::{Library, LIBRARY_APPLICATION_ID};
pub(crate) use snapshot::Scope;
pub use strategies::items_in_dependency_order;
pub(crate) use undo::Journal;
pub use undo::UndoOutcome;

pub(crate) use strategies::{insert as insert_strategy, load as load_strategy};

/// Now, as stored in `created_at` / `updated_at`.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
