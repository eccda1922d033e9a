//! The hostile-file corpus: every file is imported into a library and must be
//! refused with a clear reason, without a panic, within 2 s, leaving the library
//! file byte-identical. Non-database files are committed in `tests/hostile/files/`;
//! the SQLite-based ones are built here from a real export, so they follow the schema.

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use stratege_engine::exchange::write_file;
use stratege_engine::store::{ImportMode, Library};
use stratege_engine::{sample, ErrorKind};

type Damage = fn(&Path);

fn sql(path: &Path, statements: &str) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(statements).unwrap();
}

fn edit_bytes(path: &Path, edit: impl FnOnce(&mut Vec<u8>)) {
    let mut bytes = std::fs::read(path).unwrap();
    edit(&mut bytes);
    std::fs::write(path, bytes).unwrap();
}

fn page_size(bytes: &[u8]) -> usize {
    usize::from(u16::from_be_bytes([bytes[16], bytes[17]]))
}

/// Each case starts from a valid export of the sample strategy.
const CASES: &[(&str, Damage)] = &[
    ("foreign-database", |p| {
        std::fs::remove_file(p).unwrap();
        sql(p, "CREATE TABLE notes(x); INSERT INTO notes VALUES ('hello');");
    }),
    ("library-renamed", |p| {
        std::fs::remove_file(p).unwrap();
        let mut library = Library::open(p).unwrap();
        library.insert(&sample::strategy()).unwrap();
        drop(library);
    }),
    ("triggers-calling-functions", |p| {
        sql(p, "PRAGMA trusted_schema = ON; CREATE TRIGGER t AFTER UPDATE ON strategies BEGIN SELECT load_extension('evil'); END;")
    }),
    ("views-calling-functions", |p| sql(p, "CREATE VIEW v AS SELECT sqlite_version(), randomblob(16);")),
    ("view-shadowing-a-table", |p| {
        sql(p, "CREATE TABLE hidden AS SELECT * FROM meta; DROP TABLE meta; CREATE VIEW meta AS SELECT key, upper(value) AS value FROM hidden;")
    }),
    ("truncated-mid-page", |p| edit_bytes(p, |b| b.truncate(b.len() / 2 + 100))),
    ("truncated-at-a-page", |p| edit_bytes(p, |b| b.truncate(b.len() - page_size(b)))),
    ("corrupted-pages", |p| {
        edit_bytes(p, |b| {
            let page = page_size(b);
            for (i, byte) in b[page * 2..].iter_mut().enumerate().step_by(7) {
                *byte = (i % 251) as u8;
            }
        })
    }),
    ("header-lies-about-size", |p| edit_bytes(p, |b| b[28..32].copy_from_slice(&1_000_000u32.to_be_bytes()))),
    ("impossible-page-size", |p| edit_bytes(p, |b| b[16..18].copy_from_slice(&1000u16.to_be_bytes()))),
    // Script, a remote address, or an image bomb in place of the logo: refused, never decoded.
    ("logo-is-svg-script", |p| {
        sql(p, "UPDATE strategies SET consultant_logo = 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+';")
    }),
    ("logo-is-a-remote-address", |p| sql(p, "UPDATE strategies SET consultant_logo = 'https://example.com/logo.png';")),
    ("logo-claims-huge-dimensions", |p| {
        // A well-formed PNG (valid checksums) announcing 20,000 × 20,000 pixels.
        sql(
            p,
            "UPDATE strategies SET consultant_logo = 'data:image/png;base64,' ||
             'iVBORw0KGgoAAAANSUhEUgAATiAAAE4gCAIAAABsEtFuAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC';",
        )
    }),
    ("broken-enum", |p| sql(p, "UPDATE channels SET status = 'everywhere';")),
    ("broken-date", |p| sql(p, "UPDATE content_items SET date = '2026-02-31';")),
    ("no-strategy-row", |p| sql(p, "PRAGMA foreign_keys = OFF; DELETE FROM strategies;")),
    ("no-meta", |p| sql(p, "DROP TABLE meta;")),
    ("no-format-version", |p| sql(p, "DELETE FROM meta WHERE key = 'format_version';")),
    ("enormous-title", |p| sql(p, "UPDATE strategies SET title = printf('%.*c', 1500000, 'x');")),
    ("text-over-the-length-limit", |p| sql(p, "UPDATE strategies SET differentiator = printf('%.*c', 5000000, 'x');")),
    ("reference-to-nothing", |p| sql(p, "PRAGMA foreign_keys = OFF; UPDATE content_items SET channel_id = 'no-such-channel';")),
    ("reference-to-another-strategy", |p| {
        sql(
            p,
            "PRAGMA foreign_keys = OFF;
             CREATE TABLE copy AS SELECT * FROM strategies;
             UPDATE copy SET id = 'other';
             INSERT INTO strategies SELECT * FROM copy;
             DROP TABLE copy;
             UPDATE channels SET strategy_id = 'other' WHERE rowid = (SELECT min(rowid) FROM channels);",
        )
    }),
    ("newer-format", |p| sql(p, "UPDATE meta SET value = '99' WHERE key = 'format_version';")),
    ("newer-schema", |p| sql(p, "PRAGMA user_version = 99;")),
    ("no-schema-version", |p| sql(p, "PRAGMA user_version = 0;")),
];

fn committed_files() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile/files");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files
}

/// The library's files (database and WAL), to compare before and after.
fn library_bytes(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("library.sqlite3"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

fn expect_refused(library: &mut Library, library_folder: &Path, name: &str, file: &Path) {
    let before = library_bytes(library_folder);
    let started = Instant::now();
    let outcome = library.import_file(file, ImportMode::Replace);
    let took = started.elapsed();
    let error = match outcome {
        Ok(_) => panic!("{name}: was imported"),
        Err(error) => error,
    };
    assert!(
        matches!(error.kind(), ErrorKind::NotAStrategyFile | ErrorKind::NewerVersion),
        "{name}: unexpected kind {:?}: {error}",
        error.kind()
    );
    assert!(error.to_string().len() > 20, "{name}: the reason is too short: {error}");
    assert!(took < Duration::from_secs(2), "{name}: took {took:?}");
    assert_eq!(library_bytes(library_folder), before, "{name}: the library changed");
    println!("{name:32} {:>6.1} ms  {error}", took.as_secs_f64() * 1000.0);
}

#[test]
fn every_hostile_file_is_refused_clearly_quickly_and_without_change() {
    let folder = tempfile::tempdir().unwrap();
    let library_folder = folder.path().join("library");
    std::fs::create_dir(&library_folder).unwrap();
    let mut library = Library::open(&library_folder.join("library.sqlite3")).unwrap();
    // The library already holds the sample: a "replace" would write if the file got through.
    library.insert(&sample::strategy()).unwrap();

    for file in committed_files() {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        expect_refused(&mut library, &library_folder, &name, &file);
    }
    for (name, damage) in CASES {
        let file = folder.path().join(format!("{name}.strategy"));
        write_file(&sample::strategy(), &file).unwrap();
        damage(&file);
        expect_refused(&mut library, &library_folder, name, &file);
    }
}

#[test]
fn a_newer_file_names_its_version() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("newer.strategy");
    write_file(&sample::strategy(), &file).unwrap();
    sql(&file, "UPDATE meta SET value = '7' WHERE key = 'format_version';");
    let error = stratege_engine::exchange::read_file(&file).unwrap_err();
    let report = stratege_engine::exchange::report(&error);
    assert_eq!(report.kind, ErrorKind::NewerVersion);
    assert!(report.message.contains("version 7"), "{}", report.message);
    assert!(report.message.contains("file"), "{}", report.message);
}

#[test]
fn an_untouched_export_still_imports() {
    // The corpus proves refusals; this proves the same path accepts a good file.
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("good.strategy");
    let strategy = sample::strategy();
    write_file(&strategy, &file).unwrap();
    let mut library = Library::open(&folder.path().join("library.sqlite3")).unwrap();
    library.import_file(&file, ImportMode::Ask).unwrap();
    assert_eq!(library.load(&strategy.meta.id).unwrap(), strategy);
}

#[test]
fn a_file_left_in_wal_mode_imports_and_nothing_is_created_beside_it() {
    // A valid file saved by another SQLite tool in WAL mode is not hostile; reading
    // it read-only must neither fail nor leave -wal / -shm files next to it.
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("wal.strategy");
    let strategy = sample::strategy();
    write_file(&strategy, &file).unwrap();
    sql(&file, "PRAGMA journal_mode = WAL; UPDATE strategies SET title = title;");
    assert_eq!(stratege_engine::exchange::read_file(&file).unwrap(), strategy);
    let names: Vec<String> =
        std::fs::read_dir(folder.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, vec!["wal.strategy".to_string()]);
}

#[test]
fn a_file_reusing_the_entry_ids_of_a_strategy_in_the_library_is_refused_without_change() {
    // Another strategy id over the entries the library holds: refused inside the
    // import's transaction (not by the read), which must leave no trace either. The
    // -shm file is left out: SQLite's shared-memory index, whose read marks move
    // with any transaction (a read too) and which is rebuilt from the WAL.
    let folder = tempfile::tempdir().unwrap();
    let mut library = Library::open(&folder.path().join("library.sqlite3")).unwrap();
    let held = sample::strategy();
    library.insert(&held).unwrap();
    let mut other = held.clone();
    other.meta.id = stratege_engine::model::new_id();
    let file = folder.path().join("entry-ids-of-another-strategy.strategy");
    write_file(&other, &file).unwrap();

    let content = || -> Vec<(String, Vec<u8>)> {
        library_bytes(folder.path()).into_iter().filter(|(name, _)| !name.ends_with("-shm")).collect()
    };
    let before = content();
    let error = library.import_file(&file, ImportMode::Ask).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotAStrategyFile, "{error}");
    assert!(error.to_string().contains("another strategy"), "{error}");
    assert_eq!(content(), before, "the library changed");
    assert_eq!(library.list("", true).unwrap().len(), 1);
}
