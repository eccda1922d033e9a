//! Calendar grids: the days a month or a week view shows, and stepping between
//! them. Pure chrono date maths on calendar days (no time zones involved).

use crate::error::{Error, Result};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The first column of a week: Monday in France (ISO 8601), Sunday in the US.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WeekStart {
    Monday,
    Sunday,
}

impl WeekStart {
    /// From a BCP 47 locale ("fr-FR", "en-US", "en_GB"...). Sunday where CLDR
    /// says so for the common locales of our users; Monday otherwise (ISO).
    pub fn for_locale(locale: &str) -> WeekStart {
        let normalized = locale.trim().replace('_', "-").to_ascii_lowercase();
        let region = normalized.split('-').nth(1).unwrap_or("");
        let sunday_regions = ["us", "ca", "mx", "br", "jp", "il", "ph", "au"];
        if normalized == "en" || sunday_regions.contains(&region) {
            WeekStart::Sunday
        } else {
            WeekStart::Monday
        }
    }

    fn weekday(self) -> Weekday {
        match self {
            WeekStart::Monday => Weekday::Mon,
            WeekStart::Sunday => Weekday::Sun,
        }
    }
}

#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CalendarView {
    Month,
    Week,
}

/// One cell of a grid.
#[derive(Serialize, TS, Clone, Debug, PartialEq, Eq)]
#[ts(export)]
pub struct GridDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// ISO weekday, 1 = Monday ... 7 = Sunday (recurring slots use it).
    pub weekday: u8,
    /// False for the leading and trailing days of the neighbouring months.
    pub in_month: bool,
}

/// What a month or week view shows, and where previous / next lead.
#[derive(Serialize, TS, Clone, Debug, PartialEq, Eq)]
#[ts(export)]
pub struct CalendarGrid {
    pub view: CalendarView,
    /// The day the view was asked for (kept when stepping months: 31 → 30).
    pub anchor: String,
    /// `YYYY-MM` of the anchor: the month the title names.
    pub month: String,
    /// Whole weeks, row by row (7 days each).
    pub days: Vec<GridDay>,
    pub previous: String,
    pub next: String,
}

pub fn format_day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn parse_day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| Error::invalid("date", "expected a real day as YYYY-MM-DD"))
}

/// The first day of the week holding `date`.
pub fn week_start_of(date: NaiveDate, start: WeekStart) -> NaiveDate {
    date.week(start.weekday()).first_day()
}

/// The seven days of the week holding `date`.
pub fn week_days(date: NaiveDate, start: WeekStart) -> Vec<NaiveDate> {
    week_start_of(date, start).iter_days().take(7).collect()
}

/// Whole weeks covering the month of `date` (4 to 6 rows).
pub fn month_days(date: NaiveDate, start: WeekStart) -> Vec<NaiveDate> {
    let first = date.with_day(1).unwrap_or(date);
    let last = first.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(first);
    let from = week_start_of(first, start);
    let to = week_start_of(last, start) + Days::new(6);
    from.iter_days().take_while(|d| *d <= to).collect()
}

/// `date` moved by `months`, clamped to the end of shorter months (Jan 31 → Feb 28/29).
pub fn shift_months(date: NaiveDate, months: i32) -> NaiveDate {
    let shifted = if months >= 0 {
        date.checked_add_months(Months::new(months.unsigned_abs()))
    } else {
        date.checked_sub_months(Months::new(months.unsigned_abs()))
    };
    shifted.unwrap_or(date)
}

/// The grid of `view` around `anchor`.
pub fn grid(view: CalendarView, anchor: NaiveDate, start: WeekStart) -> CalendarGrid {
    let (days, previous, next) = match view {
        CalendarView::Month => (month_days(anchor, start), shift_months(anchor, -1), shift_months(anchor, 1)),
        CalendarView::Week => (week_days(anchor, start), anchor - Days::new(7), anchor + Days::new(7)),
    };
    let month = (anchor.year(), anchor.month());
    CalendarGrid {
        view,
        anchor: format_day(anchor),
        month: anchor.format("%Y-%m").to_string(),
        days: days
            .into_iter()
            .map(|d| GridDay {
                date: format_day(d),
                weekday: d.weekday().number_from_monday() as u8,
                in_month: view == CalendarView::Week || (d.year(), d.month()) == month,
            })
            .collect(),
        previous: format_day(previous),
        next: format_day(next),
    }
}

/// The grid around `anchor` (`YYYY-MM-DD`), or around today on this computer.
pub fn grid_at(view: CalendarView, anchor: Option<&str>, start: WeekStart) -> Result<CalendarGrid> {
    let anchor = match anchor {
        Some(text) => parse_day(text)?,
        None => chrono::Local::now().date_naive(),
    };
    Ok(grid(view, anchor, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        parse_day(text).unwrap()
    }

    #[test]
    fn locales_pick_the_first_weekday() {
        assert_eq!(WeekStart::for_locale("fr-FR"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("fr"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("en-US"), WeekStart::Sunday);
        assert_eq!(WeekStart::for_locale("en_us"), WeekStart::Sunday);
        assert_eq!(WeekStart::for_locale("en-GB"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("fr-CA"), WeekStart::Sunday);
    }

    #[test]
    fn a_month_grid_is_whole_weeks_from_the_locale_first_day() {
        // March 2026 starts on a Sunday and ends on a Tuesday.
        let monday = month_days(day("2026-03-15"), WeekStart::Monday);
        assert_eq!(monday.first(), Some(&day("2026-02-23")));
        assert_eq!(monday.last(), Some(&day("2026-04-05")));
        assert_eq!(monday.len(), 42);
        let sunday = month_days(day("2026-03-15"), WeekStart::Sunday);
        assert_eq!(sunday.first(), Some(&day("2026-03-01")));
        assert_eq!(sunday.last(), Some(&day("2026-04-04")));
        assert_eq!(sunday.len(), 35);
        // February 2021 fills exactly four Monday weeks.
        assert_eq!(month_days(day("2021-02-10"), WeekStart::Monday).len(), 28);
    }

    #[test]
    fn leap_february_has_its_29th() {
        let days = month_days(day("2028-02-01"), WeekStart::Monday);
        assert!(days.contains(&day("2028-02-29")));
        let feb_2027 = grid(CalendarView::Month, day("2027-02-01"), WeekStart::Monday);
        let last = feb_2027.days.iter().rfind(|d| d.in_month).map(|d| d.date.clone());
        assert_eq!(last.as_deref(), Some("2027-02-28"));
        let g = grid(CalendarView::Month, day("2028-02-29"), WeekStart::Monday);
        assert_eq!(g.previous, "2028-01-29");
        assert_eq!(g.next, "2028-03-29");
        assert_eq!(g.month, "2028-02");
    }

    #[test]
    fn stepping_months_clamps_month_ends() {
        assert_eq!(shift_months(day("2026-01-31"), 1), day("2026-02-28"));
        assert_eq!(shift_months(day("2028-01-31"), 1), day("2028-02-29"));
        assert_eq!(shift_months(day("2026-03-31"), -1), day("2026-02-28"));
        assert_eq!(shift_months(day("2026-12-15"), 1), day("2027-01-15"));
        assert_eq!(shift_months(day("2026-01-15"), -1), day("2025-12-15"));
    }

    #[test]
    fn a_week_crosses_months_and_years() {
        let g = grid(CalendarView::Week, day("2026-12-31"), WeekStart::Monday);
        let dates: Vec<&str> = g.days.iter().map(|d| d.date.as_str()).collect();
        assert_eq!(dates, ["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]);
        assert_eq!(g.days[0].weekday, 1);
        assert_eq!(g.days[6].weekday, 7);
        assert_eq!(g.next, "2027-01-07");
        assert_eq!(g.previous, "2026-12-24");
        let sunday = grid(CalendarView::Week, day("2026-03-29"), WeekStart::Sunday);
        assert_eq!(sunday.days[0].date, "2026-03-29");
        assert_eq!(sunday.days[0].weekday, 7);
    }

    #[test]
    fn month_cells_know_their_month() {
        let g = grid(CalendarView::Month, day("2026-03-10"), WeekStart::Monday);
        assert!(!g.days[0].in_month);
        assert!(g.days.iter().filter(|d| d.in_month).count() == 31);
    }

    #[test]
    fn unreal_days_are_refused() {
        assert!(parse_day("2027-02-29").is_err());
        assert!(parse_day("2026-13-01").is_err());
        assert!(parse_day("12/03/2026").is_err());
    }
}
