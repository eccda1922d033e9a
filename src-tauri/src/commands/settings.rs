//! App settings and app-level actions.

use super::Reply;
use crate::state::AppState;
use stratege_engine::model::Language;
use stratege_engine::settings::{self, AppSettings};
use tauri::State;

#[tauri::command]
pub async fn set_language(app: tauri::AppHandle, state: State<'_, AppState>, language: Language) -> Reply<AppSettings> {
    let saved = state.with_library(move |library| settings::set_language(library, language)).await?;
    crate::menu::relabel(&app, language);
    Ok(saved)
}

/// Quits after the UI has flushed its pending edits.
#[tauri::command]
pub fn quit(app: tauri::AppHandle) {
    app.exit(0);
}
