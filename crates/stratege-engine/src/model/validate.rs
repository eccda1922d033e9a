//! Field rules applied to every edit and to every row read from a foreign file:
//! bounded lengths, well-formed dates, times, colours and numbers.

use super::*;
use crate::error::{Error, Result};

/// Names and one-line fields.
pub const SHORT_TEXT_MAX: usize = 300;
/// Free text (descriptions, notes). Generous: a workshop pastes long texts.
pub const LONG_TEXT_MAX: usize = 20_000;
/// Entries in a list of short texts (search terms, pillars, dos...).
pub const LIST_MAX: usize = 200;
/// Largest number a quantity may hold; beyond it is a typo, not a plan.
pub const NUMBER_MAX: f64 = 1e15;

fn chars(field: &str, value: &str, max: usize) -> Result<()> {
    if value.contains('\0') {
        return Err(Error::invalid(field, "contains a NUL character"));
    }
    let count = value.chars().count();
    if count > max {
        return Err(Error::invalid(
            field,
            format!("is {count} characters long; at most {max} fit"),
        ));
    }
    Ok(())
}

pub fn short(field: &str, value: &str) -> Result<()> {
    chars(field, value, SHORT_TEXT_MAX)
}

pub fn long(field: &str, value: &str) -> Result<()> {
    chars(field, value, LONG_TEXT_MAX)
}

pub fn list(field: &str, values: &[String]) -> Result<()> {
    if values.len() > LIST_MAX {
        return Err(Error::invalid(
            field,
            format!("has {} entries; at most {LIST_MAX} fit", values.len()),
        ));
    }
    values.iter().try_for_each(|value| short(field, value))
}

pub fn ids(field: &str, values: &[String]) -> Result<()> {
    if values.len() > 10_000 {
        return Err(Error::invalid(field, "has too many references"));
    }
    values.iter().try_for_each(|value| short(field, value))
}

pub fn number(field: &str, value: Option<f64>) -> Result<()> {
    match value {
        Some(n) if !n.is_finite() || n.abs() > NUMBER_MAX => {
            Err(Error::invalid(field, "is not a usable number"))
        }
        Some(n) if n < 0.0 && field != "baseline" => {
            Err(Error::invalid(field, "cannot be negative"))
        }
        _ => Ok(()),
    }
}

pub fn color(field: &str, value: &str) -> Result<()> {
    let ok = value.len() == 7
        && value.starts_with('#')
        && value[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(field, "is not a colour like #1f3a5f"))
    }
}

pub fn date(field: &str, value: &Option<String>) -> Result<()> {
    match value {
        Some(text)
            if chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() || text.len() != 10 =>
        {
            Err(Error::invalid(field, "is not a date like 2026-03-31"))
        }
        _ => Ok(()),
    }
}

pub fn time(field: &str, value: &Option<String>) -> Result<()> {
    match value {
        Some(text)
            if chrono::NaiveTime::parse_from_str(text, "%H:%M").is_err() || text.len() != 5 =>
        {
            Err(Error::invalid(field, "is not a time like 09:30"))
        }
        _ => Ok(()),
    }
}

pub fn year(field: &str, value: Option<i32>) -> Result<()> {
    match value {
        Some(y) if !(1900..=2200).contains(&y) => {
            Err(Error::invalid(field, "is not a plausible year"))
        }
        _ => Ok(()),
    }
}

pub fn slot(slot: &RecurringSlot) -> Result<()> {
    short("id", &slot.id)?;
    if slot.id.trim().is_empty() {
        return Err(Error::invalid("id", "expected an id"));
    }
    short("channel_id", &slot.channel_id)?;
    if !(1..=7).contains(&slot.weekday) {
        return Err(Error::invalid(
            "weekday",
            "expected 1 (Monday) to 7 (Sunday)",
        ));
    }
    time("time", &Some(slot.time.clone()))
}

pub fn meta(meta: &StrategyMeta) -> Result<()> {
    short("id", &meta.id)?;
    short("title", &meta.title)?;
    if meta.title.trim().is_empty() {
        return Err(Error::invalid("title", "cannot be empty"));
    }
    short("client_name", &meta.client_name)?;
    short("consultant_name", &meta.consultant_name)?;
    short("consultant_firm", &meta.consultant_firm)?;
    if let Some(logo) = &meta.consultant_logo {
        // The picture rules, reported under this field's name.
        crate::picture::check(logo).map_err(|error| match error {
            Error::Invalid { message, .. } => Error::invalid("consultant_logo", message),
            other => other,
        })?;
    }
    date("start_date", &meta.start_date)?;
    date("end_date", &meta.end_date)?;
    if let (Some(start), Some(end)) = (&meta.start_date, &meta.end_date) {
        if end < start {
            return Err(Error::invalid("end_date", "comes before the start date"));
        }
    }
    color("accent_color", &meta.accent_color)?;
    long("differentiator", &meta.differentiator)?;
    list("proof_points", &meta.proof_points)?;
    long("voice", &meta.human.voice)?;
    list("spokespeople", &meta.human.spokespeople)?;
    long("response_promise", &meta.human.response_promise)?;
    list("dos", &meta.human.dos)?;
    list("donts", &meta.human.donts)?;
    short("created_at", &meta.created_at)?;
    short("updated_at", &meta.updated_at)
}

pub fn item(item: &Item) -> Result<()> {
    entry(item.view())
}

/// `item` for a borrowed entry.
pub fn entry(item: ItemRef<'_>) -> Result<()> {
    short("id", item.id())?;
    match item {
        ItemRef::TeamMember(x) => {
            short("name", &x.name)?;
            short("department_other", &x.department_other)?;
            short("role", &x.role)?;
            long("contribution", &x.contribution)?;
            number("hours_per_week", x.hours_per_week)
        }
        ItemRef::Objective(x) => {
            short("other_label", &x.other_label)?;
            long("rationale", &x.rationale)
        }
        ItemRef::Finding(x) => {
            short("source", &x.source)?;
            long("what_is_said", &x.what_is_said)?;
            list("search_terms", &x.search_terms)
        }
        ItemRef::Competitor(x) => {
            short("name", &x.name)?;
            long("notes", &x.notes)
        }
        ItemRef::Persona(x) => {
            short("name", &x.name)?;
            short("tagline", &x.tagline)?;
            for (field, value) in [
                ("demographics", &x.demographics),
                ("psychographics", &x.psychographics),
                ("online_behaviour", &x.online_behaviour),
                ("values", &x.values),
                ("challenges", &x.challenges),
                ("goals", &x.goals),
                ("quote", &x.quote),
            ] {
                long(field, value)?;
            }
            color("color", &x.color)?;
            if let Some(picture) = &x.picture {
                crate::picture::check(picture)?;
            }
            ids("channel_ids", &x.channel_ids)?;
            ids("primary_channel_ids", &x.primary_channel_ids)?;
            // Primary is a degree of reachable: a primary channel is also in `channel_ids`.
            if x.primary_channel_ids
                .iter()
                .any(|id| !x.channel_ids.contains(id))
            {
                return Err(Error::invalid(
                    "primary_channel_ids",
                    "names a channel the persona is not reachable on",
                ));
            }
            Ok(())
        }
        ItemRef::Kpi(x) => {
            short("name", &x.name)?;
            long("definition", &x.definition)?;
            short("unit", &x.unit)?;
            number("baseline", x.baseline)?;
            year("year", x.year)?;
            for (field, value) in [("q1", x.q1), ("q2", x.q2), ("q3", x.q3), ("q4", x.q4)] {
                number(field, value)?;
            }
            ids("channel_ids", &x.channel_ids)
        }
        ItemRef::Channel(x) => {
            short("custom_name", &x.custom_name)?;
            long("reason", &x.reason)?;
            list("content_pillars", &x.content_pillars)?;
            number("cadence_count", x.cadence_count.map(f64::from))?;
            number("hours_per_week", x.hours_per_week)?;
            number("budget", x.budget)?;
            long("drop_reason", &x.drop_reason)
        }
        ItemRef::ContentItem(x) => {
            short("title", &x.title)?;
            long("brief", &x.brief)?;
            short("pillar", &x.pillar)?;
            date("date", &x.date)?;
            time("time", &x.time)?;
            if x.date.is_none() && x.time.is_some() {
                return Err(Error::invalid("time", "needs a date"));
            }
            long("notes", &x.notes)
        }
    }
}
