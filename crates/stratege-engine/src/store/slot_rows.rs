//! The rows of `calendar_slots` (migration 004): a strategy's recurring slots,
//! read and written whole by the library, undo and `.strategy` files alike.

use super::new_rows::id_taken;
use crate::error::Result;
use crate::model::RecurringSlot;
use rusqlite::{params, Connection};

/// The strategy's slots, by weekday then time.
pub(crate) fn load(conn: &Connection, strategy_id: &str) -> Result<Vec<RecurringSlot>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, channel_id, weekday, time FROM calendar_slots WHERE strategy_id = ?1 ORDER BY weekday, time, rowid",
    )?;
    let rows = statement.query_map([strategy_id], |row| {
        Ok(RecurringSlot {
            id: row.get(0)?,
            channel_id: row.get(1)?,
            weekday: row.get(2)?,
            time: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Adds slots already checked (fields, and channels of the same strategy).
pub(crate) fn insert_all(
    conn: &Connection,
    strategy_id: &str,
    slots: &[RecurringSlot],
) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO calendar_slots (id, strategy_id, channel_id, weekday, time) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for slot in slots {
        insert
            .execute(params![
                slot.id,
                strategy_id,
                slot.channel_id,
                slot.weekday,
                slot.time
            ])
            .map_err(id_taken)?;
    }
    Ok(())
}

/// Puts back a set of slots (undo, redo): the strategy's slots become `slots`.
pub(crate) fn replace_all(
    conn: &Connection,
    strategy_id: &str,
    slots: &[RecurringSlot],
) -> Result<()> {
    conn.prepare_cached("DELETE FROM calendar_slots WHERE strategy_id = ?1")?
        .execute([strategy_id])?;
    insert_all(conn, strategy_id, slots)
}
