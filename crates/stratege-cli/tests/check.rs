//! `stratege-cli check`, run as a user or a script would: report, JSON, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use stratege_engine::exchange::write_file;
use stratege_engine::model::Strategy;
use stratege_engine::sample;

const SAMPLE_START: &str = "2027-01-04";

fn check(file: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stratege-cli"))
        .arg("check")
        .arg(file)
        .args(extra)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn write(folder: &Path, name: &str, strategy: &Strategy) -> PathBuf {
    let path = folder.join(name);
    write_file(strategy, &path).expect("written");
    path
}

/// The sample with two blockers: no primary objective, no differentiator.
fn blocked() -> Strategy {
    let mut s = sample::strategy();
    s.objectives.iter_mut().for_each(|o| o.is_primary = false);
    s.meta.differentiator.clear();
    s
}

#[test]
fn the_sample_passes_with_full_marks() {
    let folder = tempfile::tempdir().expect("temp folder");
    let path = write(folder.path(), "sample.strategy", &sample::strategy());
    let output = check(&path, &["--today", SAMPLE_START]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = stdout(&output);
    assert!(
        text.starts_with("Stratège social 2027 — Les Fournils Vernier\n"),
        "{text}"
    );
    assert!(
        text.contains("Score global : 100/100 (0 bloquant, 0 avertissement, 0 conseil)"),
        "{text}"
    );
    assert!(
        text.contains("1. Équipe interfonctionnelle") && text.contains("9. Être humain"),
        "{text}"
    );
    assert!(text.contains("Aucun constat"), "{text}");
}

#[test]
fn the_sample_passes_on_any_day_before_its_start_too() {
    // Without --today the local date is used; the window then starts at the plan's start.
    let folder = tempfile::tempdir().expect("temp folder");
    let path = write(folder.path(), "sample.strategy", &sample::strategy());
    assert_eq!(
        check(&path, &["--today", "2026-06-01"]).status.code(),
        Some(0)
    );
    assert!(
        matches!(check(&path, &[]).status.code(), Some(0)),
        "no blocker whatever the date"
    );
}

#[test]
fn blockers_exit_1_and_are_listed_under_their_step() {
    let folder = tempfile::tempdir().expect("temp folder");
    let path = write(folder.path(), "blocked.strategy", &blocked());
    let output = check(&path, &["--today", SAMPLE_START]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("(2 bloquants, 0 avertissement, 0 conseil)"),
        "{text}"
    );
    assert!(
        text.contains("  Objectifs\n    [X] bloquant — Aucun objectif"),
        "{text}"
    );
    assert!(
        text.contains("(goals.no_primary)") && text.contains("(differentiator.empty)"),
        "{text}"
    );
}

#[test]
fn lang_en_reports_in_english() {
    let folder = tempfile::tempdir().expect("temp folder");
    let path = write(folder.path(), "blocked.strategy", &blocked());
    let text = stdout(&check(&path, &["--today", SAMPLE_START, "--lang", "en"]));
    assert!(text.contains("Overall score: "), "{text}");
    assert!(
        text.contains("[X] blocker — No objective is marked as primary."),
        "{text}"
    );
}

#[test]
fn json_output_parses_and_carries_the_report() {
    let folder = tempfile::tempdir().expect("temp folder");
    let path = write(folder.path(), "blocked.strategy", &blocked());
    let output = check(&path, &["--json", "--today", SAMPLE_START]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["title"], "Stratège social 2027 — Les Fournils Vernier");
    assert_eq!(json["language"], "fr");
    assert_eq!(json["today"], SAMPLE_START);
    assert_eq!(json["steps"].as_array().map(Vec::len), Some(9));
    assert_eq!(json["steps"][0]["step"], "team");
    let rules: Vec<&str> = json["advice"]
        .as_array()
        .expect("advice")
        .iter()
        .filter_map(|a| a["rule"].as_str())
        .collect();
    assert_eq!(rules, ["goals.no_primary", "differentiator.empty"]);
    assert_eq!(json["advice"][0]["severity"], "blocker");
    assert_eq!(json["advice"][0]["target"]["step"], "objectives");
    assert!(json["advice"][1]["message_en"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
    assert!(json["overall"].as_u64().is_some_and(|n| n < 100));
}

#[test]
fn an_unreadable_file_exits_2_with_a_message() {
    let folder = tempfile::tempdir().expect("temp folder");
    let garbage = folder.path().join("garbage.strategy");
    std::fs::write(&garbage, b"not a strategy at all").expect("written");
    for path in [garbage, folder.path().join("missing.strategy")] {
        let output = check(&path, &[]);
        assert_eq!(output.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&output.stderr).starts_with("stratege-cli: "));
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn a_malformed_date_is_refused() {
    let folder = tempfile::tempdir().expect("temp folder");
    let path = write(folder.path(), "sample.strategy", &sample::strategy());
    let output = check(&path, &["--today", "04/01/2027"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a date like"));
}

#[test]
fn help_documents_the_exit_codes_and_the_json_shape() {
    let output = Command::new(env!("CARGO_BIN_EXE_stratege-cli"))
        .args(["check", "--help"])
        .output()
        .expect("the binary runs");
    let text = stdout(&output);
    assert!(
        text.contains("Exit codes: 0 no blocker, 1 at least one blocker, 2"),
        "{text}"
    );
    assert!(text.contains("\"advice\""), "{text}");
}
