//! The calendar's view and filters, remembered per strategy in the library's
//! settings (`calendar:<strategy id>`), as JSON. Not part of the strategy:
//! the client opening the file chooses their own.

use crate::error::{Error, Result};
use crate::model::ContentStatus;
use crate::store::Library;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CalendarLayout {
    #[default]
    Month,
    Week,
    List,
}

/// Each list empty = no filter on that field; several fields combine (AND),
/// values within a field are alternatives (OR).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Default)]
#[serde(default)]
#[ts(export)]
pub struct CalendarFilters {
    pub channel_ids: Vec<String>,
    pub persona_ids: Vec<String>,
    pub pillars: Vec<String>,
    pub statuses: Vec<ContentStatus>,
    pub owner_ids: Vec<String>,
}

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Default)]
#[serde(default)]
#[ts(export)]
pub struct CalendarPrefs {
    pub layout: CalendarLayout,
    pub filters: CalendarFilters,
}

fn key(strategy_id: &str) -> String {
    format!("calendar:{strategy_id}")
}

const MAX_VALUES: usize = 500;

impl Library {
    /// The remembered view and filters; the defaults when none (or unreadable).
    pub fn calendar_prefs(&self, strategy_id: &str) -> Result<CalendarPrefs> {
        Ok(self.setting(&key(strategy_id))?.and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default())
    }

    pub fn set_calendar_prefs(&mut self, strategy_id: &str, prefs: &CalendarPrefs) -> Result<CalendarPrefs> {
        let f = &prefs.filters;
        let sizes = [f.channel_ids.len(), f.persona_ids.len(), f.pillars.len(), f.statuses.len(), f.owner_ids.len()];
        if sizes.iter().any(|n| *n > MAX_VALUES) {
            return Err(Error::invalid("filters", "too many values"));
        }
        let json = serde_json::to_string(prefs).map_err(|e| Error::invalid("filters", e.to_string()))?;
        self.set_setting(&key(strategy_id), &json)?;
        Ok(prefs.clone())
    }
}
