//! The persona board's own commands. The picture is chosen through a native
//! open dialog opened from Rust: the web side gets no file-system or dialog
//! permission, only the re-encoded picture.

use super::{background_failed, Reply};
use crate::dialogs::ask_open_path;
use std::path::PathBuf;
use stratege_engine::{picture, ErrorReport};
use tauri::AppHandle;

/// Asks for an image file. `STRATEGE_E2E_PICTURE` replaces the dialog in
/// end-to-end tests, which cannot drive a native dialog. `None`: cancelled.
async fn ask_image_path(app: &AppHandle, title: String) -> Reply<Option<PathBuf>> {
    if let Some(path) = std::env::var_os("STRATEGE_E2E_PICTURE") {
        return Ok(Some(PathBuf::from(path)));
    }
    ask_open_path(app, Some(title), "Images", &["png", "jpg", "jpeg", "webp"]).await
}

/// Lets the user choose a picture; returns it decoded, shrunk and re-encoded as
/// a `data:` URL for the persona's `picture` field, or `None` if cancelled.
#[tauri::command]
pub async fn choose_persona_picture(app: AppHandle, title: String) -> Reply<Option<String>> {
    let Some(path) = ask_image_path(&app, title).await? else { return Ok(None) };
    tauri::async_runtime::spawn_blocking(move || picture::from_file(&path))
        .await
        .map_err(background_failed)?
        .map(Some)
        .map_err(|error| ErrorReport::from(&error))
}
