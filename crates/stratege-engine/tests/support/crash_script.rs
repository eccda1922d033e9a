//! The scripted edits of the crash test, shared by the driver (`examples/crash_driver.rs`)
//! and the test (`tests/crash.rs`), which replays them in memory to know what every
//! step must have left in the file. Each step is ONE `Library` call, as the app makes
//! them, and depends only on the library's state, so the replay is exact up to ids.

use stratege_engine::model::*;
use stratege_engine::store::Library;
use stratege_engine::Result;

pub const TITLE: &str = "Crash";

/// Step 0 creates the strategy; step n ≥ 1 is one edit. Returns what was done.
pub fn step(library: &mut Library, n: u64) -> Result<&'static str> {
    if n == 0 {
        library.create(TITLE, Language::En)?;
        return Ok("create");
    }
    let id = strategy_id(library)?;
    let findings = library.load(&id)?.findings;
    Ok(match (n % 5, findings.last()) {
        (0, _) | (_, None) => {
            library.add_item(&id, ItemKind::Finding)?;
            "add"
        }
        (1, Some(last)) => {
            let mut finding = last.clone();
            // Growing text, so the WAL fills and checkpoints happen while the process is killed.
            finding.what_is_said = format!("n{n} {}", "x".repeat((n as usize * 300).min(19_000)));
            library.update_item(&id, &Item::Finding(finding))?;
            "update_item"
        }
        (2, _) => {
            let mut meta = library.load(&id)?.meta;
            meta.differentiator = format!("d{n} {}", "y".repeat((n as usize * 200).min(19_000)));
            library.update_meta(&meta)?;
            "update_meta"
        }
        (3, Some(last)) => {
            library.move_item(&id, ItemKind::Finding, &last.id, 0)?;
            "move_item"
        }
        _ if findings.len() > 3 => {
            library.delete_item(&id, ItemKind::Finding, &findings[1].id)?;
            "delete_item"
        }
        (_, Some(_)) => {
            let mut first = findings[0].clone();
            first.source = format!("s{n}");
            library.update_item(&id, &Item::Finding(first))?;
            "update_item"
        }
    })
}

pub fn strategy_id(library: &Library) -> Result<String> {
    library
        .list("", true)?
        .into_iter()
        .find(|s| s.title == TITLE)
        .map(|s| s.id)
        .ok_or(stratege_engine::Error::NotFound { what: "strategy" })
}

/// The library's content as comparable text: the strategy without its ids and
/// stamps (adds draw random ids), or "empty" when no strategy was committed yet.
pub fn digest(library: &Library) -> Result<String> {
    let id = match strategy_id(library) {
        Ok(id) => id,
        Err(stratege_engine::Error::NotFound { .. }) => return Ok("empty".into()),
        Err(other) => return Err(other),
    };
    let mut strategy = library.load(&id)?;
    strategy.meta.id.clear();
    strategy.meta.created_at.clear();
    strategy.meta.updated_at.clear();
    for finding in &mut strategy.findings {
        finding.id.clear();
    }
    serde_json::to_string(&strategy).map_err(|e| stratege_engine::Error::Database(e.to_string()))
}
