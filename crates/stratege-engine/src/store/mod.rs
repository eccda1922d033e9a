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
mod snapshot;
pub mod schema;
mod strategies;
mod undo;

pub use import::{ImportMode, ImportOutcome};
pub(crate) use checks::Checked;
pub use history::{EditAction, EditVerb, HistoryState};
pub use library::{Library, LIBRARY_APPLICATION_ID};
pub use undo::UndoOutcome;
pub(crate) use items::POSITION_STEP;
pub(crate) use snapshot::Scope;
pub(crate) use undo::Journal;
pub use strategies::items_in_dependency_order;

pub(crate) use strategies::{insert as insert_strategy, load as load_strategy};

/// Now, as stored in `created_at` / `updated_at`.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
