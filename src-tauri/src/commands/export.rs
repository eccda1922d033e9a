//! Exports of a strategy rendered by the engine (PDF here; .ics and CSV in
//! calendar.rs), saved where the user chooses in a native dialog, and opened
//! on request in the system's default application.

use super::{background_failed, failure, Reply};
use crate::dialogs::ask_save_path;
use crate::state::AppState;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Mutex;
use stratege_engine::model::{Language, Strategy};
use stratege_engine::{files, pdf, ErrorKind, ErrorReport};
use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_opener::OpenerExt;

/// The files this session exported: the only ones `open_exported` opens, so
/// the web side cannot have any other path opened.
#[derive(Default)]
pub struct Exported(Mutex<HashSet<PathBuf>>);

impl Exported {
    fn remember(&self, path: PathBuf) {
        // A poisoned lock only means another export panicked mid-insert; the set is still usable.
        self.0.lock().unwrap_or_else(|e| e.into_inner()).insert(path);
    }

    fn contains(&self, path: &PathBuf) -> bool {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).contains(path)
    }
}

/// Renders strategy `id` with `render` and writes it atomically where the user
/// chooses. Returns the path written, or `None` if the user cancelled.
pub(crate) async fn save_rendered(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    extension: &'static str,
    filter: &'static str,
    render: impl FnOnce(&Strategy) -> stratege_engine::Result<Vec<u8>> + Send + 'static,
) -> Reply<Option<String>> {
    let strategy = state.with_library(move |library| library.load(&id)).await?;
    let Some(path) = ask_save_path(&app, files::file_name_for(&strategy.meta.title, extension), filter, extension).await? else {
        return Ok(None);
    };
    // The dialog is closed and rendering starts: the UI may now show its progress.
    let _ = app.emit("export-rendering", extension);
    let written = tauri::async_runtime::spawn_blocking(move || {
        let bytes = render(&strategy)?;
        files::write_atomically(&path, &bytes)?;
        Ok(path)
    })
    .await
    .map_err(background_failed)?
    .map_err(|error: stratege_engine::Error| ErrorReport::from(&error))?;
    let shown = written.display().to_string();
    app.state::<Exported>().remember(written);
    Ok(Some(shown))
}

/// Opens a file this session exported (`path` as the export returned it) in
/// the system's default application. Async: kept off the UI thread while
/// the opener starts a process.
#[tauri::command]
pub async fn open_exported(app: AppHandle, exported: State<'_, Exported>, path: String) -> Reply<()> {
    let path = PathBuf::from(path);
    if !exported.contains(&path) {
        return Err(failure(ErrorKind::NotFound, "only a file exported in this session can be opened"));
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|error| failure(ErrorKind::Io, format!("the file could not be opened: {error}")))
}

/// The client deliverable, in `language`.
#[tauri::command]
pub async fn export_pdf(app: AppHandle, state: State<'_, AppState>, id: String, language: Language) -> Reply<Option<String>> {
    save_rendered(app, state, id, "pdf", "PDF", move |strategy| {
        let mut options = pdf::PdfOptions::for_strategy(strategy, pdf::local_today());
        options.language = language;
        pdf::render(strategy, &options)
    })
    .await
}
