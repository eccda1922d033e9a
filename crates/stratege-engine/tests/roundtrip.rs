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
use stratege_engine::model::{validate, Strategy};
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
        .prop_map(|(texts, numbers, flags, pick)| Pools { texts, numbers, flags, pick })
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
    Some(strategy)
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

fn generate(pools: &Pools) -> Strategy {
    let mut value = serde_json::to_value(sample::strategy()).unwrap();
    let mut paths = Vec::new();
    leaves(&value, String::new(), &mut paths);
    let mut draws = 0usize;
    for (n, path) in paths.iter().enumerate() {
        if !pools.pick[n % pools.pick.len()] {
            continue;
        }
        draws += 1;
        let Some(leaf) = value.pointer_mut(path) else { continue };
        let old = leaf.clone();
        *leaf = match &old {
            Value::String(_) => Value::String(pools.texts[draws % pools.texts.len()].clone()),
            Value::Number(_) => Value::from(pools.numbers[draws % pools.numbers.len()]),
            Value::Bool(_) => Value::Bool(pools.flags[draws % pools.flags.len()]),
            // An optional value left empty stays so (leaves are never objects or arrays).
            Value::Null | Value::Object(_) | Value::Array(_) => continue,
        };
        if valid(&value).is_none() {
            // Refused by the rules (an enum, a date, a length...): try emptying an optional one instead.
            *value.pointer_mut(path).unwrap() = Value::Null;
            if valid(&value).is_none() {
                *value.pointer_mut(path).unwrap() = old;
            }
        }
    }
    valid(&value).expect("the generated strategy stays valid")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_equal_in_every_field(pools in pools()) {
        let strategy = generate(&pools);
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("round.strategy");
        write_file(&strategy, &file).unwrap();
        prop_assert_eq!(&read_file(&file).unwrap(), &strategy);

        let mut library = Library::open(&folder.path().join("library.sqlite3")).unwrap();
        library.import_file(&file, ImportMode::Ask).unwrap();
        prop_assert_eq!(&library.load(&strategy.meta.id).unwrap(), &strategy);
    }
}
