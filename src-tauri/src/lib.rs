//! The desktop shell: opens the library, registers the IPC commands and the
//! native menu, and hands everything else to `stratege-engine`.

mod backups;
mod commands;
mod dialogs;
mod menu;
mod open_files;
mod state;

use tauri::Manager;

/// When the process started, for the start-up measurement.
pub(crate) static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    let app = tauri::Builder::default()
        // First: a second launch must hand over its files before anything else starts.
        .plugin(open_files::single_instance())
        .plugin(tauri_plugin_dialog::init())
        // Used from Rust only (`open_exported`): the window gets none of its permissions.
        .plugin(tauri_plugin_opener::init())
        .manage(commands::export::Exported::default())
        .setup(|app| {
            let state = state::AppState::open(app.handle())?;
            app.manage(state);
            backups::start(app.handle());
            menu::install(app)?;
            open_files::setup(app);
            Ok(())
        })
        .on_window_event(|window, event| {
            // Closing the window goes through the UI's quit path first, so it can
            // flush pending edits; a second close request (a UI that cannot answer) closes at once.
            static ASKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                if !ASKED.swap(true, std::sync::atomic::Ordering::SeqCst) {
                    api.prevent_close();
                    let _ = tauri::Emitter::emit(window, "menu", "quit");
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::about::about_info,
            commands::library::startup,
            commands::library::list_strategies,
            commands::library::create_strategy,
            commands::library::rename_strategy,
            commands::library::duplicate_strategy,
            commands::library::archive_strategy,
            commands::library::delete_strategy,
            commands::strategy::load_strategy,
            commands::strategy::update_meta,
            commands::strategy::add_item,
            commands::strategy::update_item,
            commands::strategy::delete_item,
            commands::strategy::move_item,
            commands::strategy::coach_report,
            commands::strategy::undo,
            commands::strategy::redo,
            commands::strategy::history,
            commands::export::export_pdf,
            commands::export::open_exported,
            commands::calendar::calendar_grid,
            commands::calendar::channel_colors,
            commands::calendar::move_content,
            commands::calendar::calendar_prefs,
            commands::calendar::set_calendar_prefs,
            commands::calendar::save_calendar_slot,
            commands::calendar::delete_calendar_slot,
            commands::calendar::export_ics,
            commands::calendar::export_csv,
            commands::persona::choose_persona_picture,
            commands::exchange::export_strategy,
            commands::exchange::choose_strategy_file,
            commands::exchange::import_strategy_file,
            commands::exchange::import_strategy_bytes,
            commands::exchange::strategy_file_limit,
            open_files::take_opened_files,
            commands::grids::channel_capacity,
            commands::settings::set_language,
            commands::settings::quit,
            commands::settings::ui_ready,
            commands::backup::list_backups,
            commands::backup::restore_backup,
            commands::backup::library_damage,
        ])
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|app, event| open_files::on_run_event(app, &event)),
        Err(error) => {
            eprintln!("Stratège could not start: {error}");
            std::process::exit(1);
        }
    }
}
