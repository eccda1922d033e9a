//! IPC commands: one line each into the engine. Arguments and results are
//! engine types, exported to TypeScript by ts-rs; errors are `ErrorReport`s.

pub mod backup;
pub mod calendar;
pub mod exchange;
pub mod export;
pub mod grids;
pub mod library;
pub mod persona;
pub mod settings;
pub mod strategy;

pub type Reply<T> = Result<T, stratege_engine::ErrorReport>;
