//! Whole strategies: the header row, and the aggregate read and write used by
//! the library, duplication and `.strategy` files alike.

use super::checks::{check, Checked};
use super::columns::*;
use super::{items, new_rows};
use crate::error::{Error, Result};
use crate::exchange::phases::mark;
use crate::model::*;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

const META_COLUMNS: &[&str] = &[
    "title",
    "client_name",
    "consultant_name",
    "consultant_firm",
    "language",
    "start_date",
    "end_date",
    "accent_color",
    "maturity",
    "differentiator",
    "proof_points",
    "human_voice",
    "human_spokespeople",
    "human_response_promise",
    "human_dos",
    "human_donts",
    "archived",
    "created_at",
    "updated_at",
    "consultant_logo",
];

fn meta_values(meta: &StrategyMeta) -> Vec<Sql<'_>> {
    vec![
        text(&meta.title),
        text(&meta.client_name),
        text(&meta.consultant_name),
        text(&meta.consultant_firm),
        enum_text(meta.language),
        opt_text(&meta.start_date),
        opt_text(&meta.end_date),
        text(&meta.accent_color),
        enum_text(meta.maturity),
        text(&meta.differentiator),
        list(&meta.proof_points),
        text(&meta.human.voice),
        list(&meta.human.spokespeople),
        text(&meta.human.response_promise),
        list(&meta.human.dos),
        list(&meta.human.donts),
        flag(meta.archived),
        text(&meta.created_at),
        text(&meta.updated_at),
        opt_text(&meta.consultant_logo),
    ]
}

fn meta_from_row(row: &rusqlite::Row) -> Result<StrategyMeta> {
    let r = Reader { row };
    Ok(StrategyMeta {
        id: r.text(0, "id")?,
        title: r.text(1, "title")?,
        client_name: r.text(2, "client_name")?,
        consultant_name: r.text(3, "consultant_name")?,
        consultant_firm: r.text(4, "consultant_firm")?,
        language: r.enumeration(5, "language")?,
        start_date: r.opt_text(6, "start_date")?,
        end_date: r.opt_text(7, "end_date")?,
        accent_color: r.text(8, "accent_color")?,
        maturity: r.enumeration(9, "maturity")?,
        differentiator: r.text(10, "differentiator")?,
        proof_points: r.list(11, "proof_points")?,
        human: HumanPlan {
            voice: r.text(12, "human_voice")?,
            spokespeople: r.list(13, "human_spokespeople")?,
            response_promise: r.text(14, "human_response_promise")?,
            dos: r.list(15, "human_dos")?,
            donts: r.list(16, "human_donts")?,
        },
        archived: r.flag(17, "archived")?,
        created_at: r.text(18, "created_at")?,
        updated_at: r.text(19, "updated_at")?,
        consultant_logo: r.opt_text(20, "consultant_logo")?,
    })
}

fn select_meta_sql(filter: &str) -> String {
    format!(
        "SELECT id, {} FROM strategies {filter}",
        META_COLUMNS.join(", ")
    )
}

pub(crate) fn load_meta(conn: &Connection, id: &str) -> Result<StrategyMeta> {
    let mut statement = conn.prepare_cached(&select_meta_sql("WHERE id = ?1"))?;
    let mut rows = statement.query([id])?;
    match rows.next()? {
        Some(row) => meta_from_row(row),
        None => Err(Error::NotFound { what: "strategy" }),
    }
}

pub(crate) fn load_all_meta(conn: &Connection) -> Result<Vec<StrategyMeta>> {
    let mut statement = conn.prepare_cached(&select_meta_sql("ORDER BY updated_at DESC, rowid"))?;
    let mut rows = statement.query([])?;
    let mut metas = Vec::new();
    while let Some(row) = rows.next()? {
        metas.push(meta_from_row(row)?);
    }
    Ok(metas)
}

/// Inserts or updates the header row.
pub(crate) fn save_meta(conn: &Connection, meta: &StrategyMeta) -> Result<()> {
    validate::meta(meta)?;
    let placeholders: Vec<String> = (0..META_COLUMNS.len())
        .map(|i| format!("?{}", i + 2))
        .collect();
    let updates: Vec<String> = META_COLUMNS
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    let sql = format!(
        "INSERT INTO strategies (id, {}) VALUES (?1, {}) ON CONFLICT(id) DO UPDATE SET {}",
        META_COLUMNS.join(", "),
        placeholders.join(", "),
        updates.join(", ")
    );
    let mut values = vec![text(&meta.id)];
    values.extend(meta_values(meta));
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values))?;
    Ok(())
}

pub(crate) fn exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM strategies WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Bumps `updated_at` after an edit.
pub(crate) fn touch(conn: &Connection, id: &str, now: &str) -> Result<()> {
    match conn.execute(
        "UPDATE strategies SET updated_at = ?1 WHERE id = ?2",
        params![now, id],
    )? {
        0 => Err(Error::NotFound { what: "strategy" }),
        _ => Ok(()),
    }
}

/// Reads a whole strategy: header and every list, in order.
pub(crate) fn load(conn: &Connection, id: &str) -> Result<Strategy> {
    let meta = load_meta(conn, id)?;
    let list = |kind| items::load(conn, id, kind);
    macro_rules! only {
        ($kind:ident) => {
            list(ItemKind::$kind)?
                .into_iter()
                .filter_map(|item| match item {
                    Item::$kind(x) => Some(x),
                    _ => None,
                })
                .collect()
        };
    }
    Ok(Strategy {
        team: only!(TeamMember),
        objectives: only!(Objective),
        findings: only!(Finding),
        competitors: only!(Competitor),
        personas: only!(Persona),
        kpis: only!(Kpi),
        channels: only!(Channel),
        content: only!(ContentItem),
        slots: super::slot_rows::load(conn, id)?,
        meta,
    })
}

/// The list kinds in an order where references come first.
pub(crate) const DEPENDENCY_ORDER: [ItemKind; 8] = [
    ItemKind::TeamMember,
    ItemKind::Objective,
    ItemKind::Finding,
    ItemKind::Competitor,
    ItemKind::Channel,
    ItemKind::Persona,
    ItemKind::Kpi,
    ItemKind::ContentItem,
];

/// The entries of one kind, borrowed, in list order.
pub(crate) fn entries_of(strategy: &Strategy, kind: ItemKind) -> Vec<ItemRef<'_>> {
    match kind {
        ItemKind::TeamMember => strategy.team.iter().map(ItemRef::TeamMember).collect(),
        ItemKind::Objective => strategy.objectives.iter().map(ItemRef::Objective).collect(),
        ItemKind::Finding => strategy.findings.iter().map(ItemRef::Finding).collect(),
        ItemKind::Competitor => strategy
            .competitors
            .iter()
            .map(ItemRef::Competitor)
            .collect(),
        ItemKind::Persona => strategy.personas.iter().map(ItemRef::Persona).collect(),
        ItemKind::Kpi => strategy.kpis.iter().map(ItemRef::Kpi).collect(),
        ItemKind::Channel => strategy.channels.iter().map(ItemRef::Channel).collect(),
        ItemKind::ContentItem => strategy.content.iter().map(ItemRef::ContentItem).collect(),
    }
}

/// Every entry of a strategy, borrowed, in an order where references come first.
pub(crate) fn entries(strategy: &Strategy) -> Vec<ItemRef<'_>> {
    DEPENDENCY_ORDER
        .iter()
        .flat_map(|kind| entries_of(strategy, *kind))
        .collect()
}

/// Every entry of a strategy as `Item`s, in an order where references come first.
pub fn items_in_dependency_order(strategy: &Strategy) -> Vec<Item> {
    entries(strategy)
        .into_iter()
        .map(ItemRef::to_item)
        .collect()
}

/// Writes a whole new strategy (sample, duplicate, export). Fails if its id
/// exists, or if a field or a reference between its entries is wrong.
pub(crate) fn insert(conn: &Connection, strategy: &Strategy) -> Result<()> {
    refuse_existing(conn, &strategy.meta.id)?;
    check(strategy)?;
    mark("check strategy");
    write_new(conn, strategy)
}

/// The same for a strategy already checked (a file being imported).
pub(crate) fn insert_checked(conn: &Connection, strategy: &Checked) -> Result<()> {
    refuse_existing(conn, &strategy.meta.id)?;
    write_new(conn, strategy)
}

fn refuse_existing(conn: &Connection, id: &str) -> Result<()> {
    if exists(conn, id)? {
        return Err(Error::invalid(
            "id",
            "a strategy with this id is already in the library",
        ));
    }
    Ok(())
}

fn write_new(conn: &Connection, strategy: &Strategy) -> Result<()> {
    save_meta(conn, &strategy.meta)?;
    new_rows::insert(conn, strategy)
}
