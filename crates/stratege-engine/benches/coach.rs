//! Benchmark of the method coach: one evaluation of a strategy with 5,000
//! content items, against the budget of "well under 5 ms".
//!
//! Run: `cargo bench -p stratege-engine --bench coach` (release profile).
//! Prints mean, median, p95 and max over many runs, for the clean strategy and
//! for one with advice (a dropped channel still holding content, KPIs without Q4).

use chrono::{Days, NaiveDate};
use std::hint::black_box;
use std::time::{Duration, Instant};
use stratege_engine::coach::evaluate;
use stratege_engine::model::{new_id, ChannelStatus, Strategy};
use stratege_engine::sample;

const CONTENT_ITEMS: usize = 5_000;
const WARM_UP: usize = 50;
const RUNS: usize = 1_000;

/// The sample, its calendar repeated with fresh ids and dates spread over 2027.
fn large_strategy() -> Strategy {
    let mut strategy = sample::strategy();
    let pattern = strategy.content.clone();
    let first = NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date");
    strategy.content = (0..CONTENT_ITEMS)
        .map(|i| {
            let mut item = pattern[i % pattern.len()].clone();
            item.id = new_id();
            // About fourteen items a day over the year; every tenth waits in the backlog.
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
    strategy
}

fn measure(name: &str, strategy: &Strategy, today: NaiveDate) {
    let advice = evaluate(strategy, today).advice.len();
    for _ in 0..WARM_UP {
        black_box(evaluate(black_box(strategy), today));
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(evaluate(black_box(strategy), today));
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    let mean = times.iter().sum::<Duration>() / RUNS as u32;
    let at = |q: f64| times[((RUNS as f64 * q) as usize).min(RUNS - 1)];
    println!(
        "coach::evaluate, {name}: {} content items, {advice} advice; mean {:.3} ms, median {:.3} ms, p95 {:.3} ms, max {:.3} ms ({RUNS} runs)",
        strategy.content.len(),
        ms(mean),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(*times.last().unwrap_or(&Duration::ZERO)),
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000.0
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date");
    let clean = large_strategy();
    measure("clean", &clean, today);
    let mut with_advice = clean.clone();
    with_advice.channels[0].status = ChannelStatus::Dropped; // Instagram: its items go off plan
    with_advice.kpis.iter_mut().for_each(|k| k.q4 = None);
    measure("with advice", &with_advice, today);
}
