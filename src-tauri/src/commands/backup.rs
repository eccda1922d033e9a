//! Backups: list them, restore one, and say whether the library is damaged.

use super::Reply;
use crate::state::AppState;
use stratege_engine::backup::BackupInfo;
use tauri::State;

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Reply<Vec<BackupInfo>> {
    state.list_backups().await
}

#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, file_name: String) -> Reply<()> {
    state.restore_backup(file_name).await
}

/// Why the library file is damaged, or `None` when it is not.
#[tauri::command]
pub fn library_damage(state: State<'_, AppState>) -> Option<String> {
    state.damage()
}
