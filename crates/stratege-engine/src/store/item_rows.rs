//! How each kind of list entry maps to its table. Every table also has
//! `id`, `strategy_id` and `position`; the columns below follow them.

use super::columns::*;
use crate::error::Result;
use crate::model::*;
use rusqlite::Row;

pub(crate) fn table(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::TeamMember => "team_members",
        ItemKind::Objective => "objectives",
        ItemKind::Finding => "findings",
        ItemKind::Competitor => "competitors",
        ItemKind::Persona => "personas",
        ItemKind::Kpi => "kpis",
        ItemKind::Channel => "channels",
        ItemKind::ContentItem => "content_items",
    }
}

pub(crate) fn columns(kind: ItemKind) -> &'static [&'static str] {
    match kind {
        ItemKind::TeamMember => {
            &["name", "department", "department_other", "role", "contribution", "hours_per_week"]
        }
        ItemKind::Objective => &["kind", "other_label", "is_primary", "rationale"],
        ItemKind::Finding => &["source", "subject", "what_is_said", "search_terms"],
        ItemKind::Competitor => &["name", "platforms", "notes"],
        ItemKind::Persona => &[
            "name", "tagline", "demographics", "psychographics", "online_behaviour", "\"values\"",
            "challenges", "goals", "quote", "color", "priority", "picture",
        ],
        ItemKind::Kpi => &[
            "name", "definition", "funnel_stage", "unit", "baseline", "year", "q1", "q2", "q3", "q4",
            "owner_id",
        ],
        ItemKind::Channel => &[
            "platform", "custom_name", "reason", "content_pillars", "cadence_count", "cadence_period",
            "owner_id", "hours_per_week", "budget", "status", "drop_reason",
        ],
        ItemKind::ContentItem => &[
            "title", "brief", "channel_id", "persona_id", "pillar", "status", "date", "time",
            "owner_id", "notes",
        ],
    }
}

/// The values of `columns(item.kind())`, in that order.
pub(crate) fn values(item: ItemRef<'_>) -> Vec<Sql<'_>> {
    match item {
        ItemRef::TeamMember(x) => vec![
            text(&x.name),
            enum_text(x.department),
            text(&x.department_other),
            text(&x.role),
            text(&x.contribution),
            opt_real(x.hours_per_week),
        ],
        ItemRef::Objective(x) => {
            vec![enum_text(x.kind), text(&x.other_label), flag(x.is_primary), text(&x.rationale)]
        }
        ItemRef::Finding(x) => vec![
            text(&x.source),
            enum_text(x.subject),
            text(&x.what_is_said),
            list(&x.search_terms),
        ],
        ItemRef::Competitor(x) => vec![text(&x.name), list(&x.platforms), text(&x.notes)],
        ItemRef::Persona(x) => vec![
            text(&x.name),
            text(&x.tagline),
            text(&x.demographics),
            text(&x.psychographics),
            text(&x.online_behaviour),
            text(&x.values),
            text(&x.challenges),
            text(&x.goals),
            text(&x.quote),
            text(&x.color),
            enum_text(x.priority),
            opt_text(&x.picture),
        ],
        ItemRef::Kpi(x) => vec![
            text(&x.name),
            text(&x.definition),
            enum_text(x.funnel_stage),
            text(&x.unit),
            opt_real(x.baseline),
            opt_int(x.year.map(i64::from)),
            opt_real(x.q1),
            opt_real(x.q2),
            opt_real(x.q3),
            opt_real(x.q4),
            opt_text(&x.owner_id),
        ],
        ItemRef::Channel(x) => vec![
            enum_text(x.platform),
            text(&x.custom_name),
            text(&x.reason),
            list(&x.content_pillars),
            opt_int(x.cadence_count.map(i64::from)),
            enum_text(x.cadence_period),
            opt_text(&x.owner_id),
            opt_real(x.hours_per_week),
            opt_real(x.budget),
            enum_text(x.status),
            text(&x.drop_reason),
        ],
        ItemRef::ContentItem(x) => vec![
            text(&x.title),
            text(&x.brief),
            opt_text(&x.channel_id),
            opt_text(&x.persona_id),
            text(&x.pillar),
            enum_text(x.status),
            opt_text(&x.date),
            opt_text(&x.time),
            opt_text(&x.owner_id),
            text(&x.notes),
        ],
    }
}

fn small_int<T: TryFrom<i64>>(value: Option<i64>, column: &str) -> Result<Option<T>> {
    value
        .map(|v| T::try_from(v).map_err(|_| crate::error::Error::invalid(column, "is out of range")))
        .transpose()
}

/// Reads a row selected as `id, <columns(kind)>`. Links (channel ids) are filled in later.
pub(crate) fn from_row(kind: ItemKind, row: &Row) -> Result<Item> {
    let r = Reader { row };
    let id = r.text(0, "id")?;
    Ok(match kind {
        ItemKind::TeamMember => Item::TeamMember(TeamMember {
            id,
            name: r.text(1, "name")?,
            department: r.enumeration(2, "department")?,
            department_other: r.text(3, "department_other")?,
            role: r.text(4, "role")?,
            contribution: r.text(5, "contribution")?,
            hours_per_week: r.opt_real(6, "hours_per_week")?,
        }),
        ItemKind::Objective => Item::Objective(Objective {
            id,
            kind: r.enumeration(1, "kind")?,
            other_label: r.text(2, "other_label")?,
            is_primary: r.flag(3, "is_primary")?,
            rationale: r.text(4, "rationale")?,
        }),
        ItemKind::Finding => Item::Finding(Finding {
            id,
            source: r.text(1, "source")?,
            subject: r.enumeration(2, "subject")?,
            what_is_said: r.text(3, "what_is_said")?,
            search_terms: r.list(4, "search_terms")?,
        }),
        ItemKind::Competitor => Item::Competitor(Competitor {
            id,
            name: r.text(1, "name")?,
            platforms: r.list(2, "platforms")?,
            notes: r.text(3, "notes")?,
        }),
        ItemKind::Persona => Item::Persona(Persona {
            id,
            name: r.text(1, "name")?,
            tagline: r.text(2, "tagline")?,
            demographics: r.text(3, "demographics")?,
            psychographics: r.text(4, "psychographics")?,
            online_behaviour: r.text(5, "online_behaviour")?,
            values: r.text(6, "values")?,
            challenges: r.text(7, "challenges")?,
            goals: r.text(8, "goals")?,
            quote: r.text(9, "quote")?,
            color: r.text(10, "color")?,
            priority: r.enumeration(11, "priority")?,
            picture: r.opt_text(12, "picture")?,
            channel_ids: Vec::new(),
            primary_channel_ids: Vec::new(),
        }),
        ItemKind::Kpi => Item::Kpi(Kpi {
            id,
            name: r.text(1, "name")?,
            definition: r.text(2, "definition")?,
            funnel_stage: r.enumeration(3, "funnel_stage")?,
            unit: r.text(4, "unit")?,
            baseline: r.opt_real(5, "baseline")?,
            year: small_int(r.opt_int(6, "year")?, "year")?,
            q1: r.opt_real(7, "q1")?,
            q2: r.opt_real(8, "q2")?,
            q3: r.opt_real(9, "q3")?,
            q4: r.opt_real(10, "q4")?,
            owner_id: r.opt_text(11, "owner_id")?,
            channel_ids: Vec::new(),
        }),
        ItemKind::Channel => Item::Channel(Channel {
            id,
            platform: r.enumeration(1, "platform")?,
            custom_name: r.text(2, "custom_name")?,
            reason: r.text(3, "reason")?,
            content_pillars: r.list(4, "content_pillars")?,
            cadence_count: small_int(r.opt_int(5, "cadence_count")?, "cadence_count")?,
            cadence_period: r.enumeration(6, "cadence_period")?,
            owner_id: r.opt_text(7, "owner_id")?,
            hours_per_week: r.opt_real(8, "hours_per_week")?,
            budget: r.opt_real(9, "budget")?,
            status: r.enumeration(10, "status")?,
            drop_reason: r.text(11, "drop_reason")?,
        }),
        ItemKind::ContentItem => Item::ContentItem(ContentItem {
            id,
            title: r.text(1, "title")?,
            brief: r.text(2, "brief")?,
            channel_id: r.opt_text(3, "channel_id")?,
            persona_id: r.opt_text(4, "persona_id")?,
            pillar: r.text(5, "pillar")?,
            status: r.enumeration(6, "status")?,
            date: r.opt_text(7, "date")?,
            time: r.opt_text(8, "time")?,
            owner_id: r.opt_text(9, "owner_id")?,
            notes: r.text(10, "notes")?,
        }),
    })
}

/// The link table behind an entry's `channel_ids`, if it has one: (table, owner column).
pub(crate) fn channel_links(kind: ItemKind) -> Option<(&'static str, &'static str)> {
    match kind {
        ItemKind::Persona => Some(("persona_channels", "persona_id")),
        ItemKind::Kpi => Some(("kpi_channels", "kpi_id")),
        _ => None,
    }
}

pub(crate) fn channel_ids(item: ItemRef<'_>) -> &[String] {
    match item {
        ItemRef::Persona(x) => &x.channel_ids,
        ItemRef::Kpi(x) => &x.channel_ids,
        _ => &[],
    }
}

/// The link column that marks a channel as primary, for kinds whose links have degrees.
pub(crate) fn primary_link_column(kind: ItemKind) -> Option<&'static str> {
    match kind {
        ItemKind::Persona => Some("is_primary"),
        _ => None,
    }
}

pub(crate) fn primary_channel_ids(item: ItemRef<'_>) -> &[String] {
    match item {
        ItemRef::Persona(x) => &x.primary_channel_ids,
        _ => &[],
    }
}

pub(crate) fn primary_channel_ids_mut(item: &mut Item) -> Option<&mut Vec<String>> {
    match item {
        Item::Persona(x) => Some(&mut x.primary_channel_ids),
        _ => None,
    }
}

pub(crate) fn channel_ids_mut(item: &mut Item) -> Option<&mut Vec<String>> {
    match item {
        Item::Persona(x) => Some(&mut x.channel_ids),
        Item::Kpi(x) => Some(&mut x.channel_ids),
        _ => None,
    }
}

/// References from an entry to other entries of the same strategy: (kind, id, field).
pub(crate) fn references(item: ItemRef<'_>) -> Vec<(ItemKind, &str, &'static str)> {
    let mut refs: Vec<(ItemKind, &str, &'static str)> = Vec::new();
    let optional = [
        match item {
            ItemRef::Kpi(x) => (ItemKind::TeamMember, x.owner_id.as_deref(), "owner_id"),
            ItemRef::Channel(x) => (ItemKind::TeamMember, x.owner_id.as_deref(), "owner_id"),
            ItemRef::ContentItem(x) => (ItemKind::TeamMember, x.owner_id.as_deref(), "owner_id"),
            _ => (ItemKind::TeamMember, None, "owner_id"),
        },
        match item {
            ItemRef::ContentItem(x) => (ItemKind::Channel, x.channel_id.as_deref(), "channel_id"),
            _ => (ItemKind::Channel, None, "channel_id"),
        },
        match item {
            ItemRef::ContentItem(x) => (ItemKind::Persona, x.persona_id.as_deref(), "persona_id"),
            _ => (ItemKind::Persona, None, "persona_id"),
        },
    ];
    for (kind, id, field) in optional {
        if let Some(id) = id {
            refs.push((kind, id, field));
        }
    }
    for id in channel_ids(item) {
        refs.push((ItemKind::Channel, id.as_str(), "channel_ids"));
    }
    refs
}
