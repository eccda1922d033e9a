//! `stratege-cli pdf`: runs the built binary on a `.strategy` file.

use std::path::Path;
use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stratege-cli"))
}

/// Writes the sample with `stratege-cli sample` and returns its path.
fn sample_file(folder: &Path) -> std::path::PathBuf {
    let target = folder.join("demo.strategy");
    let output = cli().args(["sample", "-o"]).arg(&target).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    target
}

#[test]
fn pdf_writes_a_pdf_and_adds_the_extension() {
    let folder = tempfile::tempdir().expect("temp folder");
    let input = sample_file(folder.path());
    let output = cli().arg("pdf").arg(&input).arg("-o").arg(folder.path().join("livrable")).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let written = folder.path().join("livrable.pdf");
    let bytes = std::fs::read(&written).expect("the PDF exists");
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    assert!(bytes.len() > 20_000);
    assert!(String::from_utf8_lossy(&output.stdout).contains("livrable.pdf"));
    // Atomic write: nothing but the input and the PDF is left in the folder.
    let mut names: Vec<String> =
        std::fs::read_dir(folder.path()).expect("lists").map(|e| e.expect("entry").file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["demo.strategy", "livrable.pdf"]);
}

#[test]
fn pdf_defaults_to_a_file_beside_the_input_and_takes_a_language() {
    let folder = tempfile::tempdir().expect("temp folder");
    let input = sample_file(folder.path());
    let output = cli().arg("pdf").arg(&input).args(["--lang", "en"]).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let bytes = std::fs::read(folder.path().join("demo.pdf")).expect("the PDF exists");
    assert!(bytes.starts_with(b"%PDF"));
}

#[test]
fn pdf_refuses_a_bad_language_and_a_missing_file() {
    let folder = tempfile::tempdir().expect("temp folder");
    let input = sample_file(folder.path());
    let output = cli().arg("pdf").arg(&input).args(["--lang", "de"]).output().expect("runs");
    assert!(!output.status.success());
    let output = cli().arg("pdf").arg(folder.path().join("nope.strategy")).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("stratege-cli: "));
    let output = cli().arg("pdf").arg(&input).arg("-o").arg(folder.path().join("no/such/dir/x.pdf")).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
}
