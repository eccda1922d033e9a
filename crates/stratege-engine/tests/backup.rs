//! Rolling backups, the damaged-library check and restoring, on real files.

use std::path::Path;
use stratege_engine::backup::{self, KEEP};
use stratege_engine::model::*;
use stratege_engine::store::Library;
use stratege_engine::{sample, ErrorKind};

fn library_at(path: &Path) -> Library {
    let mut library = Library::open(path).unwrap();
    library.insert(&sample::strategy()).unwrap();
    library
}

#[test]
fn a_backup_holds_the_library_and_is_listed_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = library_at(&dir.path().join("library.sqlite3"));
    let backups = dir.path().join("backups");
    let first = backup::backup_now(&library, &backups).unwrap();
    assert_eq!(first.strategies, 1);
    assert!(first.size_bytes > 0);
    assert!(first.file_name.starts_with("library-") && first.file_name.ends_with(".sqlite3"));
    library.create("Second", Language::Fr).unwrap();
    let second = backup::backup_now(&library, &backups).unwrap();
    assert_eq!(second.strategies, 2);

    let listed = backup::list(&backups).unwrap();
    assert_eq!(listed, vec![second.clone(), first.clone()]);
    assert_eq!(backup::verify(&backups.join(&first.file_name)).unwrap(), 1);
    // No temporary file is left next to the backups.
    let names: Vec<_> = std::fs::read_dir(&backups).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn only_the_newest_backups_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let library = library_at(&dir.path().join("library.sqlite3"));
    let backups = dir.path().join("backups");
    let mut made = Vec::new();
    for _ in 0..KEEP + 3 {
        made.push(backup::backup_now(&library, &backups).unwrap().file_name);
        std::thread::sleep(std::time::Duration::from_millis(2)); // distinct names
    }
    let kept: Vec<String> = backup::list(&backups).unwrap().into_iter().map(|b| b.file_name).collect();
    made.reverse();
    assert_eq!(kept, made[..KEEP].to_vec());
}

#[test]
fn verify_refuses_a_damaged_or_foreign_file() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("library-20260101T000000.000Z.sqlite3");
    std::fs::write(&garbage, vec![0x5Au8; 8192]).unwrap();
    assert_eq!(backup::verify(&garbage).unwrap_err().kind(), ErrorKind::NotAStrategyFile);
    // A listing leaves out what it cannot read.
    assert!(backup::list(dir.path()).unwrap().is_empty());

    let foreign = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE strategies (id TEXT)").unwrap();
    assert_eq!(backup::verify(&foreign).unwrap_err().kind(), ErrorKind::NotAStrategyFile);
}

#[test]
fn damage_is_found_before_opening_and_a_healthy_library_is_not_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    assert_eq!(backup::damage(&path), None, "a missing library is created, not damaged");
    drop(library_at(&path));
    assert_eq!(backup::damage(&path), None);

    std::fs::write(&path, b"this is not a database at all, just some text over the library").unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(backup::damage(&path).is_some());
    assert_eq!(std::fs::read(&path).unwrap(), before, "the check must not touch a damaged file");
}

#[test]
fn damage_inside_the_pages_is_found_by_quick_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    {
        let mut library = library_at(&path);
        for i in 0..30 {
            library.create(&format!("Strategy {i}"), Language::En).unwrap();
        }
        library.connection().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    }
    // Scribble over the middle of the file, keeping the header valid.
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 4 * 4096, "library too small for the test: {}", bytes.len());
    for b in &mut bytes[4096 + 100..3 * 4096] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert!(backup::damage(&path).is_some());
}

#[test]
fn restoring_a_damaged_library_moves_it_aside_and_brings_the_backup_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let backups = dir.path().join("backups");
    let saved = {
        let library = library_at(&path);
        backup::backup_now(&library, &backups).unwrap()
    };
    let garbage = vec![0x42u8; 10_000];
    std::fs::write(&path, &garbage).unwrap();
    std::fs::write(dir.path().join("library.sqlite3-wal"), b"stale wal").unwrap();

    backup::restore(&path, &backups, &saved.file_name, "damaged", true).unwrap();
    assert_eq!(backup::damage(&path), None);
    assert!(!dir.path().join("library.sqlite3-wal").exists(), "a stale WAL must not stay beside the restored file");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("library.damaged-"))
        .collect();
    assert_eq!(aside.len(), 2, "the damaged file and its WAL are kept: {aside:?}");
    let kept = aside.iter().find(|n| n.ends_with(".sqlite3")).unwrap();
    assert_eq!(std::fs::read(dir.path().join(kept)).unwrap(), garbage);

    let library = Library::open(&path).unwrap();
    assert_eq!(library.list("", true).unwrap().len(), 1);
}

#[test]
fn restoring_a_healthy_library_replaces_it_and_refuses_names_outside_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let backups = dir.path().join("backups");
    let saved = {
        let mut library = library_at(&path);
        let saved = backup::backup_now(&library, &backups).unwrap();
        library.create("After the backup", Language::En).unwrap();
        saved
    };
    let error = backup::restore(&path, &backups, "../library.sqlite3", "replaced", false).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Invalid);

    backup::restore(&path, &backups, &saved.file_name, "replaced", false).unwrap();
    let library = Library::open(&path).unwrap();
    let titles: Vec<String> = library.list("", true).unwrap().into_iter().map(|s| s.title).collect();
    assert!(!titles.iter().any(|t| t == "After the backup"), "{titles:?}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("library.replaced-") || n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_restore_from_a_bad_backup_leaves_the_library_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let backups = dir.path().join("backups");
    drop(library_at(&path));
    std::fs::create_dir_all(&backups).unwrap();
    let bad = "library-20260101T000000.000Z.sqlite3";
    std::fs::write(backups.join(bad), b"garbage").unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(backup::restore(&path, &backups, bad, "replaced", false).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_change_count_moves_only_with_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = library_at(&dir.path().join("library.sqlite3"));
    let before = backup::change_count(&library).unwrap();
    backup::backup_now(&library, &dir.path().join("backups")).unwrap();
    library.list("", true).unwrap();
    assert_eq!(backup::change_count(&library).unwrap(), before, "reading and backing up are not changes");
    library.create("New", Language::En).unwrap();
    assert!(backup::change_count(&library).unwrap() > before);
}

#[test]
fn the_copy_before_a_restore_spares_the_backup_being_restored() {
    let dir = tempfile::tempdir().unwrap();
    let library = library_at(&dir.path().join("library.sqlite3"));
    let backups = dir.path().join("backups");
    let mut oldest = None;
    for _ in 0..KEEP {
        let made = backup::backup_now(&library, &backups).unwrap().file_name;
        oldest.get_or_insert(made);
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let oldest = oldest.unwrap();
    backup::backup_sparing(&library, &backups, Some(&oldest)).unwrap();
    let kept: Vec<String> = backup::list(&backups).unwrap().into_iter().map(|b| b.file_name).collect();
    assert!(kept.contains(&oldest));
    assert_eq!(kept.len(), KEEP);
}

#[test]
fn the_periodic_backup_is_skipped_while_nothing_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = library_at(&dir.path().join("library.sqlite3"));
    let backups = dir.path().join("backups");
    let seen = backup::backup_if_changed(&library, &backups, None).unwrap();
    assert_eq!(backup::list(&backups).unwrap().len(), 1, "the start-up backup");
    let again = backup::backup_if_changed(&library, &backups, Some(seen)).unwrap();
    assert_eq!(again, seen);
    assert_eq!(backup::list(&backups).unwrap().len(), 1, "nothing changed: no new backup");
    std::thread::sleep(std::time::Duration::from_millis(2));
    library.create("Edited", Language::En).unwrap();
    backup::backup_if_changed(&library, &backups, Some(again)).unwrap();
    assert_eq!(backup::list(&backups).unwrap().len(), 2, "an edit: a new backup");
}
