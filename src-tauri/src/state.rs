//! The app's shared state: the library, opened once at start-up. If it cannot
//! be opened (newer version, read-only folder...), the reason is kept and
//! shown by the UI instead of crashing.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use stratege_engine::store::Library;
use stratege_engine::{Error, ErrorReport};
use tauri::Manager;

pub struct AppState {
    library: Result<Arc<Mutex<Library>>, ErrorReport>,
}

impl AppState {
    pub fn open(app: &tauri::AppHandle) -> Result<AppState, Box<dyn std::error::Error>> {
        // STRATEGE_DATA_DIR lets tests and portable installs choose the folder.
        let folder = match std::env::var_os("STRATEGE_DATA_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => app.path().app_data_dir()?,
        };
        let library_path = folder.join("library.sqlite3");
        let library = std::fs::create_dir_all(&folder)
            .map_err(Error::from)
            .and_then(|()| Library::open(&library_path))
            .and_then(|mut library| {
                stratege_engine::settings::seed_sample_once(&mut library)?;
                Ok(Arc::new(Mutex::new(library)))
            })
            .map_err(|error| ErrorReport::from(&error));
        if let Err(report) = &library {
            eprintln!("library {}: {}", library_path.display(), report.message);
        }
        Ok(AppState { library })
    }

    /// Runs `work` on the library off the UI thread.
    pub async fn with_library<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Library) -> Result<T, Error> + Send + 'static,
    ) -> Result<T, ErrorReport> {
        let library = self.library.clone()?;
        tauri::async_runtime::spawn_blocking(move || {
            // A panic elsewhere cannot have left a transaction half-done: SQLite rolled it back.
            let mut guard = library.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            work(&mut guard).map_err(|error| ErrorReport::from(&error))
        })
        .await
        .map_err(|error| ErrorReport {
            kind: stratege_engine::ErrorKind::Io,
            message: format!("background task failed: {error}"),
        })?
    }
}

impl AppState {
    /// The UI language the user chose, for labelling the menu at start-up.
    pub fn saved_language(&self) -> Option<stratege_engine::model::Language> {
        let library = self.library.as_ref().ok()?;
        let guard = library.lock().ok()?;
        stratege_engine::settings::load(&guard, sys_locale::get_locale().as_deref()).ok().map(|s| s.language)
    }
}
