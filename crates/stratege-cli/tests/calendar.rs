//! `stratege-cli ics` and `csv`: run the built binary on the sample strategy.

use std::path::Path;
use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stratege-cli"))
}

fn sample_file(folder: &Path) -> std::path::PathBuf {
    let target = folder.join("demo.strategy");
    let output = cli().args(["sample", "-o"]).arg(&target).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    target
}

#[test]
fn ics_writes_one_event_per_dated_item_in_utc() {
    let folder = tempfile::tempdir().expect("temp folder");
    let input = sample_file(folder.path());
    let output =
        cli().arg("ics").arg(&input).arg("-o").arg(folder.path().join("plan")).args(["--tz", "Europe/Paris"]).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = std::fs::read_to_string(folder.path().join("plan.ics")).expect("the .ics exists");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let events = text.matches("BEGIN:VEVENT").count();
    assert!(events > 5, "{events} events");
    assert!(String::from_utf8_lossy(&output.stdout).contains(&format!("{events} events")));
    assert!(text.lines().all(|line| line.len() <= 75));
    // Timed events are in UTC, all-day ones are dates.
    assert!(text.contains("Z\r\n"));
}

#[test]
fn ics_refuses_an_unknown_zone_before_writing() {
    let folder = tempfile::tempdir().expect("temp folder");
    let input = sample_file(folder.path());
    let output = cli().arg("ics").arg(&input).args(["--tz", "Mars/Olympus"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Mars/Olympus"));
    assert!(!folder.path().join("demo.ics").exists());
}

#[test]
fn csv_has_a_header_and_one_line_per_item() {
    let folder = tempfile::tempdir().expect("temp folder");
    let input = sample_file(folder.path());
    let output = cli().arg("csv").arg(&input).args(["--lang", "en"]).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = std::fs::read_to_string(folder.path().join("demo.csv")).expect("the CSV beside the input");
    assert!(text.starts_with("id,date,time,title,channel,persona,pillar,status,owner,brief,notes\n"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let count: usize = stdout.split('(').nth(1).and_then(|s| s.split(' ').next()).and_then(|n| n.parse().ok()).expect("a count");
    assert!(count > 5);
}

#[test]
fn unreadable_files_exit_with_2() {
    let folder = tempfile::tempdir().expect("temp folder");
    let bogus = folder.path().join("bogus.strategy");
    std::fs::write(&bogus, b"not sqlite").expect("writes");
    for command in ["ics", "csv"] {
        let output = cli().arg(command).arg(&bogus).output().expect("runs");
        assert_eq!(output.status.code(), Some(2), "{command}");
    }
}
