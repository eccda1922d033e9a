//! The editorial calendar through `Library`, on a real file: drops (backlog →
//! day, day → day, reorder within a day, day → backlog), recurring slots and
//! remembered filters, all surviving a reopen.

use stratege_engine::calendar::{CalendarFilters, CalendarLayout, CalendarPrefs, RecurringSlot};
use stratege_engine::model::*;
use stratege_engine::store::{EditVerb, Library};
use stratege_engine::{sample, Error};

fn setup() -> (tempfile::TempDir, std::path::PathBuf, Library, Strategy) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("library.sqlite3");
    let mut library = Library::open(&path).unwrap();
    let strategy = sample::strategy();
    library.insert(&strategy).unwrap();
    (folder, path, library, strategy)
}

/// The ids of the strategy's content, in list order.
fn content_order(library: &Library, strategy_id: &str) -> Vec<String> {
    library
        .load(strategy_id)
        .unwrap()
        .content
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

/// The ids of `date`'s items (None: the backlog), in their order.
fn day(library: &Library, strategy_id: &str, date: Option<&str>) -> Vec<String> {
    let s = library.load(strategy_id).unwrap();
    s.content
        .iter()
        .filter(|c| c.date.as_deref() == date)
        .map(|c| c.id.clone())
        .collect()
}

#[test]
fn drops_reschedule_keep_the_time_and_order_the_day() {
    let (_folder, path, mut library, strategy) = setup();
    let sid = strategy.meta.id.clone();
    let idea = strategy
        .content
        .iter()
        .find(|c| c.date.is_none())
        .unwrap()
        .id
        .clone();
    let timed = strategy
        .content
        .iter()
        .find(|c| c.time.is_some())
        .unwrap()
        .clone();
    let target = "2027-02-10";
    let before = day(&library, &sid, Some(target));
    assert!(before.len() >= 2, "the sample plans {target}");

    // Backlog → day, first of the day.
    let moved = library.move_content(&sid, &idea, Some(target), 0).unwrap();
    assert_eq!(
        (moved.date.as_deref(), moved.time.as_deref()),
        (Some(target), None)
    );
    assert_eq!(day(&library, &sid, Some(target))[0], idea);
    assert_eq!(moved.order, content_order(&library, &sid));

    // Day → day keeps the time of day; lands at the end when the index is past it.
    let moved = library
        .move_content(&sid, &timed.id, Some(target), 99)
        .unwrap();
    assert_eq!(moved.time, timed.time);
    let now = day(&library, &sid, Some(target));
    assert_eq!(now.last(), Some(&timed.id));
    assert_eq!(now.len(), before.len() + 2);

    // Reorder within the day: the last becomes second.
    library
        .move_content(&sid, &timed.id, Some(target), 1)
        .unwrap();
    assert_eq!(
        day(&library, &sid, Some(target))[..2],
        [idea.clone(), timed.id.clone()]
    );

    // Day → backlog: no date, and no time (the model has no time without a date).
    let moved = library.move_content(&sid, &timed.id, None, 0).unwrap();
    assert_eq!((moved.date, moved.time), (None, None));
    assert_eq!(day(&library, &sid, None)[0], timed.id);

    // Committed: a reopened library sees the same.
    let expected = library.load(&sid).unwrap().content;
    drop(library);
    let reopened = Library::open(&path).unwrap();
    assert_eq!(reopened.load(&sid).unwrap().content, expected);
}

#[test]
fn moves_are_checked() {
    let (_folder, _path, mut library, strategy) = setup();
    let sid = strategy.meta.id.clone();
    let id = strategy.content[0].id.clone();
    assert!(matches!(
        library.move_content(&sid, "nope", None, 0),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        library.move_content("nope", &id, None, 0),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        library.move_content(&sid, &id, Some("2027-02-30"), 0),
        Err(Error::Invalid { .. })
    ));
    assert!(matches!(
        library.move_content(&sid, &id, Some("demain"), 0),
        Err(Error::Invalid { .. })
    ));
    // Nothing changed.
    assert_eq!(library.load(&sid).unwrap().content, strategy.content);
    // A leap day is a day.
    library
        .move_content(&sid, &id, Some("2028-02-29"), 0)
        .unwrap();
}

#[test]
fn slots_belong_to_a_strategy_and_its_channels() {
    let (_folder, path, mut library, strategy) = setup();
    let sid = strategy.meta.id.clone();
    assert_eq!(
        library.calendar_slots(&sid).unwrap(),
        strategy.slots,
        "the sample's slots are stored"
    );
    for sample_slot in &strategy.slots {
        library.delete_calendar_slot(&sid, &sample_slot.id).unwrap();
    }
    let channel = strategy.channels[0].id.clone();
    let slot = RecurringSlot {
        id: "s1".into(),
        channel_id: channel.clone(),
        weekday: 2,
        time: "12:30".into(),
    };
    let thursday = RecurringSlot {
        id: "s2".into(),
        weekday: 4,
        ..slot.clone()
    };
    library.save_calendar_slot(&sid, &slot).unwrap();
    let all = library.save_calendar_slot(&sid, &thursday).unwrap();
    assert_eq!(all, [slot.clone(), thursday.clone()]);
    for bad in [
        RecurringSlot {
            weekday: 0,
            ..slot.clone()
        },
        RecurringSlot {
            weekday: 8,
            ..slot.clone()
        },
        RecurringSlot {
            time: "25:00".into(),
            ..slot.clone()
        },
        RecurringSlot {
            channel_id: "elsewhere".into(),
            ..slot.clone()
        },
    ] {
        assert!(
            matches!(
                library.save_calendar_slot(&sid, &bad),
                Err(Error::Invalid { .. })
            ),
            "{bad:?}"
        );
    }
    assert_eq!(
        library.delete_calendar_slot(&sid, "s1").unwrap(),
        std::slice::from_ref(&thursday)
    );
    drop(library);
    let mut library = Library::open(&path).unwrap();
    assert_eq!(
        library.calendar_slots(&sid).unwrap(),
        std::slice::from_ref(&thursday)
    );
    // Removing the channel removes its slots; undoing brings both back.
    library
        .delete_item(&sid, ItemKind::Channel, &channel)
        .unwrap();
    assert!(library.calendar_slots(&sid).unwrap().is_empty());
    let outcome = library.undo(&sid).unwrap().unwrap();
    assert_eq!(outcome.strategy.slots, std::slice::from_ref(&thursday));
    assert_eq!(library.calendar_slots(&sid).unwrap(), [thursday]);
}

#[test]
fn slot_edits_are_undone_and_redone() {
    let (_folder, _path, mut library, strategy) = setup();
    let sid = strategy.meta.id.clone();
    let added = RecurringSlot {
        id: "s9".into(),
        channel_id: strategy.channels[1].id.clone(),
        weekday: 5,
        time: "18:00".into(),
    };
    library.save_calendar_slot(&sid, &added).unwrap();
    library
        .delete_calendar_slot(&sid, &strategy.slots[0].id)
        .unwrap();
    let outcome = library.undo(&sid).unwrap().unwrap();
    assert_eq!(outcome.action.verb, EditVerb::EditSlots);
    assert!(
        outcome.strategy.slots.contains(&strategy.slots[0]),
        "the deleted slot is back"
    );
    library.undo(&sid).unwrap().unwrap();
    assert_eq!(
        library.calendar_slots(&sid).unwrap(),
        strategy.slots,
        "as the sample had them"
    );
    let outcome = library.redo(&sid).unwrap().unwrap();
    assert!(outcome.strategy.slots.contains(&added));
}

#[test]
fn filters_are_remembered_per_strategy() {
    let (_folder, path, mut library, strategy) = setup();
    let sid = strategy.meta.id.clone();
    assert_eq!(
        library.calendar_prefs(&sid).unwrap(),
        CalendarPrefs::default()
    );
    let prefs = CalendarPrefs {
        layout: CalendarLayout::Week,
        filters: CalendarFilters {
            statuses: vec![ContentStatus::Draft],
            pillars: vec!["Recettes".into()],
            ..Default::default()
        },
    };
    library.set_calendar_prefs(&sid, &prefs).unwrap();
    let other = library.create("Autre", Language::Fr).unwrap();
    drop(library);
    let library = Library::open(&path).unwrap();
    assert_eq!(library.calendar_prefs(&sid).unwrap(), prefs);
    assert_eq!(
        library.calendar_prefs(&other.id).unwrap(),
        CalendarPrefs::default()
    );
}

/// The stored position of every content item, by id.
fn positions(path: &std::path::Path) -> std::collections::HashMap<String, i64> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut select = conn
        .prepare("SELECT id, position FROM content_items")
        .unwrap();
    select
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_drop_writes_one_row_and_repeated_drops_into_one_place_keep_the_order() {
    let (_folder, path, mut library, strategy) = setup();
    let sid = strategy.meta.id.clone();
    let target = "2027-02-10";
    let order = |library: &Library| content_order(&library, &sid);
    // From the end of the list to the first place of a day early in it: one row changes.
    let before = positions(&path);
    let last = strategy.content.last().unwrap().id.clone();
    let moved = library.move_content(&sid, &last, Some(target), 0).unwrap();
    let after = positions(&path);
    let changed = after
        .iter()
        .filter(|(id, p)| before.get(*id) != Some(p))
        .count();
    assert_eq!(changed, 1, "only the moved item's row");
    assert_eq!(moved.order, content_order(&library, &sid));
    // Each drop halves the room in front of the day; past ten, the list is renumbered.
    for item in strategy.content.iter().take(15) {
        let moved = library
            .move_content(&sid, &item.id, Some(target), 0)
            .unwrap();
        assert_eq!(day(&library, &sid, Some(target))[0], item.id);
        assert_eq!(moved.order, content_order(&library, &sid));
    }
}

#[test]
fn a_list_with_gaps_is_renumbered_by_a_move() {
    let (_folder, _path, mut library, strategy) = setup();
    let sid = strategy.meta.id.clone();
    // Deleting leaves a gap in the positions.
    library
        .delete_item(&sid, ItemKind::ContentItem, &strategy.content[3].id)
        .unwrap();
    let last = strategy.content.last().unwrap().id.clone();
    let moved = library
        .move_content(&sid, &last, Some("2027-01-04"), 0)
        .unwrap();
    let loaded: Vec<String> = library
        .load(&sid)
        .unwrap()
        .content
        .iter()
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(moved.order, loaded);
    assert_eq!(day(&library, &sid, Some("2027-01-04"))[0], last);
    // Then contiguous again: a later move takes the one-statement path and agrees too.
    let first = loaded[0].clone();
    let moved = library.move_content(&sid, &first, None, 0).unwrap();
    assert_eq!(moved.order, content_order(&library, &sid));
}

#[test]
fn slots_travel_in_strategy_files_and_a_stray_one_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("plan.strategy");
    let strategy = sample::strategy();
    stratege_engine::exchange::write_file(&strategy, &file).unwrap();
    assert_eq!(
        stratege_engine::exchange::read_file(&file).unwrap().slots,
        strategy.slots
    );
    // A hand-edited file whose slot names a channel it does not hold.
    let conn = rusqlite::Connection::open(&file).unwrap();
    conn.pragma_update(None, "foreign_keys", false).unwrap();
    conn.execute(
        "UPDATE calendar_slots SET channel_id = 'nowhere' WHERE rowid = 1",
        [],
    )
    .unwrap();
    drop(conn);
    let refused = stratege_engine::exchange::read_file(&file);
    assert!(
        matches!(refused, Err(Error::NotAStrategyFile(ref why)) if why.contains("channel_id")),
        "{refused:?}"
    );
}
