//! Crash-test driver: opens the library at the given path with `Library::open`
//! and runs the scripted edits of `tests/support/crash_script.rs` for ever,
//! printing "committed <n> <what>" (flushed) after each call returned.
//! `tests/crash.rs` kills it with SIGKILL at a random moment and reopens the file.
//!
//! Run by hand: `cargo run -p stratege-engine --example crash_driver -- /tmp/x.sqlite3`.

#[path = "../tests/support/crash_script.rs"]
#[allow(dead_code)] // `digest` is for the test's side
mod crash_script;

use std::io::Write;
use std::path::PathBuf;
use stratege_engine::store::Library;

fn main() {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: crash_driver <library.sqlite3> [max steps]");
        std::process::exit(2);
    };
    let max: u64 = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(u64::MAX);
    let mut library = match Library::open(&path) {
        Ok(library) => library,
        Err(error) => {
            eprintln!("open: {error}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::stdout().lock();
    for n in 0..max {
        match crash_script::step(&mut library, n) {
            Ok(what) => {
                // Printed only once the call returned, i.e. once the transaction committed.
                if writeln!(out, "committed {n} {what}").and_then(|()| out.flush()).is_err() {
                    return;
                }
            }
            Err(error) => {
                eprintln!("step {n}: {error}");
                std::process::exit(1);
            }
        }
    }
}
