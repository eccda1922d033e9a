//! What the checks share, computed once per evaluation: lookups by id and the
//! content counts of the calendar window, so no check scans the calendar
//! more than once (5,000 items must cost well under 5 ms).

use crate::model::{Channel, ChannelStatus, Strategy};
use chrono::{Days, NaiveDate};
use std::collections::{HashMap, HashSet};

/// Length of the calendar window the coach looks at, in days (4 weeks).
pub const WINDOW_DAYS: u64 = 28;

/// The strategy under review and its precomputed indexes.
pub struct Context<'a> {
    pub(crate) strategy: &'a Strategy,
    /// First day of the calendar window: `today`, or the strategy's start date
    /// when that is later, so a plan prepared ahead is judged on its first weeks.
    pub(crate) window_start: NaiveDate,
    /// First day after the window.
    pub(crate) window_end: NaiveDate,
    channels: HashMap<&'a str, &'a Channel>,
    members: HashSet<&'a str>,
    /// Channels that at least one persona lists as a place to reach them.
    channels_with_persona: HashSet<&'a str>,
    /// Channels that at least one KPI measures.
    channels_with_kpi: HashSet<&'a str>,
    /// Content items with a date (the calendar rather than the backlog).
    pub(crate) dated_content: usize,
    content_in_window_by_channel: HashMap<&'a str, u32>,
    content_in_window_by_persona: HashMap<&'a str, u32>,
}

impl<'a> Context<'a> {
    pub fn new(strategy: &'a Strategy, today: NaiveDate) -> Context<'a> {
        let start = strategy.meta.start_date.as_deref().and_then(parse_date);
        let window_start = start.map_or(today, |start| start.max(today));
        let window_end = window_start
            .checked_add_days(Days::new(WINDOW_DAYS))
            .unwrap_or(NaiveDate::MAX);
        let mut context = Context {
            strategy,
            window_start,
            window_end,
            channels: strategy
                .channels
                .iter()
                .map(|c| (c.id.as_str(), c))
                .collect(),
            members: strategy.team.iter().map(|m| m.id.as_str()).collect(),
            channels_with_persona: strategy
                .personas
                .iter()
                .flat_map(|p| p.channel_ids.iter().map(String::as_str))
                .collect(),
            channels_with_kpi: strategy
                .kpis
                .iter()
                .flat_map(|k| k.channel_ids.iter().map(String::as_str))
                .collect(),
            dated_content: 0,
            content_in_window_by_channel: HashMap::new(),
            content_in_window_by_persona: HashMap::new(),
        };
        for item in &strategy.content {
            let Some(date) = item.date.as_deref() else {
                continue;
            };
            context.dated_content += 1;
            if !parse_date(date).is_some_and(|d| window_start <= d && d < window_end) {
                continue;
            }
            if let Some(channel) = item.channel_id.as_deref() {
                *context
                    .content_in_window_by_channel
                    .entry(channel)
                    .or_default() += 1;
            }
            if let Some(persona) = item.persona_id.as_deref() {
                *context
                    .content_in_window_by_persona
                    .entry(persona)
                    .or_default() += 1;
            }
        }
        context
    }

    pub(crate) fn channel(&self, id: &str) -> Option<&'a Channel> {
        self.channels.get(id).copied()
    }

    /// Channels the plan still holds: channel rules ignore dropped ones.
    pub(crate) fn planned_channels(&self) -> impl Iterator<Item = &'a Channel> {
        self.strategy
            .channels
            .iter()
            .filter(|c| c.status != ChannelStatus::Dropped)
    }

    /// A persona can be reached on a channel that exists and runs now (active or test).
    pub(crate) fn is_running(&self, channel_id: &str) -> bool {
        self.channel(channel_id)
            .is_some_and(|c| is_running(c.status))
    }

    pub(crate) fn is_member(&self, id: Option<&str>) -> bool {
        id.is_some_and(|id| self.members.contains(id))
    }

    pub(crate) fn has_persona(&self, channel_id: &str) -> bool {
        self.channels_with_persona.contains(channel_id)
    }

    pub(crate) fn has_kpi(&self, channel_id: &str) -> bool {
        self.channels_with_kpi.contains(channel_id)
    }

    pub(crate) fn content_in_window_on(&self, channel_id: &str) -> u32 {
        self.content_in_window_by_channel
            .get(channel_id)
            .copied()
            .unwrap_or(0)
    }

    pub(crate) fn content_in_window_for(&self, persona_id: &str) -> u32 {
        self.content_in_window_by_persona
            .get(persona_id)
            .copied()
            .unwrap_or(0)
    }

    /// The window's last day, for messages ("from 4 to 31 January").
    pub(crate) fn window_last_day(&self) -> NaiveDate {
        self.window_end.pred_opt().unwrap_or(self.window_end)
    }
}

pub(crate) fn is_running(status: ChannelStatus) -> bool {
    matches!(status, ChannelStatus::Active | ChannelStatus::Test)
}

/// `YYYY-MM-DD` without the general parser: this runs for every content item.
/// Anything else (which validation refuses anyway) reads as no date.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(parse_date("2027-01-04"), Some(day(2027, 1, 4)));
        for bad in [
            "2027-1-04",
            "2027-02-30",
            "20270104xx",
            "abcd-ef-gh",
            "",
            "2027-01-04 ",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_window_is_four_weeks_from_today_or_from_the_start_date() {
        let s = sample::strategy();
        let before_start = Context::new(&s, day(2026, 11, 26));
        assert_eq!(before_start.window_start, day(2027, 1, 4));
        assert_eq!(before_start.window_end, day(2027, 2, 1));
        let later = Context::new(&s, day(2027, 3, 1));
        assert_eq!(later.window_start, day(2027, 3, 1));
        assert_eq!(later.window_last_day(), day(2027, 3, 28));
    }

    #[test]
    fn content_is_counted_inside_the_window_only() {
        let mut s = sample::strategy();
        let channel = s.channels[0].id.clone();
        let in_window = s
            .content
            .iter()
            .filter(|c| c.channel_id.as_deref() == Some(channel.as_str()))
            .filter(|c| {
                c.date
                    .as_deref()
                    .is_some_and(|d| ("2027-01-04".."2027-02-01").contains(&d))
            })
            .count();
        let context = Context::new(&s, day(2027, 1, 4));
        assert_eq!(context.content_in_window_on(&channel) as usize, in_window);
        assert!(in_window > 0);
        let dated = s.content.iter().filter(|c| c.date.is_some()).count();
        assert_eq!(context.dated_content, dated);
        s.content.clear();
        assert_eq!(
            Context::new(&s, day(2027, 1, 4)).content_in_window_on(&channel),
            0
        );
    }
}
