//! The library as the app uses it: on a real file in a temp folder, through the
//! same `Library` methods the Tauri commands call.

use stratege_engine::model::*;
use stratege_engine::store::{schema, Library};
use stratege_engine::{sample, settings, Error, ErrorKind};

fn temp_library() -> (tempfile::TempDir, std::path::PathBuf, Library) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("library.sqlite3");
    let library = Library::open(&path).unwrap();
    (folder, path, library)
}

#[test]
fn every_field_of_the_sample_survives_a_reopen() {
    let (_folder, path, mut library) = temp_library();
    let original = sample::strategy();
    library.insert(&original).unwrap();
    drop(library);
    let reopened = Library::open(&path).unwrap();
    assert_eq!(reopened.load(&original.meta.id).unwrap(), original);
}

#[test]
fn create_rename_archive_search_delete() {
    let (_folder, _path, mut library) = temp_library();
    let created = library.create("  Plan Q1  ", Language::En).unwrap();
    assert_eq!(created.title, "Plan Q1");
    library.rename(&created.id, "Plan 2027").unwrap();
    assert_eq!(library.list("2027", false).unwrap().len(), 1);
    assert_eq!(library.list("nothing like it", false).unwrap().len(), 0);
    library.set_archived(&created.id, true).unwrap();
    assert!(library.list("", false).unwrap().is_empty());
    assert_eq!(library.list("", true).unwrap()[0].title, "Plan 2027");
    library.delete(&created.id).unwrap();
    assert!(library.list("", true).unwrap().is_empty());
    assert_eq!(library.delete(&created.id).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn an_empty_title_is_refused() {
    let (_folder, _path, mut library) = temp_library();
    let error = library.create("   ", Language::Fr).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Invalid);
}

#[test]
fn every_kind_of_entry_can_be_added_edited_moved_and_removed() {
    let (_folder, _path, mut library) = temp_library();
    let id = library.create("Kinds", Language::Fr).unwrap().id;
    for &kind in ItemKind::ALL {
        let first = library.add_item(&id, kind).unwrap();
        let second = library.add_item(&id, kind).unwrap();
        assert_eq!(first.kind(), kind);
        let order = library.move_item(&id, kind, second.id(), 0).unwrap();
        assert_eq!(order.iter().map(Item::id).collect::<Vec<_>>(), [second.id(), first.id()]);
        library.delete_item(&id, kind, first.id()).unwrap();
        let remaining = library.move_item(&id, kind, second.id(), 99).unwrap();
        assert_eq!(remaining.len(), 1, "{kind:?}");
    }
}

#[test]
fn edits_are_stored_and_references_kept() {
    let (_folder, path, mut library) = temp_library();
    let id = library.create("Refs", Language::Fr).unwrap().id;
    let Item::TeamMember(mut member) = library.add_item(&id, ItemKind::TeamMember).unwrap() else { panic!() };
    member.name = "Inès Garnier".into();
    member.department = Department::CustomerService;
    member.hours_per_week = Some(4.5);
    library.update_item(&id, &Item::TeamMember(member.clone())).unwrap();
    let Item::Channel(mut channel) = library.add_item(&id, ItemKind::Channel).unwrap() else { panic!() };
    channel.owner_id = Some(member.id.clone());
    channel.reason = "Là où nos clientes « habituées » échangent".into();
    library.update_item(&id, &Item::Channel(channel.clone())).unwrap();
    let Item::Persona(mut persona) = library.add_item(&id, ItemKind::Persona).unwrap() else { panic!() };
    persona.channel_ids = vec![channel.id.clone()];
    persona.values = "<img src=x onerror=alert(1)> reste du texte".into();
    library.update_item(&id, &Item::Persona(persona.clone())).unwrap();
    drop(library);

    let mut library = Library::open(&path).unwrap();
    let strategy = library.load(&id).unwrap();
    assert_eq!(strategy.team, vec![member.clone()]);
    assert_eq!(strategy.channels, vec![channel.clone()]);
    assert_eq!(strategy.personas, vec![persona]);

    // Deleting the owner clears the reference instead of leaving it dangling.
    library.delete_item(&id, ItemKind::TeamMember, &member.id).unwrap();
    assert_eq!(library.load(&id).unwrap().channels[0].owner_id, None);
    // Deleting the channel removes it from the persona's reachable channels.
    library.delete_item(&id, ItemKind::Channel, &channel.id).unwrap();
    assert!(library.load(&id).unwrap().personas[0].channel_ids.is_empty());
}

#[test]
fn only_one_objective_is_primary() {
    let (_folder, _path, mut library) = temp_library();
    let id = library.create("Goals", Language::En).unwrap().id;
    let mut objectives = Vec::new();
    for _ in 0..3 {
        let Item::Objective(o) = library.add_item(&id, ItemKind::Objective).unwrap() else { panic!() };
        objectives.push(o);
    }
    for chosen in [0, 2] {
        let mut objective = objectives[chosen].clone();
        objective.is_primary = true;
        let all = library.update_item(&id, &Item::Objective(objective)).unwrap();
        let primaries: Vec<_> = all
            .iter()
            .filter_map(|item| match item {
                Item::Objective(o) if o.is_primary => Some(o.id.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(primaries, [objectives[chosen].id.clone()]);
    }
}

#[test]
fn a_whole_strategy_with_several_primary_objectives_keeps_the_last() {
    // As if its objectives were saved one by one: each primary demotes the others.
    let (_folder, _path, mut library) = temp_library();
    let mut strategy = sample::strategy();
    strategy.objectives.iter_mut().for_each(|o| o.is_primary = true);
    library.insert(&strategy).unwrap();
    let primaries: Vec<bool> = library.load(&strategy.meta.id).unwrap().objectives.iter().map(|o| o.is_primary).collect();
    let mut expected = vec![false; strategy.objectives.len()];
    expected[strategy.objectives.len() - 1] = true;
    assert_eq!(primaries, expected);
}

#[test]
fn references_to_another_strategy_are_refused() {
    let (_folder, _path, mut library) = temp_library();
    let a = library.create("A", Language::En).unwrap().id;
    let b = library.create("B", Language::En).unwrap().id;
    let channel = library.add_item(&a, ItemKind::Channel).unwrap();
    let Item::Persona(mut persona) = library.add_item(&b, ItemKind::Persona).unwrap() else { panic!() };
    persona.channel_ids = vec![channel.id().to_string()];
    let error = library.update_item(&b, &Item::Persona(persona)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Invalid);
    // And an entry of A cannot be edited through B.
    let error = library.update_item(&b, &channel).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
}

#[test]
fn oversized_or_malformed_values_are_refused_and_nothing_changes() {
    let (_folder, _path, mut library) = temp_library();
    let id = library.create("Limits", Language::Fr).unwrap().id;
    let Item::ContentItem(mut item) = library.add_item(&id, ItemKind::ContentItem).unwrap() else { panic!() };
    let before = library.load(&id).unwrap().content;
    for change in [
        |i: &mut ContentItem| i.brief = "x".repeat(20_001),
        |i: &mut ContentItem| i.date = Some("2027-02-30".into()),
        |i: &mut ContentItem| i.time = Some("25:00".into()),
        |i: &mut ContentItem| i.title = "a\0b".into(),
    ] {
        let mut bad = item.clone();
        change(&mut bad);
        let error = library.update_item(&id, &Item::ContentItem(bad)).unwrap_err();
        assert!(matches!(error, Error::Invalid { .. }), "{error}");
    }
    assert_eq!(library.load(&id).unwrap().content, before);
    item.brief = "é".repeat(20_000);
    assert!(library.update_item(&id, &Item::ContentItem(item)).is_ok());
}

#[test]
fn update_meta_keeps_the_record_fields() {
    let (_folder, _path, mut library) = temp_library();
    let created = library.create("Meta", Language::Fr).unwrap();
    let mut meta = library.load(&created.id).unwrap().meta;
    meta.client_name = "Maison Lumière".into();
    meta.differentiator = "On repart toujours avec le sourire.".into();
    meta.human.dos = vec!["Signer de son prénom".into()];
    meta.created_at = "1999-01-01T00:00:00.000Z".into();
    meta.archived = true;
    let saved = library.update_meta(&meta).unwrap();
    assert_eq!(saved.client_name, "Maison Lumière");
    assert_eq!(saved.created_at, created.created_at);
    assert!(!saved.archived);
    assert_eq!(library.load(&created.id).unwrap().meta, saved);
}

#[test]
fn duplicate_copies_everything_under_new_ids() {
    let (_folder, _path, mut library) = temp_library();
    let original = sample::strategy();
    library.insert(&original).unwrap();
    let copy = library.duplicate(&original.meta.id).unwrap();
    assert_ne!(copy.id, original.meta.id);
    assert!(copy.title.ends_with(" (copie)"));
    let copy = library.load(&copy.id).unwrap();
    assert_eq!(copy.content.len(), original.content.len());
    assert_eq!(copy.personas[0].name, original.personas[0].name);
    let channel_ids: Vec<_> = copy.channels.iter().map(|c| c.id.clone()).collect();
    for persona in &copy.personas {
        assert!(persona.channel_ids.iter().all(|id| channel_ids.contains(id)));
    }
    assert!(original.channels.iter().all(|c| !channel_ids.contains(&c.id)));
}

#[test]
fn a_library_from_a_newer_version_is_refused_untouched() {
    let (_folder, path, library) = temp_library();
    library.connection().pragma_update(None, "user_version", schema::SCHEMA_VERSION + 1).unwrap();
    library.connection().pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(library);
    let before = std::fs::read(&path).unwrap();
    let error = Library::open(&path).err().unwrap();
    assert_eq!(error.kind(), ErrorKind::NewerVersion);
    assert!(error.to_string().contains("newer version"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_foreign_database_is_not_taken_for_a_library() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("other.sqlite3");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "application_id", 42).unwrap();
    drop(conn);
    assert_eq!(Library::open(&path).err().unwrap().kind(), ErrorKind::NotAStrategyFile);
}

#[test]
fn settings_follow_the_os_until_chosen_and_the_sample_is_seeded_once() {
    let (_folder, path, mut library) = temp_library();
    assert_eq!(settings::load(&library, Some("fr_FR.UTF-8")).unwrap().language, Language::Fr);
    assert_eq!(settings::load(&library, Some("de-DE")).unwrap().language, Language::En);
    settings::set_language(&mut library, Language::Fr).unwrap();
    assert!(settings::seed_sample_once(&mut library).unwrap());
    let sample_id = library.list("", true).unwrap()[0].id.clone();
    library.delete(&sample_id).unwrap();
    drop(library);
    let mut library = Library::open(&path).unwrap();
    assert_eq!(settings::load(&library, Some("en_US")).unwrap().language, Language::Fr);
    assert!(!settings::seed_sample_once(&mut library).unwrap());
    assert!(library.list("", true).unwrap().is_empty());
}

#[test]
fn items_cross_the_wire_with_every_field_including_objective_kind() {
    // The Item tag must not collide with a field name (Objective has `kind`).
    let mut objective = match Item::blank(ItemKind::Objective) {
        Item::Objective(o) => o,
        _ => unreachable!(),
    };
    objective.kind = ObjectiveKind::Sales;
    let item = Item::Objective(objective);
    let json = serde_json::to_string(&item).unwrap();
    let back: Item = serde_json::from_str(&json).unwrap();
    assert_eq!(back, item);
    for &kind in ItemKind::ALL {
        let item = Item::blank(kind);
        let back: Item = serde_json::from_str(&serde_json::to_string(&item).unwrap()).unwrap();
        assert_eq!(back, item);
    }
}
