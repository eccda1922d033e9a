//! Dates and numbers as a French or an English reader expects them:
//! « 4 janvier 2027 », « 1 200,5 », « 3 600 € » / "January 4, 2027",
//! "1,200.5", "€3,600". French thousands are grouped with a no-break space.

use super::fonts::NBSP;
use crate::model::Language;
use chrono::{Datelike, NaiveDate, Weekday};

const MONTHS_FR: [&str; 12] = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

/// Full month name, lower case in French as the language writes it.
pub fn month_name(language: Language, month: u32) -> &'static str {
    let index = (month.clamp(1, 12) - 1) as usize;
    match language {
        Language::Fr => MONTHS_FR[index],
        Language::En => MONTHS_EN[index],
    }
}

/// « 4 janvier 2027 » (« 1er janvier 2027 ») / "January 4, 2027".
pub fn date_long(language: Language, date: NaiveDate) -> String {
    let month = month_name(language, date.month());
    match language {
        Language::Fr if date.day() == 1 => format!("1er{NBSP}{month} {}", date.year()),
        Language::Fr => format!("{}{NBSP}{month} {}", date.day(), date.year()),
        Language::En => format!("{month}{NBSP}{}, {}", date.day(), date.year()),
    }
}

/// Compact dates for tables: « 4 janv. » / "Jan 4".
pub fn date_short(language: Language, date: NaiveDate) -> String {
    let index = (date.month0() as usize).min(11);
    match language {
        Language::Fr => {
            const SHORT: [&str; 12] = [
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
            ];
            format!("{}{NBSP}{}", date.day(), SHORT[index])
        }
        Language::En => {
            const SHORT: [&str; 12] =
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            format!("{}{NBSP}{}", SHORT[index], date.day())
        }
    }
}

/// « janvier 2027 » / "January 2027".
pub fn month_year(language: Language, year: i32, month: u32) -> String {
    let name = month_name(language, month);
    match language {
        Language::Fr => {
            let mut chars = name.chars();
            let capital: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            format!("{capital} {year}")
        }
        Language::En => format!("{name} {year}"),
    }
}

/// Weekday initials for the calendar header, Monday first.
pub fn weekday_short(language: Language, day: Weekday) -> &'static str {
    let index = day.num_days_from_monday() as usize;
    match language {
        Language::Fr => ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][index],
        Language::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index],
    }
}

/// A number with at most `decimals` decimals, trailing zeros dropped, grouped
/// by thousands: « 1 200,5 » / "1,200.5". Not-a-number prints as « — ».
pub fn number(language: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let decimals = decimals.min(6);
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (text, String::new()),
    };
    let (group, point) = match language {
        Language::Fr => (NBSP, ','),
        Language::En => (',', '.'),
    };
    // Digits in groups of three from the right: the first group holds the rest.
    let head = match int_part.len() % 3 {
        0 => 3,
        n => n,
    };
    let (first, others) = int_part.split_at(head.min(int_part.len()));
    let mut grouped = String::from(first);
    for chunk in others.as_bytes().chunks(3) {
        grouped.push(group);
        grouped.push_str(std::str::from_utf8(chunk).unwrap_or_default());
    }
    let negative = value < 0.0 && (grouped.chars().any(|c| c.is_ascii_digit() && c != '0') || !frac_part.is_empty());
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    out.push_str(&grouped);
    if !frac_part.is_empty() {
        out.push(point);
        out.push_str(&frac_part);
    }
    out
}

/// An amount in euros: « 3 600 € » / "€3,600".
pub fn euros(language: Language, value: f64) -> String {
    let amount = number(language, value, 2);
    match language {
        Language::Fr => format!("{amount}{NBSP}€"),
        Language::En => format!("€{amount}"),
    }
}

/// A percentage: « 12,5 % » / "12.5%".
pub fn percent(language: Language, value: f64) -> String {
    let amount = number(language, value, 1);
    match language {
        Language::Fr => format!("{amount}{NBSP}%"),
        Language::En => format!("{amount}%"),
    }
}

/// Hours per week: « 8 h/sem. » / "8 h/week".
pub fn hours_per_week(language: Language, value: f64) -> String {
    let amount = number(language, value, 1);
    match language {
        Language::Fr => format!("{amount}{NBSP}h/sem."),
        Language::En => format!("{amount}{NBSP}h/week"),
    }
}

/// Text between the language's quotation marks: « … » / “…”.
pub fn quote(language: Language, text: &str) -> String {
    match language {
        Language::Fr => format!("«{NBSP}{text}{NBSP}»"),
        Language::En => format!("“{text}”"),
    }
}

/// The colon after a label: French puts a no-break space before it.
pub fn colon(language: Language) -> &'static str {
    match language {
        Language::Fr => "\u{a0}: ",
        Language::En => ": ",
    }
}

/// A `YYYY-MM-DD` text as a date, if it is one.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Fr};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plain(text: String) -> String {
        text.replace(NBSP, " ")
    }

    #[test]
    fn long_dates() {
        assert_eq!(plain(date_long(Fr, d(2027, 1, 4))), "4 janvier 2027");
        assert_eq!(plain(date_long(Fr, d(2027, 8, 1))), "1er août 2027");
        assert_eq!(plain(date_long(Fr, d(2027, 12, 31))), "31 décembre 2027");
        assert_eq!(plain(date_long(En, d(2027, 1, 4))), "January 4, 2027");
        assert_eq!(plain(date_long(En, d(2027, 8, 1))), "August 1, 2027");
    }

    #[test]
    fn short_dates_and_months() {
        assert_eq!(plain(date_short(Fr, d(2027, 1, 4))), "4 janv.");
        assert_eq!(plain(date_short(Fr, d(2027, 2, 14))), "14 févr.");
        assert_eq!(plain(date_short(Fr, d(2027, 3, 1))), "1 mars");
        assert_eq!(plain(date_short(Fr, d(2027, 7, 1))), "1 juil.");
        assert_eq!(plain(date_short(En, d(2027, 9, 30))), "Sep 30");
        assert_eq!(month_year(Fr, 2027, 2), "Février 2027");
        assert_eq!(month_year(En, 2027, 2), "February 2027");
        assert_eq!(weekday_short(Fr, Weekday::Mon), "lun.");
        assert_eq!(weekday_short(En, Weekday::Sun), "Sun");
    }

    #[test]
    fn numbers() {
        assert_eq!(plain(number(Fr, 1200.5, 2)), "1 200,5");
        assert_eq!(number(En, 1200.5, 2), "1,200.5");
        assert_eq!(plain(number(Fr, 23_500.0, 2)), "23 500");
        assert_eq!(number(En, 1_234_567.891, 2), "1,234,567.89");
        assert_eq!(number(En, 999.0, 0), "999");
        assert_eq!(number(Fr, 2.30, 2), "2,3");
        assert_eq!(number(En, 0.0, 2), "0");
        assert_eq!(number(En, -1500.0, 0), "−1,500");
        assert_eq!(number(En, -0.001, 2), "0");
        assert_eq!(number(En, f64::NAN, 2), "—");
        assert!(number(En, 1e300, 0).len() > 300);
    }

    #[test]
    fn units() {
        assert_eq!(plain(euros(Fr, 3600.0)), "3 600 €");
        assert_eq!(euros(En, 3600.0), "€3,600");
        assert_eq!(plain(percent(Fr, 12.5)), "12,5 %");
        assert_eq!(percent(En, 12.5), "12.5%");
        assert_eq!(plain(hours_per_week(Fr, 8.0)), "8 h/sem.");
        assert_eq!(plain(hours_per_week(En, 2.5)), "2.5 h/week");
    }

    #[test]
    fn quotes() {
        assert_eq!(plain(quote(Fr, "Bonjour")), "« Bonjour »");
        assert_eq!(quote(En, "Hello"), "“Hello”");
    }

    #[test]
    fn parses_iso_dates_only() {
        assert_eq!(parse_date("2027-01-04"), Some(d(2027, 1, 4)));
        assert_eq!(parse_date("04/01/2027"), None);
        assert_eq!(parse_date("2027-02-30"), None);
    }
}
