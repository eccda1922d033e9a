//! Benchmark of the client deliverable PDF (design budget: the large strategy
//! in ≤ 300 ms and ≤ 2 MB, release build). Run:
//! `cargo run --release -p stratege-engine --example bench_pdf [-- --write DIR] [--no-chromium]`
//! It prints the mean render time and the file size of the sample strategy
//! (FR, EN) and of a large one, and, when `chromium` is installed, the time
//! headless Chromium takes to print an equivalent HTML page, and the ratio.

mod large;

use chrono::NaiveDate;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use stratege_engine::model::{Language, Strategy};
use stratege_engine::pdf::{render, PdfOptions};
use stratege_engine::sample;

const RUNS: u32 = 10;

fn mean(runs: u32, mut f: impl FnMut()) -> Duration {
    f(); // warm-up: fonts parsed once per process
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    start.elapsed() / runs
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let write = args.iter().position(|a| a == "--write").and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let chromium = !args.iter().any(|a| a == "--no-chromium");
    let today = NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date");
    let cases: Vec<(&str, Strategy, Language)> = vec![
        ("sample-fr", sample::strategy(), Language::Fr),
        ("sample-en", sample::strategy(), Language::En),
        ("large-fr", large::large_strategy(), Language::Fr),
    ];
    println!("{:<10} {:>10} {:>10} {:>6}", "case", "mean ms", "size KB", "pages");
    let mut large_ms = 0.0;
    for (name, strategy, language) in &cases {
        let options = PdfOptions { language: *language, today, coach: None };
        let mut bytes = Vec::new();
        let time = mean(RUNS, || bytes = render(strategy, &options).expect("renders"));
        let pages = count_pages(&bytes);
        let ms = time.as_secs_f64() * 1000.0;
        println!("{name:<10} {ms:>10.1} {:>10.1} {pages:>6}", bytes.len() as f64 / 1024.0);
        if name.starts_with("large") {
            large_ms = ms;
            let ok_time = ms <= 300.0;
            let ok_size = bytes.len() <= 2 * 1024 * 1024;
            println!(
                "budget: large strategy {ms:.1} ms (≤ 300 ms: {}), {:.1} KB (≤ 2 MB: {})",
                if ok_time { "ok" } else { "OVER" },
                bytes.len() as f64 / 1024.0,
                if ok_size { "ok" } else { "OVER" }
            );
        }
        if let Some(dir) = &write {
            let _ = std::fs::create_dir_all(dir);
            let path = dir.join(format!("{name}.pdf"));
            std::fs::write(&path, &bytes).expect("writes the PDF");
        }
    }
    if chromium {
        compare_with_chromium(&cases[2].1, large_ms);
    }
}

/// Counts `/Type /Page` objects, good enough for a figure.
fn count_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type/Page";
    let spaced = b"/Type /Page";
    let count = |n: &[u8]| {
        pdf.windows(n.len())
            .enumerate()
            .filter(|(i, w)| *w == n && !matches!(pdf.get(i + n.len()), Some(b's')))
            .count()
    };
    count(needle) + count(spaced)
}

fn chromium_binary() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|b| {
        std::process::Command::new(b).arg("--version").output().map(|o| o.status.success()).unwrap_or(false)
    })
}

/// Prints a plain HTML equivalent of the large strategy with headless Chromium.
fn compare_with_chromium(strategy: &Strategy, ours_ms: f64) {
    let Some(binary) = chromium_binary() else {
        println!("chromium: not installed, no comparison (apt-get install chromium)");
        return;
    };
    let Ok(dir) = tempfile::tempdir() else { return };
    let html = dir.path().join("strategy.html");
    let out = dir.path().join("strategy.pdf");
    if std::fs::write(&html, html_of(strategy)).is_err() {
        return;
    }
    let runs = 3;
    let mut total = Duration::ZERO;
    for _ in 0..runs {
        let start = Instant::now();
        let status = std::process::Command::new(binary)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"])
            .arg(format!("--print-to-pdf={}", out.display()))
            .arg(format!("file://{}", html.display()))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        total += start.elapsed();
        if !matches!(status, Ok(s) if s.success()) {
            println!("chromium: print-to-pdf failed");
            return;
        }
    }
    let ms = (total / runs).as_secs_f64() * 1000.0;
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!(
        "chromium print-to-pdf of an equivalent HTML page: {ms:.0} ms, {:.1} KB; ratio chromium / stratège = {:.1}×",
        size as f64 / 1024.0,
        ms / ours_ms.max(0.001)
    );
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn html_of(s: &Strategy) -> String {
    let mut h = String::from("<!doctype html><html><head><meta charset=utf-8><style>body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #ccc;padding:3px} tr:nth-child(even){background:#f4f6f8} h1{color:#9a5b2e} .persona{page-break-before:always}</style></head><body>");
    h += &format!("<h1>{}</h1><p>{}</p><p>{}</p>", escape(&s.meta.title), escape(&s.meta.client_name), escape(&s.meta.differentiator));
    h += "<h2>Équipe</h2><table>";
    for m in &s.team {
        h += &format!("<tr><td>{}</td><td>{}</td><td>{}</td></tr>", escape(&m.name), escape(&m.role), escape(&m.contribution));
    }
    h += "</table>";
    for o in &s.objectives {
        h += &format!("<p>{}</p>", escape(&o.rationale));
    }
    for f in &s.findings {
        h += &format!("<h3>{}</h3><p>{}</p>", escape(&f.source), escape(&f.what_is_said));
    }
    for p in &s.personas {
        h += &format!(
            "<div class=persona><h2>{}</h2><p><i>{}</i></p><p>{}</p><p>{}</p><p>{}</p><p>{}</p><p>{}</p><p>{}</p></div>",
            escape(&p.name), escape(&p.quote), escape(&p.demographics), escape(&p.psychographics),
            escape(&p.online_behaviour), escape(&p.values), escape(&p.challenges), escape(&p.goals)
        );
    }
    h += "<h2>KPI</h2><table>";
    for k in &s.kpis {
        h += &format!("<tr><td>{}</td><td>{:?}</td><td>{:?}</td><td>{:?}</td><td>{:?}</td><td>{:?}</td></tr>", escape(&k.name), k.baseline, k.q1, k.q2, k.q3, k.q4);
    }
    h += "</table><h2>Canaux</h2>";
    for c in &s.channels {
        h += &format!("<h3>{:?}</h3><p>{}</p><p>{}</p>", c.platform, escape(&c.reason), escape(&c.content_pillars.join(", ")));
    }
    h += "<h2>Calendrier</h2><table>";
    for c in &s.content {
        h += &format!("<tr><td>{}</td><td>{}</td><td>{:?}</td></tr>", c.date.as_deref().unwrap_or(""), escape(&c.title), c.status);
    }
    h += "</table></body></html>";
    h
}
