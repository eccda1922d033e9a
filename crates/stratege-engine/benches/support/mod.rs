//! What the benchmarks share: the large calendar they measure on and the one
//! way they print their figures (mean, median, p95, max).

#![allow(dead_code)] // each bench uses the part it needs

use chrono::{Days, NaiveDate};
use std::time::Duration;
use stratege_engine::model::{new_id, Strategy};

/// The first day of the generated calendars.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date")
}

/// The sample's calendar repeated to `items` entries with fresh ids: about
/// fourteen a day from `first_day()`, every tenth waiting in the backlog.
pub fn with_calendar(mut strategy: Strategy, items: usize) -> Strategy {
    let pattern = strategy.content.clone();
    strategy.content = (0..items)
        .map(|i| {
            let mut item = pattern[i % pattern.len()].clone();
            item.id = new_id();
            item.date = (i % 10 != 0)
                .then(|| first_day().checked_add_days(Days::new((i / 14) as u64)))
                .flatten()
                .map(|d| d.format("%Y-%m-%d").to_string());
            if item.date.is_none() {
                item.time = None;
            }
            item
        })
        .collect();
    strategy
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Prints one line of figures for `times` (any order; at least one).
pub fn report(label: &str, mut times: Vec<Duration>) {
    if times.is_empty() {
        println!("{label}: no runs");
        return;
    }
    times.sort_unstable();
    let n = times.len();
    let mean = times.iter().sum::<Duration>() / n as u32;
    let at = |q: f64| times[((n as f64 * q) as usize).min(n - 1)];
    println!(
        "{label}: mean {:.3} ms, median {:.3} ms, p95 {:.3} ms, max {:.3} ms ({n} runs)",
        ms(mean),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(times[n - 1]),
    );
}
