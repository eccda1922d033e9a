//! Rolling backups of the library, and the check that tells a damaged library
//! at start-up.
//!
//! A backup is `VACUUM INTO` a temporary name, synced, checked, then renamed to
//! `library-<UTC time>.sqlite3`: a reader never sees a half-written backup.
//! `VACUUM INTO` rather than the online backup API: one statement gives a
//! consistent snapshot (one read transaction, WAL content included), compacted,
//! without the page-copy loop that restarts when the source changes; the
//! library is small, so the full rewrite costs little.

use crate::error::{Error, Result};
use crate::store::{Library, LIBRARY_APPLICATION_ID};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// How many backups are kept; the oldest go first.
pub const KEEP: usize = 20;
const PREFIX: &str = "library-";
const SUFFIX: &str = ".sqlite3";
/// The time in a backup's name: sortable, no `:` (refused by Windows).
const NAME_TIME: &str = "%Y%m%dT%H%M%S%.3fZ";

#[derive(Serialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct BackupInfo {
    pub file_name: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    #[ts(type = "number")]
    pub size_bytes: u64,
    /// Strategies in the backup (archived ones included).
    pub strategies: u32,
}

/// Copies the library into `folder` (created if needed) and keeps the newest `KEEP`.
pub fn backup_now(library: &Library, folder: &Path) -> Result<BackupInfo> {
    backup_sparing(library, folder, None)
}

/// `backup_now`, but the backup named `spare` is not pruned: the copy taken just
/// before restoring must not delete the (oldest) backup being restored.
pub fn backup_sparing(library: &Library, folder: &Path, spare: Option<&str>) -> Result<BackupInfo> {
    std::fs::create_dir_all(folder).map_err(io_error)?;
    let stamp = chrono::Utc::now();
    let file_name = format!("{PREFIX}{}{SUFFIX}", stamp.format(NAME_TIME));
    let temp = folder.join(format!(".{file_name}.tmp"));
    let target = folder.join(&file_name);
    let _ = std::fs::remove_file(&temp); // a leftover of a crash: VACUUM INTO refuses an existing file
    let result = (|| -> Result<()> {
        let temp_text = temp.to_str().ok_or_else(|| {
            Error::invalid("folder", "the backup folder's path is not valid text")
        })?;
        library
            .connection()
            .execute("VACUUM INTO ?1", [temp_text])?;
        // VACUUM INTO does not sync its output: do it before the rename makes it a backup.
        std::fs::File::open(&temp)
            .and_then(|f| f.sync_all())
            .map_err(io_error)?;
        verify(&temp)?;
        std::fs::rename(&temp, &target).map_err(io_error)?;
        crate::files::sync_folder(folder);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result?;
    prune(folder, KEEP, spare)?;
    info(folder, &file_name)
}

/// The backups in `folder`, newest first. Files that cannot be read are left out.
pub fn list(folder: &Path) -> Result<Vec<BackupInfo>> {
    let mut names = backup_names(folder)?;
    names.reverse();
    Ok(names
        .iter()
        .filter_map(|name| info(folder, name).ok())
        .collect())
}

/// Checks a backup: a sound database (`quick_check`), a Stratège library, and
/// returns how many strategies it holds. Opened read-only.
pub fn verify(path: &Path) -> Result<u32> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    quick_check(&conn)?;
    let application_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if application_id != LIBRARY_APPLICATION_ID {
        return Err(Error::NotAStrategyFile(
            "this backup is not a Stratège library".into(),
        ));
    }
    Ok(conn.query_row("SELECT count(*) FROM strategies", [], |r| r.get(0))?)
}

/// Whether the library file at `path` is damaged, before anything opens it for
/// writing: `Some(reason)` when it is not a database or fails `quick_check`.
/// A missing file, or one we may not read, is not damage (opening reports those).
pub fn damage(path: &Path) -> Option<String> {
    if !path.exists() {
        return None;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let checked = Connection::open_with_flags(path, flags)
        .map_err(Error::from)
        .and_then(|conn| {
            // Another process may hold a write lock for a moment: that is not damage.
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            quick_check(&conn)
        });
    match checked {
        Err(Error::ReadOnly(_)) | Err(Error::Io(_)) | Ok(()) => None,
        Err(error) => Some(error.to_string()),
    }
}

/// Replaces the (closed) library at `library_path` with the backup `file_name`
/// of `folder`. The file it replaces, with its `-wal` and `-shm`, is moved aside
/// as `library.<aside>-<UTC time>.sqlite3`; when `keep_aside` is false it is
/// then deleted (the caller took a backup of it first). Any failure before the
/// final rename leaves the library as it was.
pub fn restore(
    library_path: &Path,
    folder: &Path,
    file_name: &str,
    aside: &str,
    keep_aside: bool,
) -> Result<()> {
    if !is_backup_name(file_name) {
        return Err(Error::invalid("file_name", "not a backup of this library"));
    }
    let source = folder.join(file_name);
    verify(&source)?;
    let parent = library_path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let temp = parent.join(".library.restoring.tmp");
    let copied = std::fs::copy(&source, &temp).and_then(|_| std::fs::File::open(&temp)?.sync_all());
    if let Err(error) = copied {
        let _ = std::fs::remove_file(&temp);
        return Err(io_error(error));
    }
    let stamp = chrono::Utc::now().format(NAME_TIME);
    let aside_path = parent.join(format!("library.{aside}-{stamp}{SUFFIX}"));
    let companions = ["-wal", "-shm"];
    let moved = move_with_companions(library_path, &aside_path, &companions);
    if let Err(error) = moved {
        let _ = move_with_companions(&aside_path, library_path, &companions);
        let _ = std::fs::remove_file(&temp);
        return Err(io_error(error));
    }
    if let Err(error) = std::fs::rename(&temp, library_path) {
        let _ = move_with_companions(&aside_path, library_path, &companions);
        let _ = std::fs::remove_file(&temp);
        return Err(io_error(error));
    }
    crate::files::sync_folder(&parent);
    if !keep_aside {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(with_suffix(&aside_path, suffix));
        }
    }
    Ok(())
}

/// A number that changes whenever this connection commits a change: backups
/// are skipped while it stays the same. (`PRAGMA data_version` ignores the
/// connection's own writes, so it cannot tell.)
pub fn change_count(library: &Library) -> Result<i64> {
    Ok(library
        .connection()
        .query_row("SELECT total_changes()", [], |r| r.get(0))?)
}

/// The periodic backup: a backup only when the library changed since the
/// change count `last` seen by the previous call (None: never backed up).
/// Returns the count to pass next time.
pub fn backup_if_changed(library: &Library, folder: &Path, last: Option<i64>) -> Result<i64> {
    let changes = change_count(library)?;
    if last != Some(changes) {
        backup_now(library, folder)?;
    }
    Ok(changes)
}

fn quick_check(conn: &Connection) -> Result<()> {
    let verdict: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    match verdict.as_str() {
        "ok" => Ok(()),
        _ => Err(Error::Database(format!(
            "the database is damaged: {verdict}"
        ))),
    }
}

fn info(folder: &Path, file_name: &str) -> Result<BackupInfo> {
    let path = folder.join(file_name);
    let stem = &file_name[PREFIX.len()..file_name.len() - SUFFIX.len()];
    let created_at = chrono::NaiveDateTime::parse_from_str(stem, NAME_TIME)
        .map_err(|_| Error::invalid("file_name", "no time in the backup's name"))?
        .and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let size_bytes = std::fs::metadata(&path).map_err(io_error)?.len();
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(&path, flags)?;
    let strategies = conn.query_row("SELECT count(*) FROM strategies", [], |r| r.get(0))?;
    Ok(BackupInfo {
        file_name: file_name.to_string(),
        created_at,
        size_bytes,
        strategies,
    })
}

/// Backup file names in `folder`, oldest first (the time in the name sorts).
fn backup_names(folder: &Path) -> Result<Vec<String>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(io_error(error)),
    };
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| is_backup_name(name))
        .collect();
    names.sort();
    Ok(names)
}

fn is_backup_name(name: &str) -> bool {
    name.len() > PREFIX.len() + SUFFIX.len()
        && name.starts_with(PREFIX)
        && name.ends_with(SUFFIX)
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
}

fn prune(folder: &Path, keep: usize, spare: Option<&str>) -> Result<()> {
    let mut names = backup_names(folder)?;
    let all = names.len();
    names.retain(|name| Some(name.as_str()) != spare);
    let excess = all.saturating_sub(keep);
    for name in &names[..excess] {
        std::fs::remove_file(folder.join(name)).map_err(io_error)?;
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut text = path.as_os_str().to_os_string();
    text.push(suffix);
    PathBuf::from(text)
}

/// Renames `from` to `to`, and its `-wal`/`-shm` companions if present: a stale
/// WAL next to the restored file would be replayed into it.
fn move_with_companions(from: &Path, to: &Path, companions: &[&str]) -> std::io::Result<()> {
    if from.exists() {
        std::fs::rename(from, to)?;
    }
    for suffix in companions {
        let companion = with_suffix(from, suffix);
        if companion.exists() {
            std::fs::rename(&companion, with_suffix(to, suffix))?;
        }
    }
    Ok(())
}

fn io_error(error: std::io::Error) -> Error {
    match error.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Error::ReadOnly(error.to_string())
        }
        std::io::ErrorKind::StorageFull => Error::DiskFull(error.to_string()),
        _ => Error::Io(error),
    }
}
