//! Native file dialogs, opened from Rust: the web side gets no file-system or
//! dialog permission, only the path chosen. End-to-end tests cannot drive a
//! native dialog, so an environment variable stands in for each (see callers).

use crate::commands::{background_failed, failure, Reply};
use std::path::PathBuf;
use stratege_engine::ErrorKind;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// Asks where to save a `.extension` file (added when the dialog did not).
/// `STRATEGE_E2E_SAVE_DIR` replaces the dialog. `None`: the user cancelled.
pub async fn ask_save_path(app: &AppHandle, suggested: String, filter: &'static str, extension: &'static str) -> Reply<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os("STRATEGE_E2E_SAVE_DIR") {
        return Ok(Some(PathBuf::from(dir).join(suggested)));
    }
    let app = app.clone();
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        app.dialog().file().add_filter(filter, &[extension]).set_file_name(suggested).blocking_save_file()
    })
    .await
    .map_err(background_failed)?;
    let Some(chosen) = chosen else { return Ok(None) };
    let mut path = chosen.into_path().map_err(|error| failure(ErrorKind::Io, error.to_string()))?;
    if path.extension().is_none_or(|ext| !ext.eq_ignore_ascii_case(extension)) {
        path.as_mut_os_string().push(format!(".{extension}"));
    }
    Ok(Some(path))
}

/// Asks for one existing file among `extensions`. `None`: the user cancelled.
pub async fn ask_open_path(app: &AppHandle, title: Option<String>, filter: &'static str, extensions: &'static [&'static str]) -> Reply<Option<PathBuf>> {
    let app = app.clone();
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        let dialog = app.dialog().file().add_filter(filter, extensions);
        match title {
            Some(title) => dialog.set_title(title),
            None => dialog,
        }
        .blocking_pick_file()
    })
    .await
    .map_err(background_failed)?;
    chosen.map(|file| file.into_path().map_err(|error| failure(ErrorKind::Io, error.to_string()))).transpose()
}
