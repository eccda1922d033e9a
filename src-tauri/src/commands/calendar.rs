//! The editorial calendar: grids, rescheduling, recurring slots, remembered
//! filters, and the .ics / CSV exports through a native save dialog opened
//! from Rust (the web side gets no file-system or dialog permission).

use super::Reply;
use crate::state::AppState;
use std::path::PathBuf;
use stratege_engine::calendar::{self, CalendarGrid, CalendarPrefs, CalendarView, ContentMove, RecurringSlot, WeekStart};
use stratege_engine::model::{Channel, Language};
use stratege_engine::{files, ErrorKind, ErrorReport};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

fn failure(kind: ErrorKind, message: impl Into<String>) -> ErrorReport {
    ErrorReport { kind, message: message.into() }
}

/// `locale` (BCP 47) decides the first day of the week.
#[tauri::command]
pub fn calendar_grid(view: CalendarView, anchor: Option<String>, locale: String) -> Reply<CalendarGrid> {
    calendar::grid_at(view, anchor.as_deref(), WeekStart::for_locale(&locale)).map_err(|e| ErrorReport::from(&e))
}

#[tauri::command]
pub fn channel_colors(channels: Vec<Channel>) -> Vec<String> {
    calendar::channel_colors(&channels)
}

#[tauri::command]
pub async fn move_content(state: State<'_, AppState>, strategy_id: String, id: String, date: Option<String>, index: usize) -> Reply<ContentMove> {
    state.with_library(move |library| library.move_content(&strategy_id, &id, date.as_deref(), index)).await
}

#[tauri::command]
pub async fn calendar_prefs(state: State<'_, AppState>, strategy_id: String) -> Reply<CalendarPrefs> {
    state.with_library(move |library| library.calendar_prefs(&strategy_id)).await
}

#[tauri::command]
pub async fn set_calendar_prefs(state: State<'_, AppState>, strategy_id: String, prefs: CalendarPrefs) -> Reply<CalendarPrefs> {
    state.with_library(move |library| library.set_calendar_prefs(&strategy_id, &prefs)).await
}

#[tauri::command]
pub async fn calendar_slots(state: State<'_, AppState>, strategy_id: String) -> Reply<Vec<RecurringSlot>> {
    state.with_library(move |library| library.calendar_slots(&strategy_id)).await
}

#[tauri::command]
pub async fn save_calendar_slot(state: State<'_, AppState>, strategy_id: String, slot: RecurringSlot) -> Reply<Vec<RecurringSlot>> {
    state.with_library(move |library| library.save_calendar_slot(&strategy_id, &slot)).await
}

#[tauri::command]
pub async fn delete_calendar_slot(state: State<'_, AppState>, strategy_id: String, id: String) -> Reply<Vec<RecurringSlot>> {
    state.with_library(move |library| library.delete_calendar_slot(&strategy_id, &id)).await
}

/// Asks where to save (same pattern as the PDF export). `STRATEGE_E2E_SAVE_DIR`
/// replaces the dialog in end-to-end tests. `None`: the user cancelled.
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

/// Writes the strategy's calendar as `extension`, rendered by `render`, where the user chooses.
async fn export(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    extension: &'static str,
    filter: &'static str,
    render: impl FnOnce(&stratege_engine::model::Strategy) -> stratege_engine::Result<Vec<u8>> + Send + 'static,
) -> Reply<Option<String>> {
    let strategy = state.with_library(move |library| library.load(&id)).await?;
    let Some(path) = ask_save_path(&app, files::file_name_for(&strategy.meta.title, extension), filter, extension).await? else {
        return Ok(None);
    };
    tauri::async_runtime::spawn_blocking(move || {
        let bytes = render(&strategy)?;
        files::write_atomically(&path, &bytes)?;
        Ok(path.display().to_string())
    })
    .await
    .map_err(|error| failure(ErrorKind::Io, error.to_string()))?
    .map(Some)
    .map_err(|error: stratege_engine::Error| ErrorReport::from(&error))
}

/// `time_zone`: the IANA zone of the planned times (the UI sends the OS one).
#[tauri::command]
pub async fn export_ics(app: AppHandle, state: State<'_, AppState>, id: String, language: Language, time_zone: Option<String>) -> Reply<Option<String>> {
    let time_zone = time_zone.as_deref().map(calendar::parse_time_zone).transpose().map_err(|e| ErrorReport::from(&e))?;
    export(app, state, id, "ics", "iCalendar", move |strategy| {
        let options = calendar::IcsOptions { time_zone, stamp: chrono::Utc::now(), language };
        calendar::to_ics(strategy, &options).map(String::into_bytes)
    })
    .await
}

#[tauri::command]
pub async fn export_csv(app: AppHandle, state: State<'_, AppState>, id: String, language: Language) -> Reply<Option<String>> {
    export(app, state, id, "csv", "CSV", move |strategy| calendar::to_csv(strategy, language)).await
}
