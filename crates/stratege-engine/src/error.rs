//! Engine errors. Each has a stable `ErrorKind` the UI and CLI branch on, and an
//! English message for logs; the UI shows its own translation of the kind plus the detail.

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} not found")]
    NotFound { what: &'static str },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error("this library was written by a newer version of Stratège (schema {found}, this version reads up to {supported}); update Stratège to open it")]
    NewerVersion { found: i64, supported: i64 },
    #[error("not a Stratège file: {0}")]
    NotAStrategyFile(String),
    #[error("the disk is full: {0}")]
    DiskFull(String),
    #[error("the data folder cannot be written: {0}")]
    ReadOnly(String),
    #[error("database error: {0}")]
    Database(String),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

/// Stable, machine-readable error kinds: part of the IPC and CLI contract.
#[derive(Serialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorKind {
    NotFound,
    Invalid,
    NewerVersion,
    NotAStrategyFile,
    DiskFull,
    ReadOnly,
    Database,
    Io,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Invalid { .. } => ErrorKind::Invalid,
            Error::NewerVersion { .. } => ErrorKind::NewerVersion,
            Error::NotAStrategyFile(_) => ErrorKind::NotAStrategyFile,
            Error::DiskFull(_) => ErrorKind::DiskFull,
            Error::ReadOnly(_) => ErrorKind::ReadOnly,
            Error::Database(_) => ErrorKind::Database,
            Error::Io(_) => ErrorKind::Io,
        }
    }

    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Invalid { field: field.into(), message: message.into() }
    }
}

impl From<rusqlite::Error> for Error {
    /// Sorts SQLite failures into what a user can act on: a full disk, a read-only folder, or other.
    fn from(error: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode;
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::DiskFull(error.to_string()),
            Some(ErrorCode::ReadOnly) | Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => {
                Error::ReadOnly(error.to_string())
            }
            Some(ErrorCode::NotADatabase) => Error::NotAStrategyFile(error.to_string()),
            _ if matches!(error, rusqlite::Error::QueryReturnedNoRows) => Error::NotFound { what: "record" },
            _ => Error::Database(error.to_string()),
        }
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(error: rusqlite_migration::Error) -> Error {
        match error {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            other => Error::Database(other.to_string()),
        }
    }
}

/// What crosses the IPC boundary: a stable kind and a human message.
#[derive(Serialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct ErrorReport {
    pub kind: ErrorKind,
    pub message: String,
}

impl From<&Error> for ErrorReport {
    fn from(error: &Error) -> ErrorReport {
        ErrorReport { kind: error.kind(), message: error.to_string() }
    }
}
