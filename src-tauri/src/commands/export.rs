//! Exports of a strategy rendered by the engine (PDF here; .ics and CSV in
//! calendar.rs), saved where the user chooses in a native dialog.

use super::{background_failed, Reply};
use crate::dialogs::ask_save_path;
use crate::state::AppState;
use stratege_engine::model::{Language, Strategy};
use stratege_engine::{files, pdf, ErrorReport};
use tauri::{AppHandle, State};

/// Renders strategy `id` with `render` and writes it atomically where the user
/// chooses. Returns the path written, or `None` if the user cancelled.
pub(crate) async fn save_rendered(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    extension: &'static str,
    filter: &'static str,
    render: impl FnOnce(&Strategy) -> stratege_engine::Result<Vec<u8>> + Send + 'static,
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
    .map_err(background_failed)?
    .map(Some)
    .map_err(|error: stratege_engine::Error| ErrorReport::from(&error))
}

/// The client deliverable, in `language`.
#[tauri::command]
pub async fn export_pdf(app: AppHandle, state: State<'_, AppState>, id: String, language: Language) -> Reply<Option<String>> {
    save_rendered(app, state, id, "pdf", "PDF", move |strategy| {
        let mut options = pdf::PdfOptions::for_strategy(strategy, pdf::local_today());
        options.language = language;
        pdf::render(strategy, &options)
    })
    .await
}
