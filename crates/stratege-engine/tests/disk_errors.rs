//! A full disk or a read-only library: the edit fails with the kind the UI
//! explains (`disk_full`, `read_only`), nothing committed before is lost, the
//! failed edit leaves no half-change, and the same edit succeeds once space is back.

use stratege_engine::model::*;
use stratege_engine::store::Library;
use stratege_engine::ErrorKind;

fn finding_with(text: &str, library: &mut Library, id: &str) -> Item {
    let Item::Finding(mut finding) = library.add_item(id, ItemKind::Finding).unwrap() else { unreachable!() };
    finding.what_is_said = text.to_string();
    Item::Finding(finding)
}

#[test]
fn a_full_disk_is_reported_as_such_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
    let id = library.create("Full disk", Language::En).unwrap().id;
    let kept = finding_with("committed before the disk filled", &mut library, &id);
    library.update_item(&id, &kept).unwrap();
    // The disk "fills": the database may not grow past its current size.
    let pages: i64 = library.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    library.connection().pragma_update(None, "max_page_count", pages).unwrap();
    let big = finding_with("", &mut library, &id);
    let Item::Finding(mut big_finding) = big else { unreachable!() };
    big_finding.what_is_said = "z".repeat(19_000);
    let mut error = None;
    for _ in 0..50 {
        // Each edit adds a large text until there is no room left.
        let mut next = big_finding.clone();
        next.id = new_id();
        if let Err(e) = library.update_item(&id, &Item::Finding(next)) {
            error = Some(e);
            break;
        }
    }
    let error = error.expect("the capped database filled up");
    assert_eq!(error.kind(), ErrorKind::DiskFull, "{error}");
    let before = library.load(&id).unwrap();
    assert!(before.findings.iter().any(|f| f.what_is_said == "committed before the disk filled"));

    // Space is back: the edit the UI kept dirty is saved on its retry.
    library.connection().pragma_update(None, "max_page_count", 1_000_000).unwrap();
    let mut retried = big_finding.clone();
    retried.id = new_id();
    library.update_item(&id, &Item::Finding(retried.clone())).unwrap();
    assert!(library.load(&id).unwrap().findings.iter().any(|f| f.id == retried.id));
}

#[test]
fn a_library_that_may_not_be_written_is_reported_read_only_and_keeps_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    let id = {
        let mut library = Library::open(&path).unwrap();
        library.create("Read-only", Language::En).unwrap().id
    };
    let mut library = Library::open(&path).unwrap();
    // What SQLite answers when the file or its folder refuses writes.
    library.connection().pragma_update(None, "query_only", true).unwrap();
    let error = library.add_item(&id, ItemKind::Finding).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ReadOnly, "{error}");
    assert_eq!(library.load(&id).unwrap().meta.title, "Read-only");
    assert!(library.load(&id).unwrap().findings.is_empty(), "no half-applied edit");
}

/// The real thing on Unix: the library file and its folder made read-only.
/// (As root, permissions do not apply; the test then says so and checks nothing more.)
#[cfg(unix)]
#[test]
fn a_read_only_data_folder_refuses_edits_with_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("library.sqlite3");
    let id = {
        let mut library = Library::open(&path).unwrap();
        library.create("Locked", Language::En).unwrap().id
    };
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let enforced = std::fs::OpenOptions::new().write(true).open(&path).is_err();
    let outcome = Library::open(&path).and_then(|mut library| library.add_item(&id, ItemKind::Finding).map(|_| ()));
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    if !enforced {
        eprintln!("permissions are not enforced for this user (root): read-only folder not checked here");
        return;
    }
    let error = outcome.expect_err("a read-only library cannot be edited");
    assert_eq!(error.kind(), ErrorKind::ReadOnly, "{error}");
    assert_eq!(Library::open(&path).unwrap().load(&id).unwrap().meta.title, "Locked");
}
