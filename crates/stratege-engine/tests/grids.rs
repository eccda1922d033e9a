//! The channel matrix in the store: a persona's channels at two degrees
//! (reachable, primary), kept across a reopen, checked, cleaned up with the channel.

use stratege_engine::model::*;
use stratege_engine::store::Library;
use stratege_engine::ErrorKind;

fn setup() -> (tempfile::TempDir, std::path::PathBuf, Library, String, Vec<String>, Persona) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("library.sqlite3");
    let mut library = Library::open(&path).unwrap();
    let id = library.create("Matrix", Language::Fr).unwrap().id;
    let channels = (0..3).map(|_| library.add_item(&id, ItemKind::Channel).unwrap().id().to_string()).collect();
    let Item::Persona(persona) = library.add_item(&id, ItemKind::Persona).unwrap() else { unreachable!() };
    (folder, path, library, id, channels, persona)
}

fn persona_of(library: &Library, id: &str) -> Persona {
    library.load(id).unwrap().personas.remove(0)
}

#[test]
fn primary_and_secondary_links_survive_a_reopen_in_order() {
    let (_folder, path, mut library, id, c, mut persona) = setup();
    persona.channel_ids = vec![c[2].clone(), c[0].clone(), c[1].clone()];
    persona.primary_channel_ids = vec![c[0].clone()];
    library.update_item(&id, &Item::Persona(persona.clone())).unwrap();
    drop(library);
    let library = Library::open(&path).unwrap();
    assert_eq!(persona_of(&library, &id), persona);
}

#[test]
fn a_primary_channel_must_also_be_reachable() {
    let (_folder, _path, mut library, id, c, mut persona) = setup();
    persona.channel_ids = vec![c[0].clone()];
    persona.primary_channel_ids = vec![c[1].clone()];
    let error = library.update_item(&id, &Item::Persona(persona)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Invalid);
    assert!(error.to_string().contains("primary_channel_ids"), "{error}");
    assert!(persona_of(&library, &id).channel_ids.is_empty(), "nothing saved");
}

#[test]
fn demoting_and_removing_a_channel_updates_both_degrees() {
    let (_folder, _path, mut library, id, c, mut persona) = setup();
    persona.channel_ids = vec![c[0].clone(), c[1].clone()];
    persona.primary_channel_ids = vec![c[0].clone(), c[1].clone()];
    library.update_item(&id, &Item::Persona(persona.clone())).unwrap();
    persona.primary_channel_ids = vec![c[1].clone()];
    library.update_item(&id, &Item::Persona(persona.clone())).unwrap();
    assert_eq!(persona_of(&library, &id).primary_channel_ids, [c[1].clone()]);
    library.delete_item(&id, ItemKind::Channel, &c[1]).unwrap();
    let stored = persona_of(&library, &id);
    assert_eq!(stored.channel_ids, [c[0].clone()]);
    assert!(stored.primary_channel_ids.is_empty());
}

#[test]
fn a_duplicate_keeps_the_degrees_under_new_ids() {
    let (_folder, _path, mut library, id, c, mut persona) = setup();
    persona.channel_ids = vec![c[0].clone(), c[1].clone()];
    persona.primary_channel_ids = vec![c[1].clone()];
    library.update_item(&id, &Item::Persona(persona)).unwrap();
    let copy_id = library.duplicate(&id).unwrap().id;
    let copy = library.load(&copy_id).unwrap();
    let p = &copy.personas[0];
    assert_eq!(p.primary_channel_ids, [copy.channels[1].id.clone()]);
    assert_eq!(p.channel_ids, [copy.channels[0].id.clone(), copy.channels[1].id.clone()]);
}
