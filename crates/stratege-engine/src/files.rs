//! Writing files the user asked for (PDF, exports) so that a reader never sees a
//! half-written file and a failure leaves no stray one.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` next to `path` under a temporary name, syncs, then renames.
/// A folder the user cannot write to is reported as `ReadOnly`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Error::invalid("path", "names a folder, not a file"))?
        .to_string_lossy()
        .into_owned();
    let temp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)?;
        sync_folder(&folder);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(|error| match error.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Error::ReadOnly(error.to_string())
        }
        std::io::ErrorKind::StorageFull => Error::DiskFull(error.to_string()),
        _ => Error::Io(error),
    })
}

/// Makes a rename in `folder` durable: on Unix, a renamed file's new name is
/// only safe from a power cut once the folder itself is synced. Best effort:
/// some file systems refuse to sync a folder, and the rename has happened anyway.
pub(crate) fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = std::fs::File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder; // Windows and macOS make renames durable with the file's own sync.
}

/// A file name from a strategy title: no path separators or characters that Windows refuses.
pub fn file_name_for(title: &str, extension: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if r#"/\:*?"<>|"#.contains(c) || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    let stem = cleaned.trim().trim_matches('.').trim();
    let stem: String = if stem.is_empty() {
        "strategie".into()
    } else {
        stem.chars().take(120).collect()
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_on_every_os() {
        assert_eq!(
            file_name_for("Plan 2027 — Café/Bar: «Q1»?", "pdf"),
            "Plan 2027 — Café-Bar- «Q1»-.pdf"
        );
        assert_eq!(file_name_for("  ..  ", "pdf"), "strategie.pdf");
        assert_eq!(file_name_for("a\\b\nc", "pdf"), "a-b-c.pdf");
    }

    #[test]
    fn writes_the_whole_file_and_leaves_no_temporary() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("out.pdf");
        write_atomically(&path, b"%PDF-1.7 hello").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.7 hello");
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_not_a_panic() {
        let folder = tempfile::tempdir().unwrap();
        let error = write_atomically(&folder.path().join("no/such/out.pdf"), b"x").unwrap_err();
        assert_eq!(error.kind(), crate::ErrorKind::Io);
    }
}
