//! Editing the recurring slots (`model::RecurringSlot`): each change is one
//! undoable step, and answers with every slot of the strategy.

use crate::error::{Error, Result};
use crate::model::{validate, RecurringSlot};
use crate::store::{slot_rows, EditVerb, Journal, Library, Scope};
use rusqlite::params;

impl Library {
    /// The strategy's recurring slots, by weekday then time.
    pub fn calendar_slots(&self, strategy_id: &str) -> Result<Vec<RecurringSlot>> {
        slot_rows::load(self.connection(), strategy_id)
    }

    /// Adds or updates a slot; its channel must belong to the strategy. Returns every slot.
    pub fn save_calendar_slot(
        &mut self,
        strategy_id: &str,
        slot: &RecurringSlot,
    ) -> Result<Vec<RecurringSlot>> {
        validate::slot(slot)?;
        self.journaled(strategy_id, Journal::new(EditVerb::EditSlots, None), Scope::slots(), |tx| {
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
            slot_rows::load(tx, strategy_id)
        })
    }

    pub fn delete_calendar_slot(
        &mut self,
        strategy_id: &str,
        id: &str,
    ) -> Result<Vec<RecurringSlot>> {
        self.journaled(
            strategy_id,
            Journal::new(EditVerb::EditSlots, None),
            Scope::slots(),
            |tx| match tx.execute(
                "DELETE FROM calendar_slots WHERE id = ?1 AND strategy_id = ?2",
                params![id, strategy_id],
            )? {
                0 => Err(Error::NotFound { what: "slot" }),
                _ => slot_rows::load(tx, strategy_id),
            },
        )
    }
}
