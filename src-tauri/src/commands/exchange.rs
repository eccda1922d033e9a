//! `.strategy` export and import. Dialogs are opened from Rust (the web side has
//! no file-system or dialog permission); every file read goes through the
//! engine's hardened path. End-to-end tests replace the dialogs with
//! `STRATEGE_E2E_SAVE_DIR` (save into that folder) and `STRATEGE_E2E_OPEN_FILE`
//! (the file "chosen" in the open dialog; for a folder, its newest `.strategy`
//! file), since WebDriver cannot drive them.

use super::{failure, Reply};
use crate::dialogs::{ask_open_path, ask_save_path};
use crate::state::AppState;
use std::path::PathBuf;
use stratege_engine::exchange::{self, EXTENSION, MAX_FILE_BYTES};
use stratege_engine::store::{ImportMode, ImportOutcome};
use stratege_engine::{files, Error, ErrorKind, ErrorReport};
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, State};

const FILTER: &str = "Stratège";

/// Writes strategy `id` to a `.strategy` file the user chooses. Returns the path, or `None` if cancelled.
#[tauri::command]
pub async fn export_strategy(app: AppHandle, state: State<'_, AppState>, id: String) -> Reply<Option<String>> {
    let load_id = id.clone();
    let title = state.with_library(move |library| Ok(library.load(&load_id)?.meta.title)).await?;
    let Some(path) = ask_save_path(&app, files::file_name_for(&title, EXTENSION), FILTER, EXTENSION).await? else {
        return Ok(None);
    };
    let shown = path.display().to_string();
    state.with_library(move |library| library.export_file(&id, &path)).await?;
    Ok(Some(shown))
}

/// The native open dialog, filtered on `.strategy`. Returns the chosen path, or `None` if cancelled.
#[tauri::command]
pub async fn choose_strategy_file(app: AppHandle) -> Reply<Option<String>> {
    if let Some(file) = std::env::var_os("STRATEGE_E2E_OPEN_FILE") {
        return Ok(Some(e2e_chosen(PathBuf::from(file)).display().to_string()));
    }
    let chosen = ask_open_path(&app, None, FILTER, &[EXTENSION]).await?;
    Ok(chosen.map(|path| path.display().to_string()))
}

/// The end-to-end tests' stand-in for the open dialog: a file, or a folder's newest `.strategy` file.
fn e2e_chosen(path: PathBuf) -> PathBuf {
    let Ok(entries) = std::fs::read_dir(&path) else { return path };
    entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|file| file.extension().is_some_and(|ext| ext == EXTENSION))
        .max_by_key(|file| file.metadata().and_then(|m| m.modified()).ok())
        .unwrap_or(path)
}

/// Imports the `.strategy` file at `path`. With `Ask`, an existing strategy of the same id
/// comes back as `Conflict` and nothing changes; the UI then asks and calls again.
#[tauri::command]
pub async fn import_strategy_file(state: State<'_, AppState>, path: String, mode: ImportMode) -> Reply<ImportOutcome> {
    state.with_library(move |library| Ok(library.import_file(&PathBuf::from(path), mode).map_err(for_files))).await?
}

/// Imports a `.strategy` file dropped on the window: its bytes are the raw request body,
/// the mode is in the `x-import-mode` header (`ask`, `copy` or `replace`).
#[tauri::command]
pub async fn import_strategy_bytes(state: State<'_, AppState>, request: Request<'_>) -> Reply<ImportOutcome> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(failure(ErrorKind::Invalid, "the dropped file did not arrive as bytes"));
    };
    let mode = match request.headers().get("x-import-mode").and_then(|value| value.to_str().ok()) {
        Some("copy") => ImportMode::Copy,
        Some("replace") => ImportMode::Replace,
        Some("ask") | None => ImportMode::Ask,
        Some(other) => return Err(failure(ErrorKind::Invalid, format!("unknown import mode {other:?}"))),
    };
    let bytes = bytes.clone();
    state.with_library(move |library| Ok(library.import_bytes(&bytes, mode).map_err(for_files))).await?
}

/// The largest `.strategy` file accepted, so the UI can refuse a dropped file before reading it.
#[tauri::command]
pub fn strategy_file_limit() -> u64 {
    MAX_FILE_BYTES
}

/// File errors as the user should read them (a newer file names its format version).
fn for_files(error: Error) -> ErrorReport {
    exchange::report(&error)
}
