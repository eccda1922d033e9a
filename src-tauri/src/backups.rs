//! Rolling backups while the app runs: one at start-up (once the library opened
//! fine), then every ten minutes when something changed since the last one.
//! A plain thread: the work is blocking SQLite and file I/O, and it needs no timer runtime.

use crate::state::AppState;
use std::time::Duration;
use tauri::Manager;

const EVERY: Duration = Duration::from_secs(10 * 60);

pub fn start(app: &tauri::AppHandle) {
    let app = app.clone();
    let spawned = std::thread::Builder::new().name("backups".into()).spawn(move || {
        let mut last = None;
        loop {
            let state = app.state::<AppState>();
            match state.backup_if_changed(last) {
                Ok(seen) => last = seen,
                // A failed backup (disk full...) is retried next time; edits are never blocked by it.
                Err(error) => eprintln!("backup: {error}"),
            }
            std::thread::sleep(EVERY);
        }
    });
    if let Err(error) = spawned {
        eprintln!("backups not started: {error}");
    }
}
