//! Benchmark of the method coach: one evaluation of a strategy with 5,000
//! content items, against the budget of "well under 5 ms".
//!
//! Run: `cargo bench -p stratege-engine --bench coach` (release profile).
//! Prints mean, median, p95 and max over many runs, for the clean strategy and
//! for one with advice (a dropped channel still holding content, KPIs without Q4).

mod support;

use chrono::NaiveDate;
use std::hint::black_box;
use std::time::{Duration, Instant};
use support::{first_day, report, with_calendar};
use stratege_engine::coach::evaluate;
use stratege_engine::model::{ChannelStatus, Strategy};
use stratege_engine::sample;

const CONTENT_ITEMS: usize = 5_000;
const WARM_UP: usize = 50;
const RUNS: usize = 1_000;

fn measure(name: &str, strategy: &Strategy, today: NaiveDate) {
    let advice = evaluate(strategy, today).advice.len();
    for _ in 0..WARM_UP {
        black_box(evaluate(black_box(strategy), today));
    }
    let times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(evaluate(black_box(strategy), today));
            start.elapsed()
        })
        .collect();
    report(&format!("coach::evaluate, {name}: {} content items, {advice} advice", strategy.content.len()), times);
}

fn main() {
    let today = first_day();
    let clean = with_calendar(sample::strategy(), CONTENT_ITEMS);
    measure("clean", &clean, today);
    let mut with_advice = clean.clone();
    with_advice.channels[0].status = ChannelStatus::Dropped; // Instagram: its items go off plan
    with_advice.kpis.iter_mut().for_each(|k| k.q4 = None);
    measure("with advice", &with_advice, today);
}
