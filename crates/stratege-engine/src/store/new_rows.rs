//! The entries of a strategy new to the database, written in one pass: one
//! prepared INSERT per table, reused for all its rows, with positions given.
//! Unlike `items::save` (an upsert that asks who owns the id, checks each
//! reference and computes the next position), a plain INSERT costs no query per
//! row and spares SQLite a statement journal per row. The callers in
//! `strategies` have checked every field and reference in memory.

use super::columns::{int, text};
use super::item_rows::{columns, table, values};
use super::items::{insert_links, POSITION_STEP};
use super::strategies::{entries_of, DEPENDENCY_ORDER};
use crate::error::{Error, Result};
use crate::model::{ItemKind, ItemRef, Objective, Strategy};
use rusqlite::{ffi, params_from_iter, Connection};

pub(crate) fn insert(conn: &Connection, strategy: &Strategy) -> Result<()> {
    let objectives = one_primary(&strategy.objectives);
    for kind in DEPENDENCY_ORDER {
        let entries = match kind {
            ItemKind::Objective => objectives.iter().map(ItemRef::Objective).collect(),
            _ => entries_of(strategy, kind),
        };
        let mut insert = conn.prepare_cached(&insert_sql(kind))?;
        for (index, entry) in entries.into_iter().enumerate() {
            let mut row = vec![
                text(entry.id()),
                text(&strategy.meta.id),
                int(index as i64 * POSITION_STEP),
            ];
            row.extend(values(entry));
            insert.execute(params_from_iter(row)).map_err(id_taken)?;
            insert_links(conn, entry)?;
        }
    }
    super::slot_rows::insert_all(conn, &strategy.meta.id, &strategy.slots)
}

fn insert_sql(kind: ItemKind) -> String {
    let cols = columns(kind);
    let placeholders: Vec<String> = (1..=cols.len() + 3).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO {} (id, strategy_id, position, {}) VALUES ({})",
        table(kind),
        cols.join(", "),
        placeholders.join(", ")
    )
}

/// The method asks for one primary objective: of several, the last one stays
/// primary, as when they are saved one by one (`items::save`).
fn one_primary(objectives: &[Objective]) -> Vec<Objective> {
    let last = objectives
        .iter()
        .rposition(|objective| objective.is_primary);
    let keep = |(index, objective): (usize, &Objective)| Objective {
        is_primary: Some(index) == last,
        ..objective.clone()
    };
    objectives.iter().enumerate().map(keep).collect()
}

/// An id already in the table: twice in the strategy, or in another strategy
/// of the library (a foreign file can hold either).
pub(crate) fn id_taken(error: rusqlite::Error) -> Error {
    let code = error.sqlite_error().map(|e| e.extended_code);
    if matches!(
        code,
        Some(ffi::SQLITE_CONSTRAINT_PRIMARYKEY | ffi::SQLITE_CONSTRAINT_UNIQUE)
    ) {
        Error::invalid(
            "id",
            "is used twice, or already by another strategy in the library",
        )
    } else {
        error.into()
    }
}
