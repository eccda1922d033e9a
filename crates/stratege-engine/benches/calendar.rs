//! Benchmark of a calendar drop: `Library::move_content` committed to SQLite
//! (WAL, synchronous=FULL, on disk) in a strategy with 5,000 content items,
//! against the budget of 30 ms p95.
//!
//! Run: `cargo bench -p stratege-engine --bench calendar` (release profile).
//! Drops alternate between day → day within a month, backlog → day, day →
//! backlog and a reorder within a day; prints mean, median, p95 and max.

mod support;

use chrono::Days;
use std::time::{Duration, Instant};
use support::{first_day, report, with_calendar};
use stratege_engine::sample;
use stratege_engine::store::Library;

const CONTENT_ITEMS: usize = 5_000;
const RUNS: usize = 400;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut library = Library::open(&dir.path().join("library.sqlite3")).expect("library");
    let strategy = with_calendar(sample::strategy(), CONTENT_ITEMS);
    let first = first_day();
    let id = strategy.meta.id.clone();
    library.insert(&strategy).expect("insert");
    let ids: Vec<String> = strategy.content.iter().map(|c| c.id.clone()).collect();

    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for run in 0..RUNS {
        let item = &ids[(run * 7919) % ids.len()];
        let day = first.checked_add_days(Days::new((run % 300) as u64)).expect("day").format("%Y-%m-%d").to_string();
        let target = if run % 4 == 3 { None } else { Some(day.as_str()) };
        let start = Instant::now();
        library.move_content(&id, item, target, run % 5).expect("move");
        times.push(start.elapsed());
    }
    report(&format!("calendar drop, {CONTENT_ITEMS} items, committed (budget p95 30 ms)"), times);
}
