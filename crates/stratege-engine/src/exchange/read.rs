//! Reading a `.strategy` file, which is untrusted: size limit first, then a
//! read-only connection of its own with SQLite's defensive settings, checks of
//! identity, version and integrity, then every row validated into domain types.
//! A file from an older version is brought up to date in a private temporary
//! copy (the original is never written). The file is never attached to the library.

use super::phases::mark;
use super::temp::TempCopy;
use super::{FORMAT_VERSION, MAX_FILE_BYTES, STRATEGY_APPLICATION_ID};
use crate::error::{Error, Result};
use crate::model::Strategy;
use crate::store::{load_strategy, schema, Checked};
use rusqlite::config::DbConfig;
use rusqlite::limits::Limit;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::io::Read;
use std::path::Path;

fn refused(reason: impl Into<String>) -> Error {
    Error::NotAStrategyFile(reason.into())
}

pub fn read_file(path: &Path) -> Result<Strategy> {
    read_checked(path).map(Checked::into_inner)
}

/// The strategy a file holds, with the proof that it passed every check.
pub(crate) fn read_checked(path: &Path) -> Result<Checked> {
    let header = check_file(path)?;
    mark("size + header");
    match (header[18], header[19]) {
        (1, 1) => read_current_or_older(path),
        // WAL: SQLite would create -wal and -shm files beside the user's file, even
        // read-only. Read a private copy marked as a rollback-journal database instead
        // (a -wal file lying beside a received file is not part of it).
        (2, 2) => {
            // Read again from the copy, checks included: the file may have changed
            // since its header was read (and then the copy is refused, not indexed).
            let mut bytes = std::fs::read(path)?;
            if let Some(journal_mode) = bytes.get_mut(18..20) {
                journal_mode.copy_from_slice(&[1, 1]);
            }
            read_checked(TempCopy::of_bytes(&bytes)?.path())
        }
        _ => Err(refused("the file is damaged (unknown journal mode)")),
    }
}

fn read_current_or_older(path: &Path) -> Result<Checked> {
    let conn = open_hardened(path, false)?;
    check_identity(&conn)?;
    match schema::user_version(&conn)? {
        schema::SCHEMA_VERSION => read_strategy(&conn),
        version if version < 1 => Err(refused("the file does not state its schema version")),
        _ => {
            drop(conn);
            read_older(path)
        }
    }
}

/// An older file: migrated in a temporary copy, then read like a current one.
fn read_older(path: &Path) -> Result<Checked> {
    let copy = TempCopy::of_file(path)?;
    {
        let mut conn = open_hardened(copy.path(), true)?;
        schema::migrate(&mut conn)
            .map_err(|error| refused(format!("the file from an older version could not be brought up to date ({error})")))?;
    }
    let conn = open_hardened(copy.path(), false)?;
    check_identity(&conn)?;
    if schema::user_version(&conn)? != schema::SCHEMA_VERSION {
        return Err(refused("the file's schema version is not one this Stratège can read"));
    }
    read_strategy(&conn)
}

/// What can be told without SQLite: size, header, and a header that lies about the size.
/// Returns the 100-byte header.
fn check_file(path: &Path) -> Result<[u8; 100]> {
    let size = std::fs::metadata(path)?.len();
    if size > MAX_FILE_BYTES {
        return Err(refused(format!("the file is {size} bytes; at most {MAX_FILE_BYTES} are accepted")));
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path)?.take(100).read(&mut header)?;
    if read < 100 || &header[..16] != b"SQLite format 3\0" {
        return Err(refused("the file is not a Stratège strategy (wrong header)"));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    if !(512..=65_536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(refused("the file is damaged (impossible page size)"));
    }
    // SQLite trusts the page count in the header when these two counters agree.
    let word = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let (change_counter, pages, valid_for) = (word(24), u64::from(word(28)), word(92));
    if pages != 0 && change_counter == valid_for && pages * page_size != size {
        return Err(refused(format!(
            "the file is damaged (its header announces {} bytes, it has {size})",
            pages * page_size
        )));
    }
    if size % page_size != 0 {
        return Err(refused("the file is damaged (truncated)"));
    }
    Ok(header)
}

/// Every row into domain types, every field validated.
fn read_strategy(conn: &Connection) -> Result<Checked> {
    let strategy_id: String = conn
        .query_row("SELECT value FROM meta WHERE key = 'strategy_id'", [], |row| row.get(0))
        .optional()
        .map_err(|_| refused("the file has no readable description"))?
        .ok_or_else(|| refused("the file does not say which strategy it holds"))?;
    mark("version checks");
    let strategy = load_strategy(conn, &strategy_id).map_err(|error| match error {
        Error::Invalid { field, message } => refused(format!("a value in {field} {message}")),
        Error::NotFound { .. } => refused("the strategy the file names is not in it"),
        Error::Database(message) => refused(format!("the file's tables cannot be read ({message})")),
        other => other,
    })?;
    mark("read rows");
    let checked = Checked::new(strategy).map_err(|error| match error {
        Error::Invalid { field, message } => refused(format!("a value in {field} {message}")),
        other => other,
    })?;
    mark("validate");
    Ok(checked)
}

/// Its own connection, with SQLite's defences for untrusted databases. `writable`
/// only for a private temporary copy being migrated.
fn open_hardened(path: &Path, writable: bool) -> Result<Connection> {
    let access = if writable { OpenFlags::SQLITE_OPEN_READ_WRITE } else { OpenFlags::SQLITE_OPEN_READ_ONLY };
    let conn = Connection::open_with_flags(path, access | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
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
    mark("open + identity");
    let ok: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|_| refused("the file is damaged"))?;
    if ok != "ok" {
        return Err(refused("the file is damaged (integrity check failed)"));
    }
    mark("quick_check");
    let risky: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema WHERE type IN ('view', 'trigger')", [], |row| row.get(0))
        .map_err(|_| refused("the file's list of tables cannot be read"))?;
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
    Ok(())
}
