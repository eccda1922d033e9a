//! `.strategy` files: written by the engine, read back through the hardened path.

use stratege_engine::exchange::{read_file, write_file, STRATEGY_APPLICATION_ID};
use stratege_engine::{sample, ErrorKind};

#[test]
fn a_written_file_reads_back_identical() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("sample.strategy");
    let original = sample::strategy();
    write_file(&original, &path).unwrap();
    assert_eq!(read_file(&path).unwrap(), original);
    // Written atomically: no temporary file is left beside it.
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
}

#[test]
fn files_that_are_not_strategies_are_refused_with_a_reason() {
    let folder = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        (
            "text",
            b"Bonjour, ceci n'est pas une strat\xc3\xa9gie".to_vec(),
        ),
        ("json", br#"{"title": "x"}"#.to_vec()),
        (
            "random",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect(),
        ),
    ];
    for (name, bytes) in cases {
        let path = folder.path().join(format!("{name}.strategy"));
        std::fs::write(&path, bytes).unwrap();
        let error = read_file(&path).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::NotAStrategyFile, "{name}: {error}");
    }
}

#[test]
fn a_foreign_sqlite_database_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("foreign.strategy");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(conn);
    assert_eq!(
        read_file(&path).unwrap_err().kind(),
        ErrorKind::NotAStrategyFile
    );
}

#[test]
fn a_file_from_a_newer_format_names_the_version() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("future.strategy");
    write_file(&sample::strategy(), &path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE meta SET value = '99' WHERE key = 'format_version'",
        [],
    )
    .unwrap();
    drop(conn);
    let error = read_file(&path).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NewerVersion);
    assert!(error.to_string().contains("99"));
}

#[test]
fn a_file_with_triggers_or_broken_rows_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("trap.strategy");
    write_file(&sample::strategy(), &path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TRIGGER t AFTER INSERT ON personas BEGIN SELECT 1; END;")
        .unwrap();
    drop(conn);
    assert_eq!(
        read_file(&path).unwrap_err().kind(),
        ErrorKind::NotAStrategyFile
    );

    let path = folder.path().join("broken.strategy");
    write_file(&sample::strategy(), &path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE channels SET status = 'everywhere'", [])
        .unwrap();
    let id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(id, STRATEGY_APPLICATION_ID);
    drop(conn);
    let error = read_file(&path).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotAStrategyFile);
    assert!(error.to_string().contains("status"), "{error}");
}

#[test]
fn an_export_has_the_library_s_tables_and_indexes() {
    // The writer drops the secondary indexes while it inserts and builds them after.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("sample.strategy");
    write_file(&sample::strategy(), &path).unwrap();
    let schema = |conn: &rusqlite::Connection| -> Vec<(String, String, Option<String>)> {
        conn.prepare(
            "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name NOT IN ('settings', 'meta') ORDER BY type, name",
        )
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    let library = stratege_engine::store::Library::open_in_memory().unwrap();
    let file = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(schema(&file), schema(library.connection()));
    let ok: String = file
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

mod import {
    use stratege_engine::exchange::{read_file, write_file};
    use stratege_engine::model::{new_id, validate};
    use stratege_engine::sample;
    use stratege_engine::store::{ImportMode, ImportOutcome, Library};
    use stratege_engine::ErrorKind;

    fn exported_sample() -> (tempfile::TempDir, Library, stratege_engine::model::Strategy) {
        let folder = tempfile::tempdir().unwrap();
        let library = Library::open(&folder.path().join("library.sqlite3")).unwrap();
        let path = folder.path().join("out.strategy");
        write_file(&sample::strategy(), &path).unwrap();
        let strategy = read_file(&path).unwrap();
        (folder, library, strategy)
    }

    #[test]
    fn a_new_strategy_is_imported_as_is() {
        let (_folder, mut library, strategy) = exported_sample();
        let outcome = library.import(&strategy, ImportMode::Ask).unwrap();
        assert!(matches!(
            outcome,
            ImportOutcome::Imported { backup: None, .. }
        ));
        assert_eq!(library.load(&strategy.meta.id).unwrap(), strategy);
    }

    #[test]
    fn importing_twice_asks_then_copies_or_replaces_with_a_backup() {
        let (_folder, mut library, strategy) = exported_sample();
        library.import(&strategy, ImportMode::Ask).unwrap();
        let outcome = library.import(&strategy, ImportMode::Ask).unwrap();
        assert!(
            matches!(outcome, ImportOutcome::Conflict { ref existing } if existing.id == strategy.meta.id)
        );
        assert_eq!(library.list("", true).unwrap().len(), 1);

        library.import(&strategy, ImportMode::Copy).unwrap();
        assert_eq!(library.list("", true).unwrap().len(), 2);

        let mut edited = strategy.clone();
        edited.meta.client_name = "Client modifié".into();
        let ImportOutcome::Imported {
            backup: Some(backup),
            ..
        } = library.import(&edited, ImportMode::Replace).unwrap()
        else {
            panic!("replace must keep a backup")
        };
        assert!(backup.archived);
        assert_eq!(
            library.load(&strategy.meta.id).unwrap().meta.client_name,
            "Client modifié"
        );
        let kept = library.load(&backup.id).unwrap();
        assert_eq!(kept.meta.client_name, strategy.meta.client_name);
        assert_eq!(kept.content.len(), strategy.content.len());
    }

    #[test]
    fn a_title_of_the_longest_length_still_gets_its_backup_and_copy() {
        let (_folder, mut library, mut strategy) = exported_sample();
        strategy.meta.title = "é".repeat(validate::SHORT_TEXT_MAX);
        library.import(&strategy, ImportMode::Ask).unwrap();
        let ImportOutcome::Imported {
            backup: Some(backup),
            ..
        } = library.import(&strategy, ImportMode::Replace).unwrap()
        else {
            panic!("replace must keep a backup")
        };
        let copy = library.duplicate(&strategy.meta.id).unwrap();
        for title in [&backup.title, &copy.title] {
            assert_eq!(title.chars().count(), validate::SHORT_TEXT_MAX, "{title}");
            assert!(
                title.starts_with("éé") && title.contains("…") && title.ends_with(')'),
                "{title}"
            );
        }
    }

    #[test]
    fn entry_ids_taken_by_another_strategy_or_used_twice_are_refused_and_change_nothing() {
        let (folder, mut library, strategy) = exported_sample();
        library.import(&strategy, ImportMode::Ask).unwrap();
        let before = library.load(&strategy.meta.id).unwrap();

        let mut other = strategy.clone();
        other.meta.id = new_id();
        let path = folder.path().join("other.strategy");
        write_file(&other, &path).unwrap();
        let error = library.import_file(&path, ImportMode::Ask).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::NotAStrategyFile, "{error}");
        assert!(error.to_string().contains("id"), "{error}");

        let mut twice = other.with_new_ids();
        twice.content[1].id = twice.content[0].id.clone();
        assert_eq!(
            library.import(&twice, ImportMode::Ask).unwrap_err().kind(),
            ErrorKind::Invalid
        );

        assert_eq!(library.list("", true).unwrap().len(), 1);
        assert_eq!(library.load(&strategy.meta.id).unwrap(), before);
    }
}

/// A small PNG with transparency, stored as a chosen logo would be.
fn logo() -> String {
    let art = image::RgbaImage::from_fn(300, 90, |x, _| {
        image::Rgba([20, 60, 140, if x < 30 { 0 } else { 255 }])
    });
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(art)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    stratege_engine::picture::from_bytes(&png).unwrap()
}

#[test]
fn the_consultant_logo_travels_in_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("logo.strategy");
    let mut original = sample::strategy();
    original.meta.consultant_logo = Some(logo());
    write_file(&original, &path).unwrap();
    let read = read_file(&path).unwrap();
    assert_eq!(read.meta.consultant_logo, original.meta.consultant_logo);
    assert_eq!(read, original);
}
