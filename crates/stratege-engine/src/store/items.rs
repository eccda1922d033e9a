//! The generic list operations: load, save (insert or update), delete and move
//! any kind of entry of a strategy. Callers run them inside a transaction.

use super::item_rows::*;
use crate::error::{Error, Result};
use crate::model::*;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

/// Every entry of `kind` in `strategy_id`, in order, with their channel links.
pub(crate) fn load(conn: &Connection, strategy_id: &str, kind: ItemKind) -> Result<Vec<Item>> {
    let sql = format!(
        "SELECT id, {} FROM {} WHERE strategy_id = ?1 ORDER BY position, rowid",
        columns(kind).join(", "),
        table(kind)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query([strategy_id])?;
    let mut items = Vec::new();
    while let Some(row) = rows.next()? {
        items.push(from_row(kind, row)?);
    }
    if let Some((link_table, owner)) = channel_links(kind) {
        let sql = format!(
            "SELECT l.{owner}, l.channel_id FROM {link_table} l JOIN {} o ON o.id = l.{owner} \
             WHERE o.strategy_id = ?1 ORDER BY l.position",
            table(kind)
        );
        let mut statement = conn.prepare_cached(&sql)?;
        let links = statement
            .query_map([strategy_id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut by_owner: std::collections::HashMap<String, Vec<String>> = Default::default();
        for (owner_id, channel_id) in links {
            by_owner.entry(owner_id).or_default().push(channel_id);
        }
        for item in &mut items {
            let id = item.id().to_string();
            if let (Some(ids), Some(found)) = (channel_ids_mut(item), by_owner.remove(&id)) {
                *ids = found;
            }
        }
    }
    Ok(items)
}

/// The strategy an entry belongs to, if the entry exists.
fn owner_of(conn: &Connection, kind: ItemKind, id: &str) -> Result<Option<String>> {
    let sql = format!("SELECT strategy_id FROM {} WHERE id = ?1", table(kind));
    Ok(conn.query_row(&sql, [id], |row| row.get(0)).optional()?)
}

pub(crate) fn exists_in(conn: &Connection, strategy_id: &str, kind: ItemKind, id: &str) -> Result<bool> {
    Ok(owner_of(conn, kind, id)?.as_deref() == Some(strategy_id))
}

/// Refuses references to entries that are not in the same strategy.
fn check_references(conn: &Connection, strategy_id: &str, item: &Item) -> Result<()> {
    for (kind, id, field) in references(item) {
        if !exists_in(conn, strategy_id, kind, id)? {
            return Err(Error::invalid(field, "refers to something that is not in this strategy"));
        }
    }
    Ok(())
}

/// Inserts the entry at the end of its list, or updates it in place.
pub(crate) fn save(conn: &Connection, strategy_id: &str, item: &Item) -> Result<()> {
    validate::item(item)?;
    let kind = item.kind();
    match owner_of(conn, kind, item.id())? {
        Some(owner) if owner != strategy_id => return Err(Error::NotFound { what: "entry" }),
        _ => {}
    }
    check_references(conn, strategy_id, item)?;
    let cols = columns(kind);
    let placeholders: Vec<String> = (0..cols.len()).map(|i| format!("?{}", i + 4)).collect();
    let updates: Vec<String> = cols.iter().map(|c| format!("{c} = excluded.{c}")).collect();
    let sql = format!(
        "INSERT INTO {table} (id, strategy_id, position, {cols}) \
         VALUES (?1, ?2, COALESCE(?3, (SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE strategy_id = ?2)), {placeholders}) \
         ON CONFLICT(id) DO UPDATE SET {updates}",
        table = table(kind),
        cols = cols.join(", "),
        placeholders = placeholders.join(", "),
        updates = updates.join(", "),
    );
    let mut values = vec![
        rusqlite::types::Value::Text(item.id().to_string()),
        rusqlite::types::Value::Text(strategy_id.to_string()),
        rusqlite::types::Value::Null,
    ];
    values.extend(super::item_rows::values(item));
    conn.prepare_cached(&sql)?.execute(params_from_iter(values))?;
    save_links(conn, item)?;
    if let Item::Objective(objective) = item {
        if objective.is_primary {
            // The method asks for one primary objective: choosing one demotes the others.
            conn.execute(
                "UPDATE objectives SET is_primary = 0 WHERE strategy_id = ?1 AND id <> ?2",
                params![strategy_id, objective.id],
            )?;
        }
    }
    Ok(())
}

fn save_links(conn: &Connection, item: &Item) -> Result<()> {
    let Some((link_table, owner)) = channel_links(item.kind()) else { return Ok(()) };
    conn.prepare_cached(&format!("DELETE FROM {link_table} WHERE {owner} = ?1"))?
        .execute([item.id()])?;
    let mut insert = conn.prepare_cached(&format!(
        "INSERT OR IGNORE INTO {link_table} ({owner}, channel_id, position) VALUES (?1, ?2, ?3)"
    ))?;
    for (position, channel_id) in channel_ids(item).iter().enumerate() {
        insert.execute(params![item.id(), channel_id, position as i64])?;
    }
    Ok(())
}

pub(crate) fn delete(conn: &Connection, strategy_id: &str, kind: ItemKind, id: &str) -> Result<()> {
    let sql = format!("DELETE FROM {} WHERE id = ?1 AND strategy_id = ?2", table(kind));
    match conn.execute(&sql, params![id, strategy_id])? {
        0 => Err(Error::NotFound { what: "entry" }),
        _ => Ok(()),
    }
}

/// Moves an entry to `to_index` in its list (clamped), renumbering the list.
pub(crate) fn move_to(conn: &Connection, strategy_id: &str, kind: ItemKind, id: &str, to_index: usize) -> Result<()> {
    let table = table(kind);
    let mut ids: Vec<String> = conn
        .prepare_cached(&format!("SELECT id FROM {table} WHERE strategy_id = ?1 ORDER BY position, rowid"))?
        .query_map([strategy_id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let from = ids.iter().position(|x| x == id).ok_or(Error::NotFound { what: "entry" })?;
    let moved = ids.remove(from);
    ids.insert(to_index.min(ids.len()), moved);
    let mut update = conn.prepare_cached(&format!("UPDATE {table} SET position = ?1 WHERE id = ?2"))?;
    for (position, id) in ids.iter().enumerate() {
        update.execute(params![position as i64, id])?;
    }
    Ok(())
}
