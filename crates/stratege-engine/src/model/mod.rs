//! The domain: one strategy and everything the seven-step method captures in it.
//! Plain serde types; ts-rs exports them to `ui/src/lib/generated/` when `cargo test` runs.

mod blank;
mod enums;
mod items;
mod remap;
mod slot;
mod strategy;
pub mod validate;

pub use enums::*;
pub use items::*;
pub use slot::RecurringSlot;
pub use strategy::*;

/// Entity ids are random UUIDs (text), so a strategy keeps its identity across
/// `.strategy` export and import, and ids never collide between libraries.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
