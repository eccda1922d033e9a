//! iCalendar (RFC 5545) export of the dated content items.
//!
//! A small writer rather than a crate: it only needs VCALENDAR/VEVENT, text
//! escaping (§3.3.11) and line folding (§3.1), each tested here and checked by
//! an independent parser (`tests/ics/check_ics.py`, Python's `icalendar`).
//!
//! Times. An item without a time is an all-day event (`VALUE=DATE`, DTEND the
//! next day). A timed item is a wall-clock time in the consultant's time zone:
//! given that zone (the app passes the OS one, the CLI takes `--tz`), it is
//! converted to UTC (`...Z`), which every client reads the same way and needs
//! no VTIMEZONE block; a time skipped by a DST change moves forward by the gap,
//! an ambiguous one takes its first occurrence. Without a zone the time is
//! written "floating" (§3.3.5 form 1): the same hour wherever it is opened.

use super::grid::parse_day;
use super::labels;
use crate::error::{Error, Result};
use crate::model::{ContentStatus, Language, Strategy};
use chrono::{DateTime, Days, LocalResult, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

pub struct IcsOptions {
    /// `None`: floating local times.
    pub time_zone: Option<Tz>,
    /// DTSTAMP of every event: when the file was made.
    pub stamp: DateTime<Utc>,
    pub language: Language,
}

/// An IANA zone name ("Europe/Paris"), or an `Invalid` error naming it.
pub fn parse_time_zone(name: &str) -> Result<Tz> {
    name.trim().parse::<Tz>().map_err(|_| Error::invalid("time_zone", format!("unknown time zone {name:?}")))
}

/// TEXT value escaping: backslash, semicolon, comma, and newlines as `\n`.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no line exceeds 75 octets (CRLF excluded),
/// never inside a UTF-8 sequence; continuation lines start with a space.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}

fn status(s: ContentStatus) -> &'static str {
    match s {
        ContentStatus::Idea | ContentStatus::Draft | ContentStatus::InReview => "TENTATIVE",
        ContentStatus::Approved | ContentStatus::Scheduled | ContentStatus::Published => "CONFIRMED",
    }
}

/// The UTC instant of a wall-clock time in `zone`, across DST changes.
pub fn to_utc(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        // In a spring-forward gap: the same offset as just before the gap, which
        // lands the post the gap's length later on the new clock (02:30 → 03:30).
        LocalResult::None => {
            let before = zone.offset_from_utc_datetime(&(local - chrono::Duration::days(1)));
            Utc.from_utc_datetime(&(local - chrono::Duration::seconds(before.fix().local_minus_utc().into())))
        }
    }
}

/// The whole calendar as an `.ics` text (CRLF line ends).
pub fn to_ics(strategy: &Strategy, options: &IcsOptions) -> Result<String> {
    let lang = options.language;
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Stratege//Editorial calendar//FR".into(),
        "CALSCALE:GREGORIAN".into(),
        format!("X-WR-CALNAME:{}", escape_text(&strategy.meta.title)),
    ];
    let stamp = options.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    let names = labels::Names::new(strategy, lang);
    for item in &strategy.content {
        let Some(date) = item.date.as_deref() else { continue };
        let day = parse_day(date)?;
        lines.push("BEGIN:VEVENT".into());
        // Stable: the same item keeps its UID across exports, so calendars update it.
        lines.push(format!("UID:{}@stratege", item.id));
        lines.push(format!("DTSTAMP:{stamp}"));
        match item.time.as_deref() {
            None => {
                let next = day.checked_add_days(Days::new(1)).ok_or_else(|| Error::invalid("date", "out of range"))?;
                lines.push(format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
                lines.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            }
            Some(time) => {
                let time = NaiveTime::parse_from_str(time, "%H:%M").map_err(|_| Error::invalid("time", "expected HH:MM"))?;
                let local = day.and_time(time);
                match options.time_zone {
                    Some(zone) => lines.push(format!("DTSTART:{}", to_utc(local, zone).format("%Y%m%dT%H%M%SZ"))),
                    None => lines.push(format!("DTSTART:{}", local.format("%Y%m%dT%H%M%S"))),
                }
            }
        }
        let title = if item.title.trim().is_empty() { labels::untitled(lang) } else { item.title.trim() };
        lines.push(format!("SUMMARY:{}", escape_text(title)));
        let description = names.description(item);
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
        }
        if let Some(channel) = names.channel(item) {
            lines.push(format!("CATEGORIES:{}", escape_text(&channel)));
        }
        lines.push(format!("STATUS:{}", status(item.status)));
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    Ok(lines.iter().map(|l| fold_line(l)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContentItem;

    fn strategy_with(items: Vec<ContentItem>) -> Strategy {
        let mut s = crate::sample::strategy();
        s.content = items;
        s
    }

    fn item(id: &str, title: &str, date: Option<&str>, time: Option<&str>) -> ContentItem {
        let mut it = crate::sample::strategy().content[0].clone();
        it.id = id.into();
        it.title = title.into();
        it.date = date.map(Into::into);
        it.time = time.map(Into::into);
        it
    }

    fn options(zone: Option<&str>) -> IcsOptions {
        IcsOptions {
            time_zone: zone.map(|z| parse_time_zone(z).unwrap()),
            stamp: Utc.with_ymd_and_hms(2026, 11, 26, 17, 0, 0).unwrap(),
            language: Language::Fr,
        }
    }

    /// Unfolds, then splits into content lines.
    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "").split("\r\n").map(str::to_string).collect()
    }

    #[test]
    fn escapes_the_text_specials() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(escape_text("Crème brûlée: 3€"), "Crème brûlée: 3€");
        assert_eq!(escape_text("bell\u{7}"), "bell");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let long = format!("SUMMARY:{}", "é".repeat(100));
        let folded = fold_line(&long);
        for line in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
        assert_eq!(fold_line("SHORT"), "SHORT\r\n");
        let exact = "X".repeat(75);
        assert_eq!(fold_line(&exact), format!("{exact}\r\n"));
        assert_eq!(fold_line(&format!("{exact}Y")), format!("{exact}\r\n Y\r\n"));
    }

    #[test]
    fn all_day_events_end_the_next_day_across_month_ends_and_leap_days() {
        let s = strategy_with(vec![
            item("leap", "Bissextile", Some("2028-02-29"), None),
            item("eoy", "Réveillon", Some("2026-12-31"), None),
            item("feb", "Fin février", Some("2027-02-28"), None),
        ]);
        let lines = unfolded(&to_ics(&s, &options(None)).unwrap());
        let has = |l: &str| lines.iter().any(|x| x == l);
        assert!(has("DTSTART;VALUE=DATE:20280229") && has("DTEND;VALUE=DATE:20280301"));
        assert!(has("DTSTART;VALUE=DATE:20261231") && has("DTEND;VALUE=DATE:20270101"));
        assert!(has("DTSTART;VALUE=DATE:20270228") && has("DTEND;VALUE=DATE:20270301"));
        assert!(has("UID:leap@stratege"));
    }

    #[test]
    fn timed_events_follow_daylight_saving_in_utc() {
        let s = strategy_with(vec![
            item("winter", "Hiver", Some("2026-03-28"), Some("12:30")),
            item("summer", "Été", Some("2026-03-29"), Some("12:30")),
            item("gap", "Trou", Some("2026-03-29"), Some("02:30")),
            item("twice", "Deux fois", Some("2026-10-25"), Some("02:30")),
            item("ny", "New York", Some("2026-03-08"), Some("09:00")),
        ]);
        let paris = unfolded(&to_ics(&s, &options(Some("Europe/Paris"))).unwrap());
        let has = |lines: &[String], l: &str| lines.iter().any(|x| x == l);
        assert!(has(&paris, "DTSTART:20260328T113000Z"), "CET is UTC+1");
        assert!(has(&paris, "DTSTART:20260329T103000Z"), "CEST is UTC+2 from the last Sunday of March");
        assert!(has(&paris, "DTSTART:20260329T013000Z"), "02:30 does not exist that night: 03:30 CEST");
        assert!(has(&paris, "DTSTART:20261025T003000Z"), "02:30 happens twice: the first (CEST)");
        let new_york = unfolded(&to_ics(&s, &options(Some("America/New_York"))).unwrap());
        assert!(has(&new_york, "DTSTART:20260308T130000Z"), "EDT from the second Sunday of March");
        let floating = unfolded(&to_ics(&s, &options(None)).unwrap());
        assert!(has(&floating, "DTSTART:20260329T123000"));
    }

    #[test]
    fn backlog_items_are_not_events_and_texts_survive() {
        let mut dated = item("a", "Brunch, œufs; «pain» \\ four\nlundi", Some("2026-05-04"), Some("08:05"));
        dated.brief = "Ligne 1\nLigne 2".into();
        let s = strategy_with(vec![dated, item("b", "Idée", None, None)]);
        let ics = to_ics(&s, &options(Some("Europe/Paris"))).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        let lines = unfolded(&ics);
        assert!(lines.iter().any(|l| l == "SUMMARY:Brunch\\, œufs\\; «pain» \\\\ four\\nlundi"));
        assert!(ics.lines().all(|l| l.len() <= 75));
    }

    #[test]
    fn unknown_zones_are_refused() {
        assert!(parse_time_zone("Mars/Olympus").is_err());
        assert!(parse_time_zone("Europe/Paris").is_ok());
    }
}
