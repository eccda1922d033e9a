//! Versioned schema, shared by the library and `.strategy` files, and the
//! refusal of databases written by a newer Stratège.

use crate::error::{Error, Result};
use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

/// Every migration, in order. Append only: a shipped migration never changes.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/001_initial.sql")),
    M::up(include_str!("migrations/002_channel_relevance.sql")),
    M::up(include_str!("migrations/003_personas.sql")),
    M::up(include_str!("migrations/004_calendar.sql")),
    M::up(include_str!("migrations/005_consultant_logo.sql")),
];

/// The schema version this build writes and reads (SQLite's `user_version`).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Fails, touching nothing, when the database comes from a newer version.
pub fn refuse_newer(conn: &Connection) -> Result<()> {
    let found = user_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(Error::NewerVersion { found, supported: SCHEMA_VERSION });
    }
    Ok(())
}

/// Brings the schema to this build's version, each migration in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    refuse_newer(conn)?;
    Migrations::from_slice(MIGRATIONS).to_latest(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(Migrations::from_slice(MIGRATIONS).validate().is_ok());
    }

    #[test]
    fn migrates_an_empty_database_to_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn refuses_a_newer_schema() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        let error = migrate(&mut conn).unwrap_err();
        assert!(matches!(error, Error::NewerVersion { found, .. } if found == SCHEMA_VERSION + 1));
    }
}
