//! IPC commands: one line each into the engine. Arguments and results are
//! engine types, exported to TypeScript by ts-rs; errors are `ErrorReport`s.

pub mod about;
pub mod backup;
pub mod calendar;
pub mod exchange;
pub mod export;
pub mod grids;
pub mod library;
pub mod persona;
pub mod settings;
pub mod strategy;

use stratege_engine::{ErrorKind, ErrorReport};

pub type Reply<T> = Result<T, ErrorReport>;

pub(crate) fn failure(kind: ErrorKind, message: impl Into<String>) -> ErrorReport {
    ErrorReport { kind, message: message.into() }
}

/// A blocking task that panicked or was cancelled (never a user error).
pub(crate) fn background_failed(error: impl std::fmt::Display) -> ErrorReport {
    failure(ErrorKind::Io, format!("background task failed: {error}"))
}
