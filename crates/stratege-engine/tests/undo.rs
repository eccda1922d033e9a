//! Undo and redo through the same `Library` methods the app calls: every
//! kind of edit goes back exactly to the state before it, and forward again.

use stratege_engine::model::*;
use stratege_engine::sample;
use stratege_engine::store::{EditVerb, Library};

fn library_with_sample() -> (Library, Strategy) {
    let mut library = Library::open_in_memory().unwrap();
    let strategy = sample::strategy();
    library.insert(&strategy).unwrap();
    (library, strategy)
}

/// The strategy without its edit stamp, which every edit and every undo bumps.
fn content(library: &Library, id: &str) -> Strategy {
    let mut strategy = library.load(id).unwrap();
    strategy.meta.updated_at.clear();
    strategy
}

#[test]
fn nothing_to_undo_or_redo_on_a_fresh_strategy() {
    let (mut library, strategy) = library_with_sample();
    assert!(library.undo(&strategy.meta.id).unwrap().is_none());
    assert!(library.redo(&strategy.meta.id).unwrap().is_none());
    assert_eq!(library.history(&strategy.meta.id).undo, None);
}

#[test]
fn deleting_a_channel_is_undone_with_every_reference_to_it() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    let before = content(&library, id);
    // The sample's first channel is reached by personas, measured by KPIs and planned in content.
    let channel = before.channels[0].clone();
    assert!(before.personas.iter().any(|p| p.channel_ids.contains(&channel.id)));
    assert!(before.content.iter().any(|c| c.channel_id.as_deref() == Some(channel.id.as_str())));

    library.delete_item(id, ItemKind::Channel, &channel.id).unwrap();
    let after_delete = content(&library, id);
    assert!(after_delete.personas.iter().all(|p| !p.channel_ids.contains(&channel.id)));

    let undone = library.undo(id).unwrap().expect("a step to undo");
    assert_eq!(undone.action.verb, EditVerb::Delete);
    assert_eq!(undone.action.item_kind, Some(ItemKind::Channel));
    assert_eq!(content(&library, id), before, "the channel, its place and every reference are back");
    assert!(undone.history.redo.is_some());

    library.redo(id).unwrap().expect("a step to redo");
    assert_eq!(content(&library, id), after_delete);
}

#[test]
fn add_move_and_edit_each_undo_in_turn() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    let start = content(&library, id);

    let Item::Persona(mut persona) = library.add_item(id, ItemKind::Persona).unwrap() else { panic!("a persona") };
    let added = content(&library, id);
    library.move_item(id, ItemKind::Persona, &persona.id, 0).unwrap();
    let moved = content(&library, id);
    persona.name = "Élodie, « habituée »".into();
    library.update_item(id, &Item::Persona(persona.clone())).unwrap();
    let edited = content(&library, id);
    assert_eq!(edited.personas[0].name, "Élodie, « habituée »");

    library.undo(id).unwrap().unwrap();
    assert_eq!(content(&library, id), moved);
    library.undo(id).unwrap().unwrap();
    assert_eq!(content(&library, id), added);
    library.undo(id).unwrap().unwrap();
    assert_eq!(content(&library, id), start);
    assert!(library.undo(id).unwrap().is_none());

    for expected in [&added, &moved, &edited] {
        library.redo(id).unwrap().unwrap();
        assert_eq!(&content(&library, id), expected);
    }
}

#[test]
fn quick_saves_of_one_field_are_one_step_but_another_field_is_another() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    let mut persona = strategy.personas[0].clone();
    let original_name = persona.name.clone();
    for typed in ["M", "Ma", "Mar", "Marie"] {
        persona.name = typed.into();
        library.update_item(id, &Item::Persona(persona.clone())).unwrap();
    }
    persona.quote = "Je veux du vrai pain".into();
    library.update_item(id, &Item::Persona(persona.clone())).unwrap();

    library.undo(id).unwrap().unwrap();
    assert_eq!(content(&library, id).personas[0].name, "Marie", "the quote step alone is undone");
    let undone = library.undo(id).unwrap().unwrap();
    assert_eq!(undone.action.label, original_name);
    assert_eq!(content(&library, id).personas[0].name, original_name, "the whole typing burst is one step");
}

#[test]
fn a_save_that_changes_nothing_is_not_a_step() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    library.update_item(id, &Item::Persona(strategy.personas[0].clone())).unwrap();
    library.update_meta(&strategy.meta).unwrap();
    assert!(library.undo(id).unwrap().is_none());
}

#[test]
fn choosing_another_primary_objective_is_undone_for_both() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    let before = content(&library, id);
    let mut other = before.objectives.iter().find(|o| !o.is_primary).expect("a secondary objective").clone();
    other.is_primary = true;
    library.update_item(id, &Item::Objective(other)).unwrap();
    assert_eq!(content(&library, id).objectives.iter().filter(|o| o.is_primary).count(), 1);
    library.undo(id).unwrap().unwrap();
    assert_eq!(content(&library, id), before);
}

#[test]
fn strategy_header_edits_undo_but_archiving_does_not() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    let mut meta = strategy.meta.clone();
    meta.differentiator = "Le seul fournil du quartier ouvert à 6 h".into();
    library.update_meta(&meta).unwrap();
    library.set_archived(id, true).unwrap();
    let undone = library.undo(id).unwrap().unwrap();
    assert_eq!(undone.action.verb, EditVerb::EditStrategy);
    let now = library.load(id).unwrap();
    assert_eq!(now.meta.differentiator, strategy.meta.differentiator);
    assert!(now.meta.archived, "undo does not unarchive");
}

#[test]
fn a_new_edit_after_undo_drops_the_redo_and_deleting_the_strategy_forgets_all() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    library.add_item(id, ItemKind::Finding).unwrap();
    library.undo(id).unwrap().unwrap();
    library.add_item(id, ItemKind::Competitor).unwrap();
    assert!(library.redo(id).unwrap().is_none());
    library.delete(id).unwrap();
    assert!(library.undo(id).unwrap().is_none());
}

#[test]
fn choosing_a_logo_is_one_undoable_edit_and_a_hostile_one_is_refused() {
    let (mut library, strategy) = library_with_sample();
    let id = &strategy.meta.id;
    let art = image::RgbImage::from_fn(120, 40, |x, _| image::Rgb([(x * 2) as u8, 80, 160]));
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(art).write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
    let mut meta = strategy.meta.clone();
    meta.consultant_logo = Some(stratege_engine::picture::from_bytes(&png).unwrap());
    library.update_meta(&meta).unwrap();
    assert_eq!(library.load(id).unwrap().meta.consultant_logo, meta.consultant_logo);
    library.undo(id).unwrap().unwrap();
    assert_eq!(library.load(id).unwrap().meta.consultant_logo, None);
    library.redo(id).unwrap().unwrap();
    assert_eq!(library.load(id).unwrap().meta.consultant_logo, meta.consultant_logo);

    meta.consultant_logo = Some("data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+".into());
    let error = library.update_meta(&meta).unwrap_err();
    assert!(matches!(&error, stratege_engine::Error::Invalid { field, .. } if field == "consultant_logo"), "{error}");
}
