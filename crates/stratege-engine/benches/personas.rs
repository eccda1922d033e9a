//! Benchmark of the persona board's drop: a strategy with 50 personas (each
//! with a picture) in a library on disk (WAL, synchronous=FULL, as the app),
//! timing `move_item` (a reorder) and `update_item` + `move_item` (a drop into
//! another priority column), from the call to the committed, reloaded list.
//! Budget: ≤ 30 ms.
//!
//! Run: `cargo bench -p stratege-engine --bench personas` (release profile).

mod support;

use std::time::Instant;
use support::report;
use stratege_engine::model::{new_id, Item, ItemKind, PersonaPriority};
use stratege_engine::store::Library;
use stratege_engine::{picture, sample};

const PERSONAS: usize = 50;
const RUNS: usize = 200;

fn main() {
    let folder = tempfile::tempdir().expect("temp folder");
    let mut library = Library::open(&folder.path().join("library.sqlite3")).expect("library");
    let mut strategy = sample::strategy();
    let mut png = Vec::new();
    image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("png");
    let face = picture::from_bytes(&png).expect("picture");
    let pattern = strategy.personas.clone();
    strategy.personas = (0..PERSONAS)
        .map(|i| {
            let mut persona = pattern[i % pattern.len()].clone();
            // The sample's own personas keep their ids: its calendar points at them.
            if i >= pattern.len() {
                persona.id = new_id();
            }
            persona.picture = Some(face.clone());
            persona
        })
        .collect();
    let id = strategy.meta.id.clone();
    library.insert(&strategy).expect("insert");
    let ids: Vec<String> = strategy.personas.iter().map(|p| p.id.clone()).collect();

    let reorders = (0..RUNS)
        .map(|run| {
            let start = Instant::now();
            let list = library.move_item(&id, ItemKind::Persona, &ids[run % PERSONAS], (run * 7) % PERSONAS).expect("move");
            assert_eq!(list.len(), PERSONAS);
            start.elapsed()
        })
        .collect();
    report(&format!("persona board, reorder (move_item), {PERSONAS} personas"), reorders);

    let priorities = [PersonaPriority::Primary, PersonaPriority::Secondary, PersonaPriority::Other];
    let drops = (0..RUNS)
        .map(|run| {
            let mut persona = library.load(&id).expect("load").personas[run % PERSONAS].clone();
            persona.priority = priorities[run % 3];
            let start = Instant::now();
            library.update_item(&id, &Item::Persona(persona.clone())).expect("update");
            library.move_item(&id, ItemKind::Persona, &persona.id, (run * 11) % PERSONAS).expect("move");
            start.elapsed()
        })
        .collect();
    report(&format!("persona board, drop into another column (update_item + move_item), {PERSONAS} personas"), drops);
}
