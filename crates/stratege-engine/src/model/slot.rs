//! Recurring slots: a channel's regular publishing times (Instagram every
//! Tuesday and Thursday at 12:30), part of the channel plan. The calendar shows
//! them as places to fill; they travel with the strategy in `.strategy` files.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct RecurringSlot {
    pub id: String,
    pub channel_id: String,
    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    pub weekday: u8,
    /// `HH:MM`.
    pub time: String,
}
