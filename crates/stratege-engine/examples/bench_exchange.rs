//! Benchmark of `.strategy` exchange with a 5,000-item strategy: export from a
//! library (load, then write the file) and validated import (hardened read, every
//! row validated, copied into a library in one transaction), with the median
//! time of each phase. Budget: export ≤ 150 ms, import ≤ 400 ms.
//!
//! Run: `cargo run --release -p stratege-engine --example bench_exchange [runs]`.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;
use stratege_engine::exchange::phases::{record, Phases};
use stratege_engine::model::{new_id, Strategy};
use stratege_engine::sample;
use stratege_engine::store::{ImportMode, ImportOutcome, Library};

const ITEMS: usize = 5_000;
const DEFAULT_RUNS: usize = 21;

/// The sample with its calendar repeated to 5,000 items in all, fresh ids each.
fn large_strategy() -> Strategy {
    let mut strategy = sample::strategy();
    let others = strategy.team.len()
        + strategy.objectives.len()
        + strategy.findings.len()
        + strategy.competitors.len()
        + strategy.personas.len()
        + strategy.kpis.len()
        + strategy.channels.len();
    let pattern = strategy.content.clone();
    strategy.content = (0..ITEMS - others)
        .map(|i| {
            let mut item = pattern[i % pattern.len()].clone();
            item.id = new_id();
            item
        })
        .collect();
    strategy
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The value at quantile `q` (nearest rank) of sorted durations.
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// Total and per-phase figures of one operation over every run.
fn report(name: &str, runs: &[Phases], budget_ms: Option<f64>) {
    let mut totals: Vec<Duration> = runs.iter().map(|phases| phases.iter().map(|(_, d)| *d).sum()).collect();
    totals.sort_unstable();
    let (median, p95) = (quantile(&totals, 0.5), quantile(&totals, 0.95));
    let verdict = match budget_ms {
        Some(budget) if ms(p95) <= budget => format!("  (p95 within the {budget} ms budget)"),
        Some(budget) => format!("  (p95 OVER the {budget} ms budget)"),
        None => String::new(),
    };
    println!(
        "{name:<44} median {:>6.1} ms  p95 {:>6.1} ms  min {:>6.1}  max {:>6.1}{verdict}",
        ms(median),
        ms(p95),
        ms(totals[0]),
        ms(totals[totals.len() - 1])
    );
    // Phases in the order they first ran; each phase's own median and p95 (a
    // phase met twice in a run, such as the inserts of a replace, counts as one).
    let mut order: Vec<&'static str> = Vec::new();
    let mut by_phase: BTreeMap<&'static str, Vec<Duration>> = BTreeMap::new();
    for phases in runs {
        let mut in_run: BTreeMap<&'static str, Duration> = BTreeMap::new();
        for (phase, duration) in phases {
            if !order.contains(phase) {
                order.push(phase);
            }
            *in_run.entry(phase).or_default() += *duration;
        }
        for (phase, duration) in in_run {
            by_phase.entry(phase).or_default().push(duration);
        }
    }
    for phase in order {
        let mut times = by_phase.remove(phase).unwrap_or_default();
        times.sort_unstable();
        println!(
            "    {phase:<40} median {:>6.1} ms  p95 {:>6.1} ms",
            ms(quantile(&times, 0.5)),
            ms(quantile(&times, 0.95))
        );
    }
}

fn remove_library(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = match std::env::args().nth(1) {
        Some(arg) => arg.parse()?,
        None => DEFAULT_RUNS,
    };
    let strategy = large_strategy();
    let folder = std::env::temp_dir().join(format!("stratege-bench-exchange-{}", std::process::id()));
    std::fs::create_dir_all(&folder)?;
    let file = folder.join("large.strategy");

    // Export: what the app does, from the library that holds the strategy.
    let source_path = folder.join("source.sqlite3");
    let mut source = Library::open(&source_path)?;
    source.insert(&strategy)?;
    let mut exports = Vec::new();
    for _ in 0..runs {
        let (result, phases) = record(|| source.export_file(&strategy.meta.id, &file));
        result?;
        exports.push(phases);
    }
    drop(source);
    remove_library(&source_path);
    let bytes = std::fs::metadata(&file)?.len();

    // Import of a strategy the library does not hold yet (the budgeted case), then
    // of one it holds, replaced (the previous version kept as an archived copy).
    let mut imports = Vec::new();
    let mut replaces = Vec::new();
    for run in 0..runs {
        let path = folder.join(format!("library-{run}.sqlite3"));
        let mut library = Library::open(&path)?;
        let (outcome, phases) = record(|| library.import_file(&file, ImportMode::Ask));
        assert!(matches!(outcome?, ImportOutcome::Imported { backup: None, .. }));
        imports.push(phases);
        let (outcome, phases) = record(|| library.import_file(&file, ImportMode::Replace));
        assert!(matches!(outcome?, ImportOutcome::Imported { backup: Some(_), .. }));
        replaces.push(phases);
        drop(library);
        remove_library(&path);
    }

    println!(
        "strategy: {ITEMS} items ({} content items), file {:.1} KiB, {runs} runs each",
        strategy.content.len(),
        bytes as f64 / 1024.0
    );
    report("export (library → .strategy)", &exports, Some(150.0));
    report("import (hardened read, validation, new)", &imports, Some(400.0));
    report("import replacing it (+ archived copy)", &replaces, None);
    std::fs::remove_dir_all(&folder)?;
    Ok(())
}
