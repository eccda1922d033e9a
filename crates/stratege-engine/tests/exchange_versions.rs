//! A `.strategy` file written by an older Stratège (schema 1, before the later
//! migrations) is brought up to date on import, in a private copy: the
//! original file is never written.

use rusqlite::Connection;
use stratege_engine::exchange::{read_file, STRATEGY_APPLICATION_ID};
use stratege_engine::model::PersonaPriority;
use stratege_engine::store::{schema, ImportMode, Library};

/// A file as the first release wrote it: migration 001 only, one strategy and one persona.
fn write_schema_1_file(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "application_id", STRATEGY_APPLICATION_ID).unwrap();
    conn.execute_batch(include_str!("../src/store/migrations/001_initial.sql")).unwrap();
    conn.execute_batch(
        "PRAGMA user_version = 1;
         DROP TABLE settings;
         CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
         INSERT INTO meta VALUES ('format_version', '1'), ('strategy_id', 'old-1'),
                                 ('app_version', '0.1.0'), ('exported_at', '2026-11-01T10:00:00.000Z');
         INSERT INTO strategies VALUES ('old-1', 'Plan 2026', 'Boulangerie Martin', 'Claire', 'Atelier',
             'fr', '2026-01-05', NULL, '#1f3a5f', 'beginner', 'Le goût du matin', '[\"Levain\"]',
             'Chaleureuse', '[]', 'Sous 24 h', '[]', '[]', 0,
             '2026-10-01T09:00:00.000Z', '2026-10-02T09:00:00.000Z');
         INSERT INTO personas (id, strategy_id, position, name, tagline, demographics, psychographics,
             online_behaviour, \"values\", challenges, goals, quote, color)
           VALUES ('p-1', 'old-1', 0, 'Camille', 'Cliente du matin', '35 ans', '', '', '', '', '', '', '#c0713a');",
    )
    .unwrap();
}

#[test]
fn an_older_file_is_migrated_on_import_and_left_untouched() {
    const { assert!(schema::SCHEMA_VERSION > 1, "this test needs a schema newer than 1") };
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("old.strategy");
    write_schema_1_file(&file);
    let before = std::fs::read(&file).unwrap();

    let strategy = read_file(&file).unwrap();
    assert_eq!(strategy.meta.title, "Plan 2026");
    assert_eq!(strategy.meta.proof_points, vec!["Levain".to_string()]);
    assert_eq!(strategy.personas.len(), 1);
    // Filled in by the later migrations' defaults.
    assert_eq!(strategy.personas[0].priority, PersonaPriority::Primary);
    assert_eq!(strategy.personas[0].picture, None);

    let mut library = Library::open(&folder.path().join("library.sqlite3")).unwrap();
    library.import_file(&file, ImportMode::Ask).unwrap();
    assert_eq!(library.load("old-1").unwrap(), strategy);

    assert_eq!(std::fs::read(&file).unwrap(), before, "the original file was written");
    let names: Vec<String> =
        std::fs::read_dir(folder.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.starts_with("old.strategy-")), "side files beside the original: {names:?}");
}
