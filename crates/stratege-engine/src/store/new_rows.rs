//! The entries of a strategy new to the database, written in one pass: one
//! prepared INSERT per table, reused for all its rows, with positions given.
//! Unlike `items::save` (an upsert that asks who owns the id, checks each
//! reference and computes the next position), a plain INSERT costs no query per
//! row and spares SQLite a statement journal per row. The callers in
//! `strategies` have checked every field and reference in memory.

use super::item_rows::{columns, table, values};
use super::items::insert_links;
use super::strategies::{items_of, DEPENDENCY_ORDER};
use crate::error::{Error, Result};
use crate::model::{Item, ItemKind, Strategy};
use rusqlite::types::Value;
use rusqlite::{ffi, params_from_iter, Connection};

pub(crate) fn insert(conn: &Connection, strategy: &Strategy) -> Result<()> {
    for kind in DEPENDENCY_ORDER {
        let mut items = items_of(strategy, kind);
        if kind == ItemKind::Objective {
            keep_last_primary(&mut items);
        }
        let mut insert = conn.prepare_cached(&insert_sql(kind))?;
        for (position, item) in items.iter().enumerate() {
            let mut row = vec![
                Value::Text(item.id().to_string()),
                Value::Text(strategy.meta.id.clone()),
                Value::Integer(position as i64),
            ];
            row.extend(values(item));
            insert.execute(params_from_iter(row)).map_err(id_taken)?;
            insert_links(conn, item)?;
        }
    }
    Ok(())
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
fn keep_last_primary(objectives: &mut [Item]) {
    let last = objectives.iter().rposition(|item| matches!(item, Item::Objective(o) if o.is_primary));
    for (index, item) in objectives.iter_mut().enumerate() {
        if let Item::Objective(objective) = item {
            objective.is_primary = Some(index) == last;
        }
    }
}

/// An id already in the table: twice in the strategy, or in another strategy
/// of the library (a foreign file can hold either).
fn id_taken(error: rusqlite::Error) -> Error {
    let code = error.sqlite_error().map(|e| e.extended_code);
    if matches!(code, Some(ffi::SQLITE_CONSTRAINT_PRIMARYKEY | ffi::SQLITE_CONSTRAINT_UNIQUE)) {
        Error::invalid("id", "is used twice, or already by another strategy in the library")
    } else {
        error.into()
    }
}
