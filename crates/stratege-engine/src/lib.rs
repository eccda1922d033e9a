//! Stratège's engine: the domain of the seven-step method, its SQLite store,
//! the sample strategy and `.strategy` files. No Tauri here: the desktop app
//! and `stratege-cli` are thin shells over this crate.

pub mod about;
pub mod backup;
pub mod capacity;
pub mod calendar;
pub mod coach;
pub mod error;
pub mod exchange;
pub mod files;
pub mod model;
pub mod pdf;
pub mod picture;
pub mod sample;
pub mod settings;
pub mod store;

pub use error::{Error, ErrorKind, ErrorReport, Result};
