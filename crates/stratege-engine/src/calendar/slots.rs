//! Recurring slots: a channel's regular publishing times (Instagram every
//! Tuesday and Thursday at 12:30), shown in the calendar as empty places to fill.
//! Kept in the library per strategy (`calendar_slots`, migration 004).

use crate::error::{Error, Result};
use crate::store::Library;
use chrono::NaiveTime;
use rusqlite::{params, Connection};
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

fn validate(slot: &RecurringSlot) -> Result<()> {
    if !(1..=7).contains(&slot.weekday) {
        return Err(Error::invalid("weekday", "expected 1 (Monday) to 7 (Sunday)"));
    }
    if slot.time.len() != 5 || NaiveTime::parse_from_str(&slot.time, "%H:%M").is_err() {
        return Err(Error::invalid("time", "expected HH:MM"));
    }
    if slot.id.trim().is_empty() || slot.id.len() > 64 {
        return Err(Error::invalid("id", "expected an id"));
    }
    Ok(())
}

fn load(conn: &Connection, strategy_id: &str) -> Result<Vec<RecurringSlot>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, channel_id, weekday, time FROM calendar_slots WHERE strategy_id = ?1 ORDER BY weekday, time, rowid",
    )?;
    let rows = statement.query_map([strategy_id], |row| {
        Ok(RecurringSlot { id: row.get(0)?, channel_id: row.get(1)?, weekday: row.get(2)?, time: row.get(3)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Library {
    /// The strategy's recurring slots, by weekday then time.
    pub fn calendar_slots(&self, strategy_id: &str) -> Result<Vec<RecurringSlot>> {
        load(self.connection(), strategy_id)
    }

    /// Adds or updates a slot; its channel must belong to the strategy. Returns every slot.
    pub fn save_calendar_slot(&mut self, strategy_id: &str, slot: &RecurringSlot) -> Result<Vec<RecurringSlot>> {
        validate(slot)?;
        self.write(|tx| {
            let channel_here: bool = tx
                .prepare_cached("SELECT EXISTS(SELECT 1 FROM channels WHERE id = ?1 AND strategy_id = ?2)")?
                .query_row(params![slot.channel_id, strategy_id], |row| row.get(0))?;
            if !channel_here {
                return Err(Error::invalid("channel_id", "refers to something that is not in this strategy"));
            }
            let changed = tx.execute(
                "INSERT INTO calendar_slots (id, strategy_id, channel_id, weekday, time) VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT(id) DO UPDATE SET channel_id = excluded.channel_id, weekday = excluded.weekday, time = excluded.time \
                 WHERE calendar_slots.strategy_id = excluded.strategy_id",
                params![slot.id, strategy_id, slot.channel_id, slot.weekday, slot.time],
            )?;
            if changed == 0 {
                return Err(Error::NotFound { what: "slot" });
            }
            load(tx, strategy_id)
        })
    }

    pub fn delete_calendar_slot(&mut self, strategy_id: &str, id: &str) -> Result<Vec<RecurringSlot>> {
        self.write(|tx| {
            match tx.execute("DELETE FROM calendar_slots WHERE id = ?1 AND strategy_id = ?2", params![id, strategy_id])? {
                0 => Err(Error::NotFound { what: "slot" }),
                _ => load(tx, strategy_id),
            }
        })
    }
}
