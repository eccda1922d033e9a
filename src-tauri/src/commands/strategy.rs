//! Editing one strategy: its header and its lists of entries.

use super::Reply;
use crate::state::AppState;
use stratege_engine::model::{Item, ItemKind, Strategy, StrategyMeta};
use stratege_engine::store::{HistoryState, UndoOutcome};
use tauri::State;

#[tauri::command]
pub async fn load_strategy(state: State<'_, AppState>, id: String) -> Reply<Strategy> {
    state.with_library(move |library| library.load(&id)).await
}

#[tauri::command]
pub async fn update_meta(state: State<'_, AppState>, meta: StrategyMeta) -> Reply<StrategyMeta> {
    state.with_library(move |library| library.update_meta(&meta)).await
}

#[tauri::command]
pub async fn add_item(state: State<'_, AppState>, strategy_id: String, kind: ItemKind) -> Reply<Item> {
    state.with_library(move |library| library.add_item(&strategy_id, kind)).await
}

#[tauri::command]
pub async fn update_item(state: State<'_, AppState>, strategy_id: String, item: Item) -> Reply<Vec<Item>> {
    state.with_library(move |library| library.update_item(&strategy_id, &item)).await
}

#[tauri::command]
pub async fn delete_item(state: State<'_, AppState>, strategy_id: String, kind: ItemKind, id: String) -> Reply<()> {
    state.with_library(move |library| library.delete_item(&strategy_id, kind, &id)).await
}

#[tauri::command]
pub async fn move_item(state: State<'_, AppState>, strategy_id: String, kind: ItemKind, id: String, to_index: usize) -> Reply<Vec<Item>> {
    state.with_library(move |library| library.move_item(&strategy_id, kind, &id, to_index)).await
}

/// Reverts the strategy's last edit (`None`: nothing to undo).
#[tauri::command]
pub async fn undo(state: State<'_, AppState>, strategy_id: String) -> Reply<Option<UndoOutcome>> {
    state.with_library(move |library| library.undo(&strategy_id)).await
}

/// Replays the last undone edit (`None`: nothing to redo).
#[tauri::command]
pub async fn redo(state: State<'_, AppState>, strategy_id: String) -> Reply<Option<UndoOutcome>> {
    state.with_library(move |library| library.redo(&strategy_id)).await
}

#[tauri::command]
pub async fn history(state: State<'_, AppState>, strategy_id: String) -> Reply<HistoryState> {
    state.with_library(move |library| Ok(library.history(&strategy_id))).await
}

/// The method coach's findings on the stored strategy, as of today.
#[tauri::command]
pub async fn coach_report(state: State<'_, AppState>, id: String) -> Reply<stratege_engine::coach::Report> {
    let today = stratege_engine::pdf::local_today();
    state.with_library(move |library| Ok(stratege_engine::coach::evaluate(&library.load(&id)?, today))).await
}
