//! Benchmark of the two grids' edits, against the budget of "a cell change
//! committed ≤ 30 ms": a strategy with 30 channels, 20 personas and 100 KPIs
//! in a library on disk (WAL, synchronous=FULL, so each commit pays its fsync).
//!
//! Run: `cargo bench -p stratege-engine --bench grids`. Prints mean, p95, max for
//! a matrix cell (one persona's links) and a KPI cell (one quarter's target),
//! each through `Library::update_item`, the command the UI calls.

mod support;

use std::time::Instant;
use support::report;
use stratege_engine::model::{Item, ItemKind, Kpi, Language, Persona};
use stratege_engine::store::Library;

const CHANNELS: usize = 30;
const PERSONAS: usize = 20;
const KPIS: usize = 100;
const RUNS: usize = 200;

fn main() {
    let folder = tempfile::tempdir().expect("temp folder");
    let mut library = Library::open(&folder.path().join("library.sqlite3")).expect("library");
    let id = library.create("Bench", Language::Fr).expect("strategy").id;
    let channels: Vec<String> = (0..CHANNELS)
        .map(|_| library.add_item(&id, ItemKind::Channel).expect("channel").id().to_string())
        .collect();
    let mut personas: Vec<Persona> = (0..PERSONAS)
        .map(|i| {
            let Ok(Item::Persona(mut p)) = library.add_item(&id, ItemKind::Persona) else { panic!("persona") };
            // Every persona starts reachable on a third of the channels, one of them primary.
            p.channel_ids = channels.iter().skip(i % 3).step_by(3).cloned().collect();
            p.primary_channel_ids = p.channel_ids.iter().take(1).cloned().collect();
            library.update_item(&id, &Item::Persona(p.clone())).expect("links");
            p
        })
        .collect();
    let mut kpis: Vec<Kpi> = (0..KPIS)
        .map(|i| {
            let Ok(Item::Kpi(mut k)) = library.add_item(&id, ItemKind::Kpi) else { panic!("kpi") };
            k.name = format!("KPI {i}");
            k.channel_ids = channels.iter().take(3).cloned().collect();
            library.update_item(&id, &Item::Kpi(k.clone())).expect("kpi");
            k
        })
        .collect();

    // A matrix cell: cycle channel c for persona p none → secondary → primary → none.
    let cell_times = (0..RUNS)
        .map(|run| {
            let p = &mut personas[run % PERSONAS];
            let c = &channels[(run / PERSONAS) % CHANNELS];
            if !p.channel_ids.contains(c) {
                p.channel_ids.push(c.clone());
            } else if !p.primary_channel_ids.contains(c) {
                p.primary_channel_ids.push(c.clone());
            } else {
                p.channel_ids.retain(|x| x != c);
                p.primary_channel_ids.retain(|x| x != c);
            }
            let start = Instant::now();
            library.update_item(&id, &Item::Persona(p.clone())).expect("cell");
            start.elapsed()
        })
        .collect();
    report("matrix cell (persona links) committed", cell_times);

    let kpi_times = (0..RUNS)
        .map(|run| {
            let k = &mut kpis[run % KPIS];
            k.q2 = Some(1200.5 + run as f64);
            let start = Instant::now();
            library.update_item(&id, &Item::Kpi(k.clone())).expect("kpi cell");
            start.elapsed()
        })
        .collect();
    report("KPI cell (one target) committed", kpi_times);

    let start = Instant::now();
    let strategy = library.load(&id).expect("load");
    println!(
        "load of the whole strategy ({} channels, {} personas, {} KPIs): {:.2} ms",
        strategy.channels.len(),
        strategy.personas.len(),
        strategy.kpis.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
}
