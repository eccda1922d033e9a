//! What the About box tells: the one version of the app, the CLI and the
//! installers (the workspace's `[workspace.package] version`), the `.strategy`
//! format it writes, and where the library lives.

use crate::exchange::FORMAT_VERSION;
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// The version every Stratège program reports (all crates inherit the workspace's).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Serialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct AboutInfo {
    pub version: String,
    /// The `.strategy` format version this build writes (and the newest it reads).
    #[ts(type = "number")]
    pub file_format: i64,
    /// The library file, so a consultant can find and back it up.
    pub library_path: String,
}

pub fn about(library_path: &Path) -> AboutInfo {
    AboutInfo { version: VERSION.to_string(), file_format: FORMAT_VERSION, library_path: library_path.display().to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_the_workspace_version() {
        let manifest = include_str!("../../../Cargo.toml");
        let workspace_version = manifest
            .split("[workspace.package]")
            .nth(1)
            .and_then(|section| section.lines().find(|line| line.starts_with("version")))
            .and_then(|line| line.split('"').nth(1));
        assert_eq!(workspace_version, Some(VERSION));
        // The installers take the app package's version, which must be the workspace's.
        let app_package = manifest.split("\n[package]\n").nth(1).and_then(|rest| rest.split("\n[").next()).unwrap_or("");
        assert!(app_package.contains("version.workspace = true"), "the app package inherits the workspace version");
        assert!(!include_str!("../../../tauri.conf.json").contains("\"version\""), "tauri.conf.json must not set its own version");
        let info = about(Path::new("/data/library.sqlite3"));
        assert_eq!(info.version, VERSION);
        assert_eq!(info.library_path, "/data/library.sqlite3");
        assert_eq!(info.file_format, FORMAT_VERSION);
    }
}
