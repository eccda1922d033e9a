//! The editorial calendar: date grids, rescheduling (drag and drop or keyboard),
//! recurring slots, remembered filters, and the .ics / CSV exports.

mod colors;
mod csv_export;
pub mod grid;
mod ics;
mod labels;
mod moves;
mod prefs;
mod slots;

pub use crate::model::RecurringSlot;
pub use chrono_tz::Tz;
pub use colors::channel_colors;
pub use csv_export::{calendar_order, to_csv};
pub use grid::{grid, grid_at, CalendarGrid, CalendarView, GridDay, WeekStart};
pub use ics::{escape_text, fold_line, parse_time_zone, to_ics, to_utc, IcsOptions};
pub use moves::ContentMove;
pub use prefs::{CalendarFilters, CalendarLayout, CalendarPrefs};
