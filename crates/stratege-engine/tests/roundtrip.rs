//! Property: export → import gives a strategy equal in every field. Strategies
//! are generated from the sample by replacing its values (every text, number,
//! flag and optional value the model has, found by walking its JSON form, so
//! new fields are covered without editing this test) with generated ones; a
//! replacement the validation rules refuse is undone, since such a strategy
//! could never be saved.

use proptest::prelude::{any, prop_assert_eq, prop_oneof, proptest, Just, ProptestConfig};
use proptest::strategy::Strategy as _;
use serde_json::Value;
use stratege_engine::exchange::{read_file, write_file};
use stratege_engine::model::{validate, Item, Strategy, StrategyMeta};
use stratege_engine::sample;
use stratege_engine::store::{items_in_dependency_order, ImportMode, Library};

/// Values to draw from, in turn.
#[derive(Debug, Clone)]
struct Pools {
    texts: Vec<String>,
    numbers: Vec<i64>,
    flags: Vec<bool>,
    /// Which leaves to change: leaf n changes when `pick[n % len]`.
    pick: Vec<bool>,
}

fn pools() -> impl proptest::strategy::Strategy<Value = Pools> {
    let text = prop_oneof![
        "\\PC{0,40}",
        Just(String::new()),
        Just("l’été « à Québec » — 🎯 naïve".to_string()),
        Just("line one\nline two".to_string()),
        Just("'; DROP TABLE strategies; --".to_string()),
    ];
    (
        proptest::collection::vec(text, 1..24),
        proptest::collection::vec(prop_oneof![-5i64..1000, Just(0), Just(1_000_000)], 1..8),
        proptest::collection::vec(any::<bool>(), 1..8),
        proptest::collection::vec(any::<bool>(), 1..16),
    )
        .prop_map(|(texts, numbers, flags, pick)| Pools {
            texts,
            numbers,
            flags,
            pick,
        })
}

fn is_identity(key: &str) -> bool {
    key == "id" || key == "item_kind" || key.ends_with("_id") || key.ends_with("_ids")
}

fn valid(value: &Value) -> Option<Strategy> {
    let strategy: Strategy = serde_json::from_value(value.clone()).ok()?;
    validate::meta(&strategy.meta).ok()?;
    for item in items_in_dependency_order(&strategy) {
        validate::item(&item).ok()?;
    }
    for slot in &strategy.slots {
        validate::slot(slot).ok()?;
    }
    Some(strategy)
}

/// The `item_kind` of each list of `Strategy`, to check one entry alone (much faster than the whole).
fn kind_of_list(list: &str) -> Option<&'static str> {
    Some(match list {
        "team" => "team_member",
        "objectives" => "objective",
        "findings" => "finding",
        "competitors" => "competitor",
        "personas" => "persona",
        "kpis" => "kpi",
        "channels" => "channel",
        "content" => "content_item",
        _ => return None,
    })
}

/// Whether the unit holding the leaf at `path` (the meta, or one entry) still passes the rules.
fn unit_valid(value: &Value, path: &str) -> bool {
    let mut parts = path.split('/').skip(1);
    let (Some(top), index) = (parts.next(), parts.next()) else {
        return valid(value).is_some();
    };
    if top == "meta" {
        return serde_json::from_value::<StrategyMeta>(value["meta"].clone())
            .is_ok_and(|meta| validate::meta(&meta).is_ok());
    }
    let (Some(kind), Some(index)) = (
        kind_of_list(top),
        index.and_then(|i| i.parse::<usize>().ok()),
    ) else {
        return valid(value).is_some();
    };
    let mut entry = value[top][index].clone();
    entry["item_kind"] = Value::from(kind);
    serde_json::from_value::<Item>(entry).is_ok_and(|item| validate::item(&item).is_ok())
}

/// Paths (JSON pointers) to every leaf that is not an identity or a reference.
fn leaves(value: &Value, path: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if !is_identity(key) {
                    leaves(child, format!("{path}/{key}"), out);
                }
            }
        }
        Value::Array(list) => {
            for (index, child) in list.iter().enumerate() {
                leaves(child, format!("{path}/{index}"), out);
            }
        }
        _ => out.push(path),
    }
}

/// A small stored logo (a valid `data:` URL).
fn logo() -> String {
    let art = image::RgbImage::from_fn(40, 12, |x, y| {
        image::Rgb([(x * 6) as u8, (y * 20) as u8, 90])
    });
    let mut png = Vec::new();
    image::DynamicImage::ImageRgb8(art)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    stratege_engine::picture::from_bytes(&png).unwrap()
}

fn generate(pools: &Pools) -> Strategy {
    // The sample has no logo; one is set so that the field is exercised (kept or emptied).
    let mut base = sample::strategy();
    base.meta.consultant_logo = Some(logo());
    let mut value = serde_json::to_value(base).unwrap();
    let mut paths = Vec::new();
    leaves(&value, String::new(), &mut paths);
    let mut draws = 0usize;
    for (n, path) in paths.iter().enumerate() {
        if !pools.pick[n % pools.pick.len()] {
            continue;
        }
        draws += 1;
        let Some(leaf) = value.pointer_mut(path) else {
            continue;
        };
        let old = leaf.clone();
        *leaf = match &old {
            Value::String(_) => Value::String(pools.texts[draws % pools.texts.len()].clone()),
            Value::Number(_) => Value::from(pools.numbers[draws % pools.numbers.len()]),
            Value::Bool(_) => Value::Bool(pools.flags[draws % pools.flags.len()]),
            // An optional value left empty stays so (leaves are never objects or arrays).
            Value::Null | Value::Object(_) | Value::Array(_) => continue,
        };
        if !unit_valid(&value, path) {
            // Refused by the rules (an enum, a date, a length...): try emptying an optional one instead.
            *value.pointer_mut(path).unwrap() = Value::Null;
            if !unit_valid(&value, path) {
                *value.pointer_mut(path).unwrap() = old;
            }
        }
    }
    let generated = valid(&value).expect("the generated strategy stays valid");
    // Rules across entries (one primary objective...) are the library's: what it holds is the reference.
    let mut library = Library::open_in_memory().unwrap();
    library.insert(&generated).unwrap();
    library.load(&generated.meta.id).unwrap()
}

/// The first field where two strategies differ, as a JSON pointer with both values.
fn first_difference(left: &Value, right: &Value, path: &str) -> Option<String> {
    match (left, right) {
        (Value::Object(a), Value::Object(b)) => a.keys().chain(b.keys()).find_map(|key| {
            first_difference(
                a.get(key).unwrap_or(&Value::Null),
                b.get(key).unwrap_or(&Value::Null),
                &format!("{path}/{key}"),
            )
        }),
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}/{i}"))),
        _ if left == right => None,
        _ => Some(format!("{path}: {left} != {right}")),
    }
}

fn same(read: &Strategy, written: &Strategy) -> Result<(), String> {
    let (read, written) = (
        serde_json::to_value(read).unwrap(),
        serde_json::to_value(written).unwrap(),
    );
    match first_difference(&read, &written, "") {
        None => Ok(()),
        Some(difference) => Err(difference),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_equal_in_every_field(pools in pools()) {
        let strategy = generate(&pools);
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("round.strategy");
        write_file(&strategy, &file).unwrap();
        prop_assert_eq!(same(&read_file(&file).unwrap(), &strategy), Ok(()));

        let mut library = Library::open(&folder.path().join("library.sqlite3")).unwrap();
        library.import_file(&file, ImportMode::Ask).unwrap();
        prop_assert_eq!(same(&library.load(&strategy.meta.id).unwrap(), &strategy), Ok(()));
    }
}

#[test]
fn the_generator_really_replaces_values() {
    // Guards the property above against testing the unchanged sample only.
    let pools = Pools {
        texts: vec!["généré".into()],
        numbers: vec![7],
        flags: vec![true],
        pick: vec![true],
    };
    let strategy = generate(&pools);
    assert_eq!(strategy.meta.title, "généré");
    assert_eq!(strategy.meta.client_name, "généré");
    assert!(strategy.content.iter().all(|item| item.title == "généré"));
    assert!(strategy
        .personas
        .iter()
        .all(|persona| persona.name == "généré"));
    assert!(strategy.meta.archived);
}
