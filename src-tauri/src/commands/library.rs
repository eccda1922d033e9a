//! The strategy library: list, create, rename, duplicate, archive, delete.

use super::Reply;
use crate::state::AppState;
use stratege_engine::model::{Language, StrategySummary};
use stratege_engine::settings::{self, AppSettings};
use tauri::State;

/// What the UI needs to draw its first screen: settings, or why the library cannot open.
#[tauri::command]
pub async fn startup(state: State<'_, AppState>) -> Reply<AppSettings> {
    let locale = sys_locale::get_locale();
    state.with_library(move |library| settings::load(library, locale.as_deref())).await
}

#[tauri::command]
pub async fn list_strategies(state: State<'_, AppState>, query: String, include_archived: bool) -> Reply<Vec<StrategySummary>> {
    state.with_library(move |library| library.list(&query, include_archived)).await
}

#[tauri::command]
pub async fn create_strategy(state: State<'_, AppState>, title: String, language: Language) -> Reply<StrategySummary> {
    state.with_library(move |library| library.create(&title, language)).await
}

#[tauri::command]
pub async fn rename_strategy(state: State<'_, AppState>, id: String, title: String) -> Reply<StrategySummary> {
    state.with_library(move |library| library.rename(&id, &title)).await
}

#[tauri::command]
pub async fn duplicate_strategy(state: State<'_, AppState>, id: String) -> Reply<StrategySummary> {
    state.with_library(move |library| library.duplicate(&id)).await
}

#[tauri::command]
pub async fn archive_strategy(state: State<'_, AppState>, id: String, archived: bool) -> Reply<StrategySummary> {
    state.with_library(move |library| library.set_archived(&id, archived)).await
}

#[tauri::command]
pub async fn delete_strategy(state: State<'_, AppState>, id: String) -> Reply<()> {
    state.with_library(move |library| library.delete(&id)).await
}
