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

/// The UI calls this once its first screen is interactive; the start-up time
/// is printed for the benchmark (`scripts/bench-startup.sh`).
#[tauri::command]
pub fn ui_ready() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let elapsed = crate::STARTED.get().map(|start| start.elapsed().as_secs_f64() * 1000.0);
        if let Some(ms) = elapsed {
            eprintln!("stratege: interactive after {ms:.0} ms");
        }
    });
}
