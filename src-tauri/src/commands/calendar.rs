//! The editorial calendar: grids, rescheduling, recurring slots, remembered
//! filters, and the .ics / CSV exports through a native save dialog opened
//! from Rust (the web side gets no file-system or dialog permission).

use super::export::save_rendered;
use super::Reply;
use crate::state::AppState;
use stratege_engine::calendar::{self, CalendarGrid, CalendarPrefs, CalendarView, ContentMove, RecurringSlot, WeekStart};
use stratege_engine::model::{Channel, Language};
use stratege_engine::ErrorReport;
use tauri::{AppHandle, State};

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
pub async fn save_calendar_slot(state: State<'_, AppState>, strategy_id: String, slot: RecurringSlot) -> Reply<Vec<RecurringSlot>> {
    state.with_library(move |library| library.save_calendar_slot(&strategy_id, &slot)).await
}

#[tauri::command]
pub async fn delete_calendar_slot(state: State<'_, AppState>, strategy_id: String, id: String) -> Reply<Vec<RecurringSlot>> {
    state.with_library(move |library| library.delete_calendar_slot(&strategy_id, &id)).await
}

/// `time_zone`: the IANA zone of the planned times (the UI sends the OS one).
#[tauri::command]
pub async fn export_ics(app: AppHandle, state: State<'_, AppState>, id: String, language: Language, time_zone: Option<String>) -> Reply<Option<String>> {
    let time_zone = time_zone.as_deref().map(calendar::parse_time_zone).transpose().map_err(|e| ErrorReport::from(&e))?;
    save_rendered(app, state, id, "ics", "iCalendar", move |strategy| {
        let options = calendar::IcsOptions { time_zone, stamp: chrono::Utc::now(), language };
        calendar::to_ics(strategy, &options).map(String::into_bytes)
    })
    .await
}

#[tauri::command]
pub async fn export_csv(app: AppHandle, state: State<'_, AppState>, id: String, language: Language) -> Reply<Option<String>> {
    save_rendered(app, state, id, "csv", "CSV", move |strategy| calendar::to_csv(strategy, language)).await
}
