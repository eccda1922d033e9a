//! Reading a `.strategy` file, which is untrusted: size limit first, then a
//! read-only connection of its own with SQLite's defensive settings, checks of
//! identity, version and integrity, then every row validated into domain types.
//! The file is never attached to the library.

use super::{FORMAT_VERSION, MAX_FILE_BYTES, STRATEGY_APPLICATION_ID};
use crate::error::{Error, Result};
use crate::model::{validate, Strategy};
use crate::store::{items_in_dependency_order, load_strategy, schema};
use rusqlite::config::DbConfig;
use rusqlite::limits::Limit;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::Path;

fn refused(reason: impl Into<String>) -> Error {
    Error::NotAStrategyFile(reason.into())
}

pub fn read_file(path: &Path) -> Result<Strategy> {
    let size = std::fs::metadata(path)?.len();
    if size > MAX_FILE_BYTES {
        return Err(refused(format!("the file is {size} bytes; at most {MAX_FILE_BYTES} are accepted")));
    }
    let mut header = [0u8; 16];
    use std::io::Read;
    let read = std::fs::File::open(path)?.read(&mut header)?;
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(refused("the file is not a Stratège strategy (wrong header)"));
    }
    let conn = open_hardened(path)?;
    check_identity(&conn)?;
    let strategy_id: String = conn
        .query_row("SELECT value FROM meta WHERE key = 'strategy_id'", [], |row| row.get(0))
        .optional()
        .map_err(|_| refused("the file has no readable description"))?
        .ok_or_else(|| refused("the file does not say which strategy it holds"))?;
    let strategy = load_strategy(&conn, &strategy_id).map_err(|error| match error {
        Error::Invalid { field, message } => refused(format!("a value in {field} {message}")),
        Error::NotFound { .. } => refused("the strategy the file names is not in it"),
        Error::Database(message) => refused(format!("the file's tables cannot be read ({message})")),
        other => other,
    })?;
    validate_all(&strategy)?;
    Ok(strategy)
}

fn open_hardened(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    conn.set_limit(Limit::SQLITE_LIMIT_LENGTH, 2_000_000)?;
    conn.set_limit(Limit::SQLITE_LIMIT_SQL_LENGTH, 100_000)?;
    conn.set_limit(Limit::SQLITE_LIMIT_COLUMN, 100)?;
    conn.set_limit(Limit::SQLITE_LIMIT_EXPR_DEPTH, 100)?;
    conn.set_limit(Limit::SQLITE_LIMIT_ATTACHED, 0)?;
    conn.pragma_update(None, "mmap_size", 0)?;
    conn.pragma_update(None, "cell_size_check", true)?;
    Ok(conn)
}

fn check_identity(conn: &Connection) -> Result<()> {
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|_| refused("the file is damaged or not a database"))?;
    if application_id != STRATEGY_APPLICATION_ID {
        return Err(refused("the file is a database, but not a Stratège strategy"));
    }
    let ok: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|_| refused("the file is damaged"))?;
    if ok != "ok" {
        return Err(refused("the file is damaged (integrity check failed)"));
    }
    let risky: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type IN ('view', 'trigger')",
        [],
        |row| row.get(0),
    )?;
    if risky > 0 {
        return Err(refused("the file contains views or triggers, which a strategy never has"));
    }
    schema::refuse_newer(conn)?;
    let format: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'format_version'", [], |row| row.get(0))
        .optional()
        .map_err(|_| refused("the file has no readable description"))?;
    let format: i64 = format
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| refused("the file does not state its format version"))?;
    if format > FORMAT_VERSION {
        return Err(Error::NewerVersion { found: format, supported: FORMAT_VERSION });
    }
    if schema::user_version(conn)? != schema::SCHEMA_VERSION {
        return Err(refused("the file's schema version is not one this Stratège can read"));
    }
    Ok(())
}

fn validate_all(strategy: &Strategy) -> Result<()> {
    let explain = |error: Error| match error {
        Error::Invalid { field, message } => refused(format!("a value in {field} {message}")),
        other => other,
    };
    validate::meta(&strategy.meta).map_err(explain)?;
    for item in items_in_dependency_order(strategy) {
        validate::item(&item).map_err(explain)?;
    }
    Ok(())
}
