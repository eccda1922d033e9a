//! The app's shared state: the library, opened once at start-up. If it cannot
//! be opened (newer version, read-only folder...), the reason is kept and
//! shown by the UI instead of crashing. A damaged library is never opened for
//! writing: it stays untouched until the user restores a backup over it.
//! Restoring swaps the library in place, so every command sees the new one.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use stratege_engine::backup::{self, BackupInfo};
use stratege_engine::store::Library;
use stratege_engine::{Error, ErrorKind, ErrorReport};
use tauri::Manager;

/// The library, or why there is none.
struct Slot {
    library: Result<Library, ErrorReport>,
    /// Why the library file is considered damaged, when it is.
    damage: Option<String>,
}

pub struct AppState {
    folder: PathBuf,
    slot: Arc<Mutex<Slot>>,
}

impl AppState {
    pub fn open(app: &tauri::AppHandle) -> Result<AppState, Box<dyn std::error::Error>> {
        // STRATEGE_DATA_DIR lets tests and portable installs choose the folder.
        let folder = match std::env::var_os("STRATEGE_DATA_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => app.path().app_data_dir()?,
        };
        let library_path = folder.join("library.sqlite3");
        let damage = backup::damage(&library_path);
        let library = match &damage {
            Some(reason) => Err(ErrorReport { kind: ErrorKind::Database, message: reason.clone() }),
            None => std::fs::create_dir_all(&folder)
                .map_err(Error::from)
                .and_then(|()| Library::open(&library_path))
                .and_then(|mut library| {
                    stratege_engine::settings::seed_sample_once(&mut library)?;
                    Ok(library)
                })
                .map_err(|error| ErrorReport::from(&error)),
        };
        if let Err(report) = &library {
            eprintln!("library {}: {}", library_path.display(), report.message);
        }
        Ok(AppState { folder, slot: Arc::new(Mutex::new(Slot { library, damage })) })
    }

    pub fn library_path(&self) -> PathBuf {
        self.folder.join("library.sqlite3")
    }

    pub fn backups_folder(&self) -> PathBuf {
        self.folder.join("backups")
    }

    fn lock(slot: &Mutex<Slot>) -> MutexGuard<'_, Slot> {
        // A panic elsewhere cannot have left a transaction half-done: SQLite rolled it back.
        slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `work` on the library off the UI thread.
    pub async fn with_library<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Library) -> Result<T, Error> + Send + 'static,
    ) -> Result<T, ErrorReport> {
        self.blocking(move |slot| match &mut slot.library {
            Ok(library) => work(library).map_err(|error| ErrorReport::from(&error)),
            Err(report) => Err(report.clone()),
        })
        .await
    }

    /// Runs `work` with the whole slot locked, off the UI thread.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Slot) -> Result<T, ErrorReport> + Send + 'static,
    ) -> Result<T, ErrorReport> {
        let slot = self.slot.clone();
        tauri::async_runtime::spawn_blocking(move || work(&mut Self::lock(&slot)))
            .await
            .map_err(|error| ErrorReport { kind: ErrorKind::Io, message: format!("background task failed: {error}") })?
    }

    /// Why the library is damaged, when it is (the UI then offers the backups).
    pub fn damage(&self) -> Option<String> {
        Self::lock(&self.slot).damage.clone()
    }

    /// A backup of the open library when it changed since `last_changes`;
    /// returns the change count it saw. Used by the start-up and periodic backups.
    pub fn backup_if_changed(&self, last_changes: Option<i64>) -> Result<Option<i64>, Error> {
        let slot = Self::lock(&self.slot);
        let Ok(library) = &slot.library else { return Ok(last_changes) };
        backup::backup_if_changed(library, &self.backups_folder(), last_changes).map(Some)
    }

    /// Replaces the library with a backup, then reopens it. The current library
    /// is backed up first (so a restore can itself be undone); a damaged one is
    /// kept aside as `library.damaged-<time>.sqlite3` instead.
    pub async fn restore_backup(&self, file_name: String) -> Result<(), ErrorReport> {
        let (path, backups) = (self.library_path(), self.backups_folder());
        self.blocking(move |slot| {
            let report = |error: Error| ErrorReport::from(&error);
            let damaged = slot.damage.is_some();
            // Without a fresh copy of the current file (damaged, or not openable), it is kept aside.
            let copied = match &slot.library {
                Ok(library) => backup::backup_sparing(library, &backups, Some(&file_name)).map(|_| true).map_err(report)?,
                Err(_) => false,
            };
            // Closing the connection before the file is replaced.
            let previous = std::mem::replace(
                &mut slot.library,
                Err(ErrorReport { kind: ErrorKind::Io, message: "the library is being restored".into() }),
            );
            let previous_problem = previous.err(); // an open library is dropped here: its connection closes
            let restored = backup::restore(&path, &backups, &file_name, if damaged { "damaged" } else { "replaced" }, !copied);
            if let Err(error) = restored {
                // The old file is still in place: reopen it, unless it is damaged (never written to).
                slot.library = match previous_problem {
                    Some(problem) if damaged => Err(problem),
                    _ => Library::open(&path).map_err(report),
                };
                return Err(report(error));
            }
            slot.library = Library::open(&path).map_err(report);
            slot.damage = None;
            slot.library.as_ref().map(|_| ()).map_err(Clone::clone)
        })
        .await
    }

    pub async fn list_backups(&self) -> Result<Vec<BackupInfo>, ErrorReport> {
        let folder = self.backups_folder();
        tauri::async_runtime::spawn_blocking(move || backup::list(&folder).map_err(|error| ErrorReport::from(&error)))
            .await
            .map_err(|error| ErrorReport { kind: ErrorKind::Io, message: format!("background task failed: {error}") })?
    }
}

impl AppState {
    /// The UI language the user chose, for labelling the menu at start-up.
    pub fn saved_language(&self) -> Option<stratege_engine::model::Language> {
        let slot = self.slot.lock().ok()?;
        let library = slot.library.as_ref().ok()?;
        stratege_engine::settings::load(library, sys_locale::get_locale().as_deref()).ok().map(|s| s.language)
    }
}
