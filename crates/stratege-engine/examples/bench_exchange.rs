//! Benchmark of `.strategy` exchange with a 5,000-item strategy: export (write
//! the file) and validated import (hardened read, every row validated, copied
//! into a library in one transaction). Budget: export ≤ 150 ms, import ≤ 400 ms.
//!
//! Run: `cargo run --release -p stratege-engine --example bench_exchange`.

use std::time::{Duration, Instant};
use stratege_engine::exchange::write_file;
use stratege_engine::model::{new_id, Strategy};
use stratege_engine::sample;
use stratege_engine::store::{ImportMode, ImportOutcome, Library};

const ITEMS: usize = 5_000;
const RUNS: usize = 15;

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

fn summary(name: &str, mut times: Vec<Duration>, budget_ms: f64) {
    times.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = ms(times[times.len() / 2]);
    let max = ms(times[times.len() - 1]);
    let verdict = if max <= budget_ms { "within" } else { "OVER" };
    println!("{name}: median {median:.1} ms, min {:.1} ms, max {max:.1} ms over {} runs ({verdict} the {budget_ms} ms budget)", ms(times[0]), times.len());
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let strategy = large_strategy();
    let folder = std::env::temp_dir().join(format!("stratege-bench-exchange-{}", std::process::id()));
    std::fs::create_dir_all(&folder)?;
    let file = folder.join("large.strategy");

    let mut exports = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        write_file(&strategy, &file)?;
        exports.push(started.elapsed());
    }
    let bytes = std::fs::metadata(&file)?.len();

    let mut imports = Vec::new();
    for run in 0..RUNS {
        let path = folder.join(format!("library-{run}.sqlite3"));
        let mut library = Library::open(&path)?;
        let started = Instant::now();
        let outcome = library.import_file(&file, ImportMode::Ask)?;
        imports.push(started.elapsed());
        assert!(matches!(outcome, ImportOutcome::Imported { .. }));
        drop(library);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
    let items = ITEMS;
    println!("strategy: {items} items ({} content items), file {:.1} KiB", strategy.content.len(), bytes as f64 / 1024.0);
    summary("export (write .strategy)", exports, 150.0);
    summary("import (hardened read + validation + one transaction)", imports, 400.0);
    std::fs::remove_dir_all(&folder)?;
    Ok(())
}
