//! Files the OS asks us to open (a double-click on a `.strategy` file): the
//! path in argv on Linux and Windows, the `Opened` event on macOS, and a second
//! launch handing its argv to the running window through single-instance.
//! Paths wait in a queue until the UI takes them (`take_opened_files`), so a
//! file named at launch is not lost while the UI is still starting; the UI is
//! told of later ones by an `open-files` event.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Paths waiting for the UI.
#[derive(Default)]
pub struct OpenedFiles(Mutex<Vec<PathBuf>>);

/// The event that tells the UI to call `take_opened_files`.
const EVENT: &str = "open-files";

/// The `.strategy` paths among command-line arguments (the first is the program), made absolute against `cwd`.
fn strategy_paths(args: impl IntoIterator<Item = String>, cwd: &Path) -> Vec<PathBuf> {
    args.into_iter()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .map(PathBuf::from)
        .filter(|path| {
            path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case(stratege_engine::exchange::EXTENSION))
        })
        .map(|path| if path.is_absolute() { path } else { cwd.join(path) })
        .collect()
}

fn queue<R: Runtime>(app: &AppHandle<R>, paths: Vec<PathBuf>) {
    if paths.is_empty() {
        return;
    }
    if let Some(state) = app.try_state::<OpenedFiles>() {
        state.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).extend(paths);
    }
    let _ = app.emit(EVENT, ());
}

/// One running Stratège per library folder: a second launch hands its files to
/// the first and exits. Test and portable installs (`STRATEGE_DATA_DIR`) get
/// their own D-Bus name, so they never hand files to an unrelated instance.
pub fn single_instance<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    let mut builder = tauri_plugin_single_instance::Builder::new().callback(|app, args, cwd| {
        queue(app, strategy_paths(args, Path::new(&cwd)));
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.set_focus();
        }
    });
    if let Some(dir) = std::env::var_os("STRATEGE_DATA_DIR") {
        builder = builder.dbus_id(format!("app.stratege.desktop.d{:016x}", fnv1a(dir.as_encoded_bytes())));
    }
    builder.build()
}

/// A stable hash (the std one may change between Rust versions).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// At start-up: manage the queue and take the files named in our own argv.
pub fn setup<R: Runtime>(app: &tauri::App<R>) {
    app.manage(OpenedFiles::default());
    let cwd = std::env::current_dir().unwrap_or_default();
    queue(app.handle(), strategy_paths(std::env::args(), &cwd));
}

/// macOS delivers double-clicked files as an event, not in argv.
pub fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: &tauri::RunEvent) {
    #[cfg(target_os = "macos")]
    if let tauri::RunEvent::Opened { urls } = event {
        let paths = urls.iter().filter_map(|url| url.to_file_path().ok()).collect();
        queue(app, paths);
    }
    #[cfg(not(target_os = "macos"))]
    let _ = (app, event);
}

/// The files waiting to be imported, emptied as they are handed over.
#[tauri::command]
pub fn take_opened_files(state: tauri::State<'_, OpenedFiles>) -> Vec<String> {
    let mut waiting = state.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    waiting.drain(..).map(|path| path.display().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_strategy_files_are_taken_from_argv_and_made_absolute() {
        let args = ["stratege", "--flag", "a.strategy", "/abs/b.STRATEGY", "notes.txt"].map(String::from);
        let paths = strategy_paths(args, Path::new("/home/user"));
        assert_eq!(paths, vec![PathBuf::from("/home/user/a.strategy"), PathBuf::from("/abs/b.STRATEGY")]);
    }

    #[test]
    fn the_program_itself_is_never_taken() {
        assert!(strategy_paths(["/tmp/odd.strategy".to_string()], Path::new("/")).is_empty());
    }
}
