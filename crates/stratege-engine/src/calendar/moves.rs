//! Rescheduling a content item by drag and drop or keyboard: a new day (or the
//! backlog) and a place among that day's items, in one transaction.
//!
//! The order within a day is the items' order in the strategy's content list
//! (`position`): a day shows its items in list order. So no extra column is
//! needed, the order travels in `.strategy` files, and the list view agrees.

use super::grid::{format_day, parse_day};
use crate::error::{Error, Result};
use crate::model::ItemKind;
use crate::store::{now, EditVerb, Journal, Library, Scope, POSITION_STEP};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

/// What a move changed: the item's day and time, and the new order of the
/// whole content list (ids), so the UI can reorder without reloading 5,000 items.
#[derive(Serialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct ContentMove {
    pub id: String,
    pub date: Option<String>,
    pub time: Option<String>,
    pub order: Vec<String>,
}

/// Where the moved item lands in the list without it (`dates`: each entry's
/// day) to be the `index_in_day`-th item of the day `date`: before the item it
/// displaces, after the day's last item, or where it was when the day is empty.
fn landing_index(dates: &[Option<&str>], date: Option<&str>, index_in_day: usize, was_at: usize) -> usize {
    let day: Vec<usize> = dates.iter().enumerate().filter(|(_, d)| **d == date).map(|(i, _)| i).collect();
    match (day.get(index_in_day), day.last()) {
        (Some(&displaced), _) => displaced,
        (None, Some(&last)) => last + 1,
        (None, None) => was_at.min(dates.len()),
    }
}

/// A position between the neighbours' (`None`: no neighbour on that side),
/// or `None` when there is no room and the list must be renumbered.
fn position_between(before: Option<i64>, after: Option<i64>) -> Option<i64> {
    match (before, after) {
        (Some(b), Some(a)) if a.checked_sub(b)? >= 2 => Some(b + (a - b) / 2),
        (Some(_), Some(_)) => None,
        (Some(b), None) => b.checked_add(POSITION_STEP),
        (None, Some(a)) => a.checked_sub(POSITION_STEP),
        (None, None) => Some(0),
    }
}

impl Library {
    /// Moves a content item to `date` (`None`: the backlog) as the
    /// `index_in_day`-th item of that day (clamped). The time of day is kept;
    /// the backlog holds undated ideas, which have no time.
    pub fn move_content(&mut self, strategy_id: &str, id: &str, date: Option<&str>, index_in_day: usize) -> Result<ContentMove> {
        let date = date.map(parse_day).transpose()?.map(format_day);
        // Undoable like every edit: the item (its day and time) and the list order.
        let scope = Scope::item(ItemKind::ContentItem, id).with_order(ItemKind::ContentItem);
        let journal = Journal::new(EditVerb::Move, Some(ItemKind::ContentItem));
        self.journaled(strategy_id, journal, scope, |tx| {
            let time: Option<String> = tx
                .query_row(
                    "SELECT time FROM content_items WHERE id = ?1 AND strategy_id = ?2",
                    params![id, strategy_id],
                    |row| row.get(0),
                )
                .optional()?
                .ok_or(Error::NotFound { what: "entry" })?;
            let time = if date.is_some() { time } else { None };
            let mut rows: Vec<(String, i64, Option<String>)> = tx
                .prepare_cached("SELECT id, position, date FROM content_items WHERE strategy_id = ?1 ORDER BY position, rowid")?
                .query_map([strategy_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
                .collect::<Result<_, _>>()?;
            let was_at = rows.iter().position(|(x, _, _)| x == id).ok_or(Error::NotFound { what: "entry" })?;
            let (moved, _, _) = rows.remove(was_at);
            let dates: Vec<Option<&str>> = rows.iter().map(|(_, _, d)| d.as_deref()).collect();
            let at = landing_index(&dates, date.as_deref(), index_in_day, was_at);
            // Usually one row written: the item takes the room between its new neighbours.
            let room = position_between(at.checked_sub(1).map(|i| rows[i].1), rows.get(at).map(|r| r.1));
            let mut order: Vec<(String, Option<i64>)> = rows.into_iter().map(|(i, p, _)| (i, Some(p))).collect();
            order.insert(at, (moved, None));
            tx.prepare_cached("UPDATE content_items SET date = ?1, time = ?2, position = COALESCE(?3, position) WHERE id = ?4")?
                .execute(params![date, time, room, id])?;
            if room.is_none() {
                // No room (ties in older data, or many drops into one place): renumber, spaced again.
                let mut renumber = tx.prepare_cached("UPDATE content_items SET position = ?1 WHERE id = ?2")?;
                for (index, (item, stored)) in order.iter().enumerate() {
                    let position = index as i64 * POSITION_STEP;
                    if *stored != Some(position) {
                        renumber.execute(params![position, item])?;
                    }
                }
            }
            if tx.execute("UPDATE strategies SET updated_at = ?1 WHERE id = ?2", params![now(), strategy_id])? == 0 {
                return Err(Error::NotFound { what: "strategy" });
            }
            Ok(ContentMove { id: id.to_string(), date, time, order: order.into_iter().map(|(i, _)| i).collect() })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{landing_index, position_between, POSITION_STEP};

    #[test]
    fn lands_before_the_displaced_item_or_after_the_day() {
        let dates = [Some("2026-03-02"), None, Some("2026-03-02"), Some("2026-03-03")];
        let day = Some("2026-03-02");
        assert_eq!(landing_index(&dates, day, 0, 3), 0);
        assert_eq!(landing_index(&dates, day, 1, 3), 2);
        assert_eq!(landing_index(&dates, day, 2, 0), 3);
        assert_eq!(landing_index(&dates, day, 99, 0), 3);
        assert_eq!(landing_index(&dates, None, 0, 0), 1);
        // An empty day: the item keeps its place in the list.
        assert_eq!(landing_index(&dates, Some("2026-04-01"), 0, 2), 2);
        assert_eq!(landing_index(&dates, Some("2026-04-01"), 0, 9), 4);
    }

    #[test]
    fn takes_the_room_between_neighbours_or_asks_for_a_renumbering() {
        assert_eq!(position_between(Some(0), Some(1024)), Some(512));
        assert_eq!(position_between(Some(7), Some(9)), Some(8));
        assert_eq!(position_between(Some(7), Some(8)), None);
        assert_eq!(position_between(Some(5), Some(5)), None); // ties
        assert_eq!(position_between(Some(9), Some(5)), None);
        assert_eq!(position_between(Some(2048), None), Some(2048 + POSITION_STEP));
        assert_eq!(position_between(None, Some(0)), Some(-POSITION_STEP));
        assert_eq!(position_between(None, None), Some(0));
        assert_eq!(position_between(Some(i64::MAX), None), None);
        assert_eq!(position_between(None, Some(i64::MIN)), None);
        assert_eq!(position_between(Some(i64::MIN), Some(i64::MAX)), None);
    }
}
