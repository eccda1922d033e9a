//! Runs the built `stratege-cli` binary as a user would.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stratege-cli"))
}

#[test]
fn help_lists_the_sample_subcommand() {
    let output = cli().arg("--help").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("sample"), "{text}");
}

#[test]
fn version_matches_the_package() {
    let output = cli().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn sample_writes_a_strategy_file_that_reads_back() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("demo");
    let output = cli().args(["sample", "-o"]).arg(&target).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let written = folder.path().join("demo.strategy");
    let strategy = stratege_engine::exchange::read_file(&written).unwrap();
    assert!(strategy.meta.title.starts_with("Stratège social 2027"));
    assert!(strategy.content.len() >= 60);
}

#[test]
fn sample_into_a_missing_folder_fails_with_a_message() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("no/such/folder/demo.strategy");
    let output = cli().args(["sample", "-o"]).arg(&target).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("stratege-cli: "));
}
