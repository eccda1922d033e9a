//! Writing a `.strategy` file: built in a temporary file beside the target,
//! then renamed over it, so a failure never leaves a half-written file.

use super::phases::mark;
use super::{FORMAT_VERSION, STRATEGY_APPLICATION_ID};
use crate::error::{Error, Result};
use crate::model::Strategy;
use crate::store::{insert_strategy, schema};
use rusqlite::{Connection, Transaction};
use std::path::Path;

pub fn write_file(strategy: &Strategy, path: &Path) -> Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| Error::invalid("path", "names a folder, not a file"))?
        .to_string_lossy()
        .into_owned();
    let temporary = folder.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = write_database(strategy, &temporary)
        .and_then(|()| Ok(std::fs::File::open(&temporary)?.sync_all()?))
        .and_then(|()| {
            mark("fsync");
            std::fs::rename(&temporary, path)?;
            crate::files::sync_folder(&folder);
            Ok(())
        });
    mark("rename");
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.map_err(|error| match error {
        Error::Io(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            Error::ReadOnly(io.to_string())
        }
        other => other,
    })
}

fn write_database(strategy: &Strategy, path: &Path) -> Result<()> {
    if path.exists() {
        std::fs::remove_file(path)?;
    }
    let mut conn = Connection::open(path)?;
    // 8 KiB pages rather than 4: a content item's row nears 1 KB, and with twice the
    // rows per page the inserts and index builds split fewer pages (~10 ms less
    // for 5,000 items, same file size). Any SQLite, and our reader, takes any size.
    conn.pragma_update(None, "page_size", 8192)?;
    // A temporary file, renamed only once complete and synced: no journal is needed
    // (nor WAL side files), and one sync at the end replaces one per step. The page
    // cache holds the whole file, so it is written once.
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "cache_size", -65_536)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "application_id", STRATEGY_APPLICATION_ID)?;
    schema::migrate(&mut conn)?;
    let tx = conn.transaction()?;
    tx.execute_batch(
        "DROP TABLE settings;
         CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;",
    )?;
    let exported_at = crate::store::now();
    for (key, value) in [
        ("format_version", FORMAT_VERSION.to_string()),
        ("app_version", env!("CARGO_PKG_VERSION").to_string()),
        ("strategy_id", strategy.meta.id.clone()),
        ("exported_at", exported_at),
    ] {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            [key, value.as_str()],
        )?;
    }
    mark("create file + schema");
    with_indexes_built_after(&tx, || insert_strategy(&tx, strategy))?;
    tx.commit()?;
    conn.close().map_err(|(_, error)| Error::from(error))?;
    mark("commit + close");
    Ok(())
}

/// Runs `work` (the inserts) without the schema's secondary indexes, then
/// creates them again from their own SQL: building an index once from the
/// table is cheaper than updating it row by row, and the file ends with the
/// same schema.
fn with_indexes_built_after(tx: &Transaction, work: impl FnOnce() -> Result<()>) -> Result<()> {
    let indexes: Vec<(String, String)> = tx
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
    }
    work()?;
    mark("insert rows");
    for (_, sql) in &indexes {
        tx.execute_batch(sql)?;
    }
    mark("build indexes");
    Ok(())
}
