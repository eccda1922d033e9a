//! The generic list operations: load, save (insert or update), delete and move
//! any kind of entry of a strategy. Callers run them inside a transaction.

use super::columns::{opt_int, text};
use super::item_rows::*;
use crate::error::{Error, Result};
use crate::model::*;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use std::collections::HashMap;

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
    if channel_links(kind).is_some() {
        let mut by_owner = links(conn, kind, "o.strategy_id = ?1", strategy_id)?;
        for item in &mut items {
            if let Some(found) = by_owner.remove(item.id()) {
                attach_links(item, found);
            }
        }
    }
    Ok(items)
}

/// Channel links of the entries of `kind` matching `filter` (on the owner row `o`),
/// by owner id, in link order, each with its "primary" mark.
fn links(conn: &Connection, kind: ItemKind, filter: &str, value: &str) -> Result<HashMap<String, Vec<(String, bool)>>> {
    let Some((link_table, owner)) = channel_links(kind) else { return Ok(HashMap::new()) };
    let primary = primary_link_column(kind).map_or("0".to_string(), |column| format!("l.{column}"));
    let sql = format!(
        "SELECT l.{owner}, l.channel_id, {primary} FROM {link_table} l JOIN {} o ON o.id = l.{owner} \
         WHERE {filter} ORDER BY l.position",
        table(kind)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map([value], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, i64>(2)? != 0))
    })?;
    let mut by_owner: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    for row in rows {
        let (owner_id, channel_id, is_primary) = row?;
        by_owner.entry(owner_id).or_default().push((channel_id, is_primary));
    }
    Ok(by_owner)
}

fn attach_links(item: &mut Item, found: Vec<(String, bool)>) {
    if let Some(primary) = primary_channel_ids_mut(item) {
        *primary = found.iter().filter(|(_, p)| *p).map(|(c, _)| c.clone()).collect();
    }
    if let Some(ids) = channel_ids_mut(item) {
        *ids = found.into_iter().map(|(c, _)| c).collect();
    }
}

/// One entry of `strategy_id` with its channel links, if it exists there.
pub(crate) fn load_one(conn: &Connection, strategy_id: &str, kind: ItemKind, id: &str) -> Result<Option<Item>> {
    let sql = format!(
        "SELECT id, {} FROM {} WHERE id = ?1 AND strategy_id = ?2",
        columns(kind).join(", "),
        table(kind)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query([id, strategy_id])?;
    let Some(row) = rows.next()? else { return Ok(None) };
    let mut item = from_row(kind, row)?;
    if channel_links(kind).is_some() {
        if let Some(found) = links(conn, kind, "o.id = ?1", id)?.remove(id) {
            attach_links(&mut item, found);
        }
    }
    Ok(Some(item))
}

/// The ids of `kind` in `strategy_id`, in list order.
pub(crate) fn order(conn: &Connection, strategy_id: &str, kind: ItemKind) -> Result<Vec<String>> {
    let sql = format!("SELECT id FROM {} WHERE strategy_id = ?1 ORDER BY position, rowid", table(kind));
    let ids = conn
        .prepare_cached(&sql)?
        .query_map([strategy_id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

/// Space between the positions of neighbouring entries. A calendar drop puts
/// the moved entry in the room between its new neighbours and writes one row,
/// instead of shifting the positions of every entry in between.
pub(crate) const POSITION_STEP: i64 = 1024;

/// Numbers the entries of `kind` in the order of `ids`, POSITION_STEP apart; entries not named
/// there follow, in their current order (ids no longer present are skipped).
pub(crate) fn set_order(conn: &Connection, strategy_id: &str, kind: ItemKind, ids: &[String]) -> Result<()> {
    let current = order(conn, strategy_id, kind)?;
    let present: std::collections::HashSet<&String> = current.iter().collect();
    let named: std::collections::HashSet<&String> = ids.iter().collect();
    let first = ids.iter().filter(|id| present.contains(id));
    let rest = current.iter().filter(|id| !named.contains(id));
    let mut update = conn.prepare_cached(&format!("UPDATE {} SET position = ?1 WHERE id = ?2", table(kind)))?;
    for (index, id) in first.chain(rest).enumerate() {
        update.execute(params![index as i64 * POSITION_STEP, id])?;
    }
    Ok(())
}

/// The strategy an entry belongs to, if the entry exists.
fn owner_of(conn: &Connection, kind: ItemKind, id: &str) -> Result<Option<String>> {
    let sql = format!("SELECT strategy_id FROM {} WHERE id = ?1", table(kind));
    // Cached: an import checks every entry and each of its references (thousands of calls).
    Ok(conn.prepare_cached(&sql)?.query_row([id], |row| row.get(0)).optional()?)
}

pub(crate) fn exists_in(conn: &Connection, strategy_id: &str, kind: ItemKind, id: &str) -> Result<bool> {
    Ok(owner_of(conn, kind, id)?.as_deref() == Some(strategy_id))
}

/// Refuses references to entries that are not in the same strategy.
fn check_references(conn: &Connection, strategy_id: &str, item: &Item) -> Result<()> {
    for (kind, id, field) in references(item.view()) {
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
         VALUES (?1, ?2, COALESCE(?3, (SELECT COALESCE(MAX(position) + {step}, 0) FROM {table} WHERE strategy_id = ?2)), {placeholders}) \
         ON CONFLICT(id) DO UPDATE SET {updates}",
        table = table(kind),
        step = POSITION_STEP,
        cols = cols.join(", "),
        placeholders = placeholders.join(", "),
        updates = updates.join(", "),
    );
    let mut values = vec![text(item.id()), text(strategy_id), opt_int(None)];
    values.extend(super::item_rows::values(item.view()));
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
    insert_links(conn, item.view())
}

/// Writes the channel links of an entry that has none yet (a channel named twice counts once).
pub(crate) fn insert_links(conn: &Connection, item: ItemRef<'_>) -> Result<()> {
    let Some((link_table, owner)) = channel_links(item.kind()) else { return Ok(()) };
    let primary = primary_channel_ids(item);
    match primary_link_column(item.kind()) {
        Some(column) => {
            let mut insert = conn.prepare_cached(&format!(
                "INSERT OR IGNORE INTO {link_table} ({owner}, channel_id, position, {column}) VALUES (?1, ?2, ?3, ?4)"
            ))?;
            for (position, channel_id) in channel_ids(item).iter().enumerate() {
                let is_primary = primary.contains(channel_id);
                insert.execute(params![item.id(), channel_id, position as i64, is_primary])?;
            }
        }
        None => {
            let mut insert = conn.prepare_cached(&format!(
                "INSERT OR IGNORE INTO {link_table} ({owner}, channel_id, position) VALUES (?1, ?2, ?3)"
            ))?;
            for (position, channel_id) in channel_ids(item).iter().enumerate() {
                insert.execute(params![item.id(), channel_id, position as i64])?;
            }
        }
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
    let mut ids = order(conn, strategy_id, kind)?;
    let from = ids.iter().position(|x| x == id).ok_or(Error::NotFound { what: "entry" })?;
    let moved = ids.remove(from);
    ids.insert(to_index.min(ids.len()), moved);
    set_order(conn, strategy_id, kind, &ids)
}
