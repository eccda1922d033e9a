//! Exports chosen through a native save dialog opened from Rust: the web side
//! gets no file-system or dialog permission, only the path it ends up in.

use super::Reply;
use crate::state::AppState;
use std::path::PathBuf;
use stratege_engine::model::Language;
use stratege_engine::{files, pdf, ErrorKind, ErrorReport};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

fn failure(kind: ErrorKind, message: impl Into<String>) -> ErrorReport {
    ErrorReport { kind, message: message.into() }
}

/// Asks where to save. `STRATEGE_E2E_SAVE_DIR` replaces the dialog in end-to-end
/// tests, which cannot drive a native dialog. `None`: the user cancelled.
async fn ask_save_path(app: &AppHandle, suggested: String, filter: &'static str, extension: &'static str) -> Reply<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os("STRATEGE_E2E_SAVE_DIR") {
        return Ok(Some(PathBuf::from(dir).join(suggested)));
    }
    let app = app.clone();
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        app.dialog().file().add_filter(filter, &[extension]).set_file_name(suggested).blocking_save_file()
    })
    .await
    .map_err(|error| failure(ErrorKind::Io, error.to_string()))?;
    let Some(chosen) = chosen else { return Ok(None) };
    let mut path = chosen.into_path().map_err(|error| failure(ErrorKind::Io, error.to_string()))?;
    if path.extension().is_none_or(|ext| !ext.eq_ignore_ascii_case(extension)) {
        path.as_mut_os_string().push(format!(".{extension}"));
    }
    Ok(Some(path))
}

/// Renders the deliverable in `language` and saves it where the user chooses.
/// Returns the path written, or `None` if the user cancelled.
#[tauri::command]
pub async fn export_pdf(app: AppHandle, state: State<'_, AppState>, id: String, language: Language) -> Reply<Option<String>> {
    let strategy = state.with_library(move |library| library.load(&id)).await?;
    let Some(path) = ask_save_path(&app, files::file_name_for(&strategy.meta.title, "pdf"), "PDF", "pdf").await? else {
        return Ok(None);
    };
    tauri::async_runtime::spawn_blocking(move || {
        let mut options = pdf::PdfOptions::for_strategy(&strategy, pdf::local_today());
        options.language = language;
        let bytes = pdf::render(&strategy, &options)?;
        files::write_atomically(&path, &bytes)?;
        Ok(path.display().to_string())
    })
    .await
    .map_err(|error| failure(ErrorKind::Io, error.to_string()))?
    .map(Some)
    .map_err(|error: stratege_engine::Error| ErrorReport::from(&error))
}
