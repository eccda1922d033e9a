//! Benchmark of a calendar drop: `Library::move_content` committed to SQLite
//! (WAL, synchronous=FULL, on disk) in a strategy with 5,000 content items,
//! against the budget of 30 ms p95.
//!
//! Run: `cargo bench -p stratege-engine --bench calendar` (release profile).
//! Drops alternate between day → day within a month, backlog → day, day →
//! backlog and a reorder within a day; prints mean, median, p95 and max.

use chrono::{Days, NaiveDate};
use std::time::{Duration, Instant};
use stratege_engine::model::new_id;
use stratege_engine::sample;
use stratege_engine::store::Library;

const CONTENT_ITEMS: usize = 5_000;
const RUNS: usize = 400;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut library = Library::open(&dir.path().join("library.sqlite3")).expect("library");
    let mut strategy = sample::strategy();
    let pattern = strategy.content.clone();
    let first = NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date");
    strategy.content = (0..CONTENT_ITEMS)
        .map(|i| {
            let mut item = pattern[i % pattern.len()].clone();
            item.id = new_id();
            item.date = (i % 10 != 0)
                .then(|| first.checked_add_days(Days::new((i / 14) as u64)))
                .flatten()
                .map(|d| d.format("%Y-%m-%d").to_string());
            if item.date.is_none() {
                item.time = None;
            }
            item
        })
        .collect();
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
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = times.iter().map(|d| ms(*d)).sum::<f64>() / times.len() as f64;
    println!(
        "calendar drop, {CONTENT_ITEMS} items, {RUNS} drops committed: mean {:.2} ms, median {:.2} ms, p95 {:.2} ms, max {:.2} ms (budget p95 30 ms)",
        mean,
        ms(times[times.len() / 2]),
        ms(times[times.len() * 95 / 100]),
        ms(times[times.len() - 1])
    );
}
