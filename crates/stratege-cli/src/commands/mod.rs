//! One module per subcommand; each turns its arguments into engine calls and
//! returns what to print.

pub mod calendar;
pub mod check;
pub mod pdf;
pub mod sample;

use std::path::PathBuf;
use stratege_engine::exchange;

/// Adds `.<ext>` when the user left the extension out.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    match path.extension() {
        Some(ext) if ext == extension => path,
        _ => {
            let mut name = path.into_os_string();
            name.push(".");
            name.push(extension);
            PathBuf::from(name)
        }
    }
}

/// The `.strategy` extension, for subcommands that write strategy files.
pub const STRATEGY_EXTENSION: &str = exchange::EXTENSION;
