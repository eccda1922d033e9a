//! The About box's facts.

use crate::state::AppState;
use stratege_engine::about::{self, AboutInfo};
use tauri::State;

#[tauri::command]
pub fn about_info(state: State<'_, AppState>) -> AboutInfo {
    about::about(&state.library_path())
}
