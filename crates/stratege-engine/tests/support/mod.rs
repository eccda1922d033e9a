//! Helpers shared by integration tests.
pub mod crash_script;
