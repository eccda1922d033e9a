//! Crash test: a separate process (`examples/crash_driver.rs`) edits a library
//! file through the same `Library` methods the app uses and reports each
//! committed call; we SIGKILL it at a random moment (0–300 ms, seeded), reopen
//! the file and check that it is intact and holds every reported edit.
//!
//! 50 trials by default; `STRATEGE_CRASH_TRIALS=200` for the long run,
//! `STRATEGE_CRASH_SEED=<n>` to replay a sequence of delays.

mod support;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use stratege_engine::store::Library;
use support::crash_script;

/// The driver `cargo test` built beside this test (examples are built with the
/// tests, same features); built here only when missing. A plain `cargo build`
/// would resolve other features and rebuild the engine and its dependencies.
fn driver() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>/deps").to_path_buf();
    let examples = profile_dir.join("examples");
    if let Some(built) = newest_build_of(&examples, "crash_driver") {
        return built;
    }
    let mut build = Command::new(env!("CARGO"));
    build.args(["build", "-q", "-p", "stratege-engine", "--example", "crash_driver"]);
    if profile_dir.ends_with("release") {
        build.arg("--release");
    }
    let status = build.status().expect("cargo build the crash driver");
    assert!(status.success(), "building the crash driver failed");
    examples.join(format!("crash_driver{}", std::env::consts::EXE_SUFFIX))
}

/// The most recent `<name>-<hash>` executable in `folder` (cargo's un-uplifted build).
fn newest_build_of(folder: &std::path::Path, name: &str) -> Option<PathBuf> {
    let prefix = format!("{name}-");
    std::fs::read_dir(folder)
        .ok()?
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            let file = entry.file_name().to_string_lossy().into_owned();
            file.starts_with(&prefix) && std::path::Path::new(&file).extension().is_none_or(|ext| ext == "exe")
        })
        .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
        .max_by_key(|(modified, _)| *modified)
        .map(|(_, path)| path)
}

/// xorshift64*: a seeded, dependency-free source of delays.
struct Rng(u64);
impl Rng {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % bound
    }
}

/// Expected digests after steps 0..=n, from replaying the script in memory.
struct Replay {
    library: Library,
    digests: Vec<String>,
}
impl Replay {
    fn after(&mut self, n: u64) -> &str {
        while self.digests.len() as u64 <= n {
            let next = self.digests.len() as u64;
            crash_script::step(&mut self.library, next).expect("replayed step");
            self.digests.push(crash_script::digest(&self.library).expect("replay digest"));
        }
        &self.digests[n as usize]
    }
}

#[test]
fn sigkill_never_loses_a_committed_edit_nor_damages_the_library() {
    let trials: u64 = std::env::var("STRATEGE_CRASH_TRIALS").ok().and_then(|s| s.parse().ok()).unwrap_or(50);
    let seed: u64 = std::env::var("STRATEGE_CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5EED_CAFE);
    let driver = driver();
    let mut rng = Rng(seed | 1);
    let mut replay = Replay { library: Library::open_in_memory().unwrap(), digests: Vec::new() };
    let started = Instant::now();
    let (mut total_steps, mut ahead_of_report) = (0u64, 0u64);

    for trial in 0..trials {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("library.sqlite3");
        let delay = Duration::from_millis(rng.below(301));
        let mut child = Command::new(&driver).arg(&path).stdout(Stdio::piped()).spawn().expect("spawn driver");
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut last: Option<u64> = None;
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let n = line.strip_prefix("committed ").and_then(|rest| rest.split(' ').next()?.parse().ok());
                assert!(n.is_some(), "unexpected driver output: {line}");
                last = n;
            }
            last
        });
        std::thread::sleep(delay);
        child.kill().expect("SIGKILL the driver");
        let status = child.wait().unwrap();
        let last = reader.join().unwrap();
        assert!(status.code().is_none(), "trial {trial}: the driver stopped by itself ({status}) before the kill");

        let library = Library::open(&path).unwrap_or_else(|e| panic!("trial {trial} (seed {seed}): reopen failed: {e}"));
        let check: String = library.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "trial {trial} (seed {seed}): integrity_check");
        let found = crash_script::digest(&library).unwrap();
        // The kill may land after a commit and before its line was printed: one step ahead is fine, behind is a loss.
        let (expected_now, expected_next) = match last {
            None => ("empty".to_string(), replay.after(0).to_string()),
            Some(n) => (replay.after(n).to_string(), replay.after(n + 1).to_string()),
        };
        if found == expected_next {
            ahead_of_report += 1;
        } else {
            assert!(
                found == expected_now,
                "trial {trial} (seed {seed}, delay {delay:?}): the library does not hold the last committed step {last:?}"
            );
        }
        total_steps += last.map_or(0, |n| n + 1);
    }
    eprintln!(
        "crash test: {trials} trials, {total_steps} edits committed before the kills, {ahead_of_report} kills between a commit and its report, {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
