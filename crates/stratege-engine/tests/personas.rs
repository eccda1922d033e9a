//! The persona board's data: priority and picture, in the library, in
//! `.strategy` files, through migration from a library made before them.

use stratege_engine::exchange::{read_file, write_file};
use stratege_engine::model::*;
use stratege_engine::store::Library;
use stratege_engine::{picture, sample, ErrorKind};

/// A real picture in its stored form (a small re-encoded JPEG).
fn a_picture() -> String {
    // A 2×2 PNG written by hand would do; encoding one keeps the test honest about the format.
    let mut png = Vec::new();
    let image = image::RgbImage::from_fn(300, 200, |x, y| image::Rgb([x as u8, y as u8, 128]));
    image.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
    picture::from_bytes(&png).unwrap()
}

fn with_board_fields() -> Strategy {
    let mut strategy = sample::strategy();
    strategy.personas[0].picture = Some(a_picture());
    strategy.personas[1].priority = PersonaPriority::Other;
    strategy
}

#[test]
fn priority_and_picture_survive_a_reopen_and_a_strategy_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("library.sqlite3");
    let original = with_board_fields();
    let mut library = Library::open(&path).unwrap();
    library.insert(&original).unwrap();
    drop(library);
    let reopened = Library::open(&path).unwrap().load(&original.meta.id).unwrap();
    assert_eq!(reopened, original);

    let file = folder.path().join("board.strategy");
    write_file(&original, &file).unwrap();
    assert_eq!(read_file(&file).unwrap(), original);
}

#[test]
fn editing_priority_and_picture_goes_through_update_item() {
    let mut library = Library::open_in_memory().unwrap();
    let id = library.create("Board", Language::Fr).unwrap().id;
    let Item::Persona(mut persona) = library.add_item(&id, ItemKind::Persona).unwrap() else { unreachable!() };
    assert_eq!((persona.priority, persona.picture.as_deref()), (PersonaPriority::Primary, None));
    persona.priority = PersonaPriority::Secondary;
    persona.picture = Some(a_picture());
    library.update_item(&id, &Item::Persona(persona.clone())).unwrap();
    assert_eq!(library.load(&id).unwrap().personas, vec![persona.clone()]);

    // Anything but a checked embedded picture is refused, and nothing changes.
    for bad in ["https://example.com/me.png", "data:image/svg+xml;base64,PHN2Zy8+", "data:image/png;base64,AAAA"] {
        let mut edited = persona.clone();
        edited.picture = Some(bad.into());
        let error = library.update_item(&id, &Item::Persona(edited)).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Invalid, "{bad}");
    }
    assert_eq!(library.load(&id).unwrap().personas, vec![persona]);
}

#[test]
fn a_strategy_file_with_a_hostile_picture_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("trap.strategy");
    write_file(&sample::strategy(), &file).unwrap();
    let conn = rusqlite::Connection::open(&file).unwrap();
    conn.execute("UPDATE personas SET picture = 'javascript:alert(1)'", []).unwrap();
    drop(conn);
    assert_eq!(read_file(&file).unwrap_err().kind(), ErrorKind::NotAStrategyFile);
}

#[test]
fn personas_of_an_older_library_start_primary_without_picture() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("library.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/001_initial.sql")).unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/002_channel_relevance.sql")).unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
        conn.execute_batch(
            "INSERT INTO strategies VALUES ('s', 'Avant', '', '', '', 'fr', NULL, NULL, '#1f3a5f', 'beginner', '',
                '[]', '', '[]', '', '[]', '[]', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO personas (id, strategy_id, position, name, tagline, demographics, psychographics,
                online_behaviour, \"values\", challenges, goals, quote, color)
             VALUES ('p', 's', 0, 'Élodie', '', '', '', '', '', '', '', '', '#4f7cac');",
        )
        .unwrap();
    }
    let library = Library::open(&path).unwrap();
    let persona = &library.load("s").unwrap().personas[0];
    assert_eq!((persona.name.as_str(), persona.priority, persona.picture.as_deref()), ("Élodie", PersonaPriority::Primary, None));
}

#[test]
fn reordering_fifty_personas_keeps_every_card_and_changes_only_the_order() {
    let mut library = Library::open_in_memory().unwrap();
    let id = library.create("Fifty", Language::En).unwrap().id;
    for _ in 0..50 {
        library.add_item(&id, ItemKind::Persona).unwrap();
    }
    let before: Vec<String> = library.load(&id).unwrap().personas.into_iter().map(|p| p.id).collect();
    let moved = before[49].clone();
    let after: Vec<String> = library
        .move_item(&id, ItemKind::Persona, &moved, 0)
        .unwrap()
        .into_iter()
        .map(|item| item.id().to_string())
        .collect();
    let mut expected = before.clone();
    expected.rotate_right(1);
    assert_eq!(after, expected);
}
