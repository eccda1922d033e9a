//! Rescheduling a content item by drag and drop or keyboard: a new day (or the
//! backlog) and a place among that day's items, in one transaction.
//!
//! The order within a day is the items' order in the strategy's content list
//! (`position`): a day shows its items in list order. So no extra column is
//! needed, the order travels in `.strategy` files, and the list view agrees.

use super::grid::{format_day, parse_day};
use crate::error::{Error, Result};
use crate::model::ItemKind;
use crate::store::{now, EditVerb, Journal, Library, Scope};
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

/// Where `moved` lands in the list `rest` (the list without it) to be the
/// `index_in_day`-th item of the day `date`: before the item it displaces, after
/// the day's last item, or where it was when the day is empty.
fn landing_index(rest: &[(String, Option<String>)], date: &Option<String>, index_in_day: usize, was_at: usize) -> usize {
    let day: Vec<usize> = rest.iter().enumerate().filter(|(_, (_, d))| d == date).map(|(i, _)| i).collect();
    match (day.get(index_in_day), day.last()) {
        (Some(&displaced), _) => displaced,
        (None, Some(&last)) => last + 1,
        (None, None) => was_at.min(rest.len()),
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
            // Positions 0..n in order (the usual case): a move shifts a range in one statement.
            let contiguous = rows.iter().enumerate().all(|(i, (_, p, _))| *p == i as i64);
            let (moved, _, _) = rows.remove(was_at);
            let rest: Vec<(String, Option<String>)> = rows.iter().map(|(i, _, d)| (i.clone(), d.clone())).collect();
            let at = landing_index(&rest, &date, index_in_day, was_at);
            let mut order: Vec<(String, i64)> = rows.into_iter().map(|(i, p, _)| (i, p)).collect();
            order.insert(at, (moved, -1));
            tx.prepare_cached("UPDATE content_items SET date = ?1, time = ?2 WHERE id = ?3")?
                .execute(params![date, time, id])?;
            if contiguous {
                let (from, to) = (was_at as i64, at as i64);
                let shift = if to < from {
                    "UPDATE content_items SET position = position + 1 WHERE strategy_id = ?1 AND position >= ?2 AND position < ?3"
                } else {
                    "UPDATE content_items SET position = position - 1 WHERE strategy_id = ?1 AND position > ?3 AND position <= ?2"
                };
                tx.prepare_cached(shift)?.execute(params![strategy_id, to, from])?;
                tx.prepare_cached("UPDATE content_items SET position = ?1 WHERE id = ?2")?.execute(params![to, id])?;
            } else {
                // Gaps or ties (older data): renumber, writing only rows that change.
                let mut renumber = tx.prepare_cached("UPDATE content_items SET position = ?1 WHERE id = ?2")?;
                for (position, (item, stored)) in order.iter().enumerate() {
                    if *stored != position as i64 {
                        renumber.execute(params![position as i64, item])?;
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
    use super::landing_index;

    fn list(days: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        days.iter().map(|(i, d)| (i.to_string(), d.map(str::to_string))).collect()
    }

    #[test]
    fn lands_before_the_displaced_item_or_after_the_day() {
        let rest = list(&[("a", Some("2026-03-02")), ("b", None), ("c", Some("2026-03-02")), ("d", Some("2026-03-03"))]);
        let day = Some("2026-03-02".to_string());
        assert_eq!(landing_index(&rest, &day, 0, 3), 0);
        assert_eq!(landing_index(&rest, &day, 1, 3), 2);
        assert_eq!(landing_index(&rest, &day, 2, 0), 3);
        assert_eq!(landing_index(&rest, &day, 99, 0), 3);
        assert_eq!(landing_index(&rest, &None, 0, 0), 1);
        // An empty day: the item keeps its place in the list.
        assert_eq!(landing_index(&rest, &Some("2026-04-01".into()), 0, 2), 2);
        assert_eq!(landing_index(&rest, &Some("2026-04-01".into()), 0, 9), 4);
    }
}
