//! The client deliverable PDF, checked from the outside as a reader would:
//! text extracted with poppler's `pdftotext`, fonts with `pdffonts`, images
//! with `pdfimages`, page size with `pdfinfo`. Pages of each kind are also rendered to PNG in
//! `tests/artifacts-pdf/` (repository root) for a person to look at.

#[path = "../examples/bench_pdf/large.rs"]
mod large;

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::Command;
use stratege_engine::model::*;
use stratege_engine::pdf::{render, PdfOptions};
use stratege_engine::sample;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date")
}

fn options(language: Language) -> PdfOptions {
    PdfOptions { language, today: today(), coach: None }
}

/// Runs a poppler tool; these tests need poppler-utils (scripts/install-deps.sh).
fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let output = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for the PDF tests (apt-get install poppler-utils): {e}"));
    assert!(output.status.success(), "{name} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A rendered PDF in a temp folder.
struct Rendered {
    _folder: tempfile::TempDir,
    path: PathBuf,
    bytes: Vec<u8>,
}

impl Rendered {
    fn new(strategy: &Strategy, language: Language) -> Rendered {
        let bytes = render(strategy, &options(language)).expect("renders");
        let folder = tempfile::tempdir().expect("temp folder");
        let path = folder.path().join("deliverable.pdf");
        std::fs::write(&path, &bytes).expect("writes");
        Rendered { _folder: folder, path, bytes }
    }

    /// The text of every page, laid out (`pdftotext -layout`).
    fn pages(&self) -> Vec<String> {
        let out = self.path.with_extension("txt");
        let status = Command::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(&self.path).arg(&out).status();
        assert!(status.is_ok_and(|s| s.success()), "pdftotext failed");
        let text = std::fs::read_to_string(&out).expect("text");
        let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
        if pages.last().is_some_and(|p| p.trim().is_empty()) {
            pages.pop();
        }
        pages
    }
}

/// Whitespace collapsed, so a phrase wrapped over two lines still matches.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Index of the first page after the contents page whose text holds `heading`.
fn page_of(pages: &[String], heading: &str) -> Option<usize> {
    pages.iter().enumerate().skip(2).find(|(_, p)| flat(p).contains(heading)).map(|(i, _)| i)
}

fn assert_in_order(pages: &[String], headings: &[&str]) {
    let mut last = 1;
    for heading in headings {
        let page = page_of(pages, heading).unwrap_or_else(|| panic!("heading {heading:?} is missing"));
        assert!(page > last || (page == last && last == 1), "{heading:?} (page {}) is out of order", page + 1);
        last = page;
    }
    let contents = flat(&pages[1]);
    for heading in headings {
        assert!(contents.contains(heading), "the contents page lacks {heading:?}");
    }
}

const FR_HEADINGS: [&str; 12] = [
    "Synthèse",
    "Construire l'équipe interfonctionnelle",
    "Définir l'objectif",
    "Écouter le public et les concurrents",
    "Identifier le public : les personas",
    "Choisir les indicateurs de réussite",
    "Trouver notre différence",
    "Le plan de chaînes",
    "Comment nous serons humains",
    "Calendrier éditorial",
    "Santé de la stratégie",
    "Glossaire",
];

const EN_HEADINGS: [&str; 12] = [
    "Executive summary",
    "Build the cross-functional team",
    "Set the goal",
    "Listen to the audience and competitors",
    "Know the audience: personas",
    "Choose the measures of success",
    "Find our one thing",
    "The channel plan",
    "How we will be human",
    "Editorial calendar",
    "Strategy health",
    "Glossary",
];

#[test]
fn french_sample_has_every_section_in_order_with_its_content() {
    let s = sample::strategy();
    let pdf = Rendered::new(&s, Language::Fr);
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    let pages = pdf.pages();
    assert!(flat(&pages[1]).contains("Sommaire"));
    assert_in_order(&pages, &FR_HEADINGS);
    let all = flat(&pages.join(" "));
    for expected in [
        "Stratège social 2027 — Les Fournils Vernier",
        "4 janvier 2027",
        "Claire Dujardin",
        "Hélène Vernier",
        "Inès Moreau",
        "Camille",
        "Sylvie",
        "La fidèle du dimanche matin",
        "c'est le premier bonjour de la journée",
        "Taux d'engagement moyen des publications",
        "Vues des fiches Google des boutiques",
        "Coulisses : la galette frangipane, du fournil à la vitrine",
        "Fidélisation",
        "23 500",
        "3 600 €",
        "Réserve d'idées",
        "Janvier 2027",
        "Mars 2027",
    ] {
        assert!(all.contains(expected), "{expected:?} is missing");
    }
    assert!(!all.contains('\u{fffd}'), "a character was lost");
    // "n / N" in every footer but the cover's.
    let total = pages.len();
    for (i, page) in pages.iter().enumerate().skip(1) {
        assert!(flat(page).contains(&format!("{} / {total}", i + 1)), "page {} has no number", i + 1);
    }
    // One bookmark per section, plus the contents.
    let bookmarks = pdf.bytes.windows(5).filter(|w| w == b"/Dest").count();
    assert_eq!(bookmarks, FR_HEADINGS.len() + 1);
}

#[test]
fn english_sample_is_in_english() {
    let s = sample::strategy();
    let pdf = Rendered::new(&s, Language::En);
    let pages = pdf.pages();
    assert!(flat(&pages[1]).contains("Contents"));
    assert_in_order(&pages, &EN_HEADINGS);
    let all = flat(&pages.join(" "));
    for expected in ["January 4, 2027", "PREPARED FOR", "Loyalty", "23,500", "€3,600", "Idea backlog", "Hélène Vernier"] {
        assert!(all.contains(expected), "{expected:?} is missing");
    }
    for french in ["Sommaire", "Synthèse", "Étape", "janvier"] {
        assert!(!all.contains(french), "French text {french:?} in the English document");
    }
}

#[test]
fn fonts_are_embedded_and_subset_and_the_page_is_a4() {
    let pdf = Rendered::new(&sample::strategy(), Language::Fr);
    let fonts = tool("pdffonts", &[], &pdf.path);
    let rows: Vec<&str> = fonts.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(rows.len(), 3, "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert!(columns[0].contains('+'), "not subset: {row}");
        assert!(columns[0].contains("Lato"), "{row}");
        let flags = &columns[columns.len() - 5..columns.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "emb/sub/uni in {row}");
    }
    let info = tool("pdfinfo", &[], &pdf.path);
    assert!(info.contains("(A4)"), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!((20..=60).contains(&pages), "{pages} pages");
    assert!(pdf.bytes.len() < 400 * 1024, "{} bytes", pdf.bytes.len());
}

/// The sample's header, with every list and single-valued step emptied.
fn empty_strategy() -> Strategy {
    let mut s = sample::strategy();
    s.team.clear();
    s.objectives.clear();
    s.findings.clear();
    s.competitors.clear();
    s.personas.clear();
    s.kpis.clear();
    s.channels.clear();
    s.content.clear();
    s.meta.differentiator.clear();
    s.meta.proof_points.clear();
    s.meta.human = HumanPlan::default();
    s.meta.start_date = None;
    s.meta.end_date = None;
    s.meta.consultant_firm.clear();
    s
}

#[test]
fn empty_sections_say_to_be_defined_and_no_page_is_blank() {
    for (language, word, headings) in
        [(Language::Fr, "À définir", FR_HEADINGS), (Language::En, "To be defined", EN_HEADINGS)]
    {
        let pdf = Rendered::new(&empty_strategy(), language);
        let pages = pdf.pages();
        assert_in_order(&pages, &headings);
        let all = flat(&pages.join(" "));
        assert!(all.matches(word).count() >= 8, "{word} appears {} times", all.matches(word).count());
        for (i, page) in pages.iter().enumerate() {
            let lines = page.lines().filter(|l| !l.trim().is_empty()).count();
            assert!(lines >= 5, "page {} is nearly blank:\n{page}", i + 1);
        }
        // The coach finds blockers in an empty strategy, and the appendix lists them.
        let health = &pages[page_of(&pages, headings[10]).expect("health page")];
        assert!(flat(health).to_lowercase().contains(if language == Language::Fr { "bloquant" } else { "blocker" }));
    }
}

#[test]
fn hostile_text_renders_without_panic_and_is_printed_literally() {
    let mut s = sample::strategy();
    let long: String = "Lorem ipsum dolor sit amet, « consectetur » adipiscing élit. ".repeat(340);
    assert!(long.chars().count() >= 20_000);
    s.meta.title = "<script>alert('x')</script> & <b>gras</b>".into();
    s.meta.differentiator = long.clone();
    s.personas[0].demographics = long.clone();
    s.personas[1].name = "x".repeat(20_000);
    s.objectives[0].rationale = long.clone();
    s.team[0].contribution = long.clone();
    s.kpis[0].definition = long.clone();
    s.channels[0].reason = long.clone();
    s.findings[0].what_is_said = "{{moustache}} ${injection} \\u0000 %PDF-1.7 ) ( \\".into();
    s.content[0].title = "🚀 Lancement 👩‍👩‍👧 de la saison ✨ 中文 שלום".into();
    s.meta.accent_color = "not a colour".into();
    s.personas[2].color = "#zzz".into();
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).expect("valid date");
    let template = s.content[1].clone();
    for n in 0..5_000u64 {
        let mut item = template.clone();
        item.id = new_id();
        item.title = format!("Contenu {n}");
        item.date = start.checked_add_days(chrono::Days::new(n % 400)).map(|d| d.format("%Y-%m-%d").to_string());
        s.content.push(item);
    }
    s.content[2].date = Some("pas une date".into());
    let pdf = Rendered::new(&s, Language::Fr);
    let pages = pdf.pages();
    let all = flat(&pages.join(" "));
    assert!(all.contains("<script>alert('x')</script> & <b>gras</b>"));
    assert!(all.contains("{{moustache}} ${injection}"));
    assert!(all.contains("Lancement de la saison"), "emoji dropped cleanly");
    assert!(!all.contains('\u{fffd}'));
    assert!(!all.contains('🚀'));
    assert!(pages.len() > 100, "{} pages", pages.len());
    assert_in_order(&pages, &FR_HEADINGS);
}

#[test]
fn the_large_strategy_stays_within_the_size_budget() {
    let s = large::large_strategy();
    assert_eq!((s.personas.len(), s.channels.len(), s.kpis.len()), (8, 10, 20));
    let pdf = Rendered::new(&s, Language::Fr);
    assert!(pdf.bytes.len() <= 2 * 1024 * 1024, "{} bytes", pdf.bytes.len());
    let pages = pdf.pages();
    assert_in_order(&pages, &FR_HEADINGS);
}

/// A stored persona picture: a `width` × `height` drawing (a head on a
/// gradient), through the same import as a chosen file.
fn picture(width: u32, height: u32, transparent: bool) -> String {
    let art = image::RgbaImage::from_fn(width, height, |x, y| {
        let (dx, dy) = (x as f32 - width as f32 / 2.0, y as f32 - height as f32 * 0.42);
        let head = dx * dx + dy * dy < (height as f32 * 0.22).powi(2);
        let alpha = if transparent && x < width / 4 { 0 } else { 255 };
        if head {
            image::Rgba([236, 188, 150, alpha])
        } else {
            image::Rgba([(40 + x * 150 / width) as u8, 90, (200 - y * 120 / height) as u8, alpha])
        }
    });
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(art)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encodes");
    stratege_engine::picture::from_bytes(&png).expect("a valid picture")
}

/// The sample with pictures on its first and third personas (a wide photo,
/// a transparent logo); the others keep their initials.
fn sample_with_pictures() -> Strategy {
    let mut s = sample::strategy();
    s.personas[0].picture = Some(picture(400, 300, false));
    s.personas[2].picture = Some(picture(120, 160, true));
    s
}

/// `pdfimages -list` rows: (type, width, height, encoding, object id).
fn images(pdf: &Rendered) -> Vec<(String, u32, u32, String, String)> {
    tool("pdfimages", &["-list"], &pdf.path)
        .lines()
        .skip(2)
        .filter_map(|line| {
            let c: Vec<&str> = line.split_whitespace().collect();
            Some((c.get(2)?.to_string(), c.get(3)?.parse().ok()?, c.get(4)?.parse().ok()?, c.get(8)?.to_string(), c.get(10)?.to_string()))
        })
        .collect()
}

#[test]
fn persona_pictures_are_embedded_once_each_as_image_xobjects() {
    let s = sample_with_pictures();
    let pdf = Rendered::new(&s, Language::Fr);
    assert!(
        pdf.bytes.windows(14).any(|w| w == b"/Subtype/Image") || pdf.bytes.windows(15).any(|w| w == b"/Subtype /Image"),
        "no image XObject"
    );
    let images = images(&pdf);
    // The photo passes through as the stored JPEG (256 × 192); the logo as pixels with a soft mask.
    let photo: Vec<_> = images.iter().filter(|i| i.0 == "image" && i.3 == "jpeg").collect();
    assert!(photo.iter().all(|i| (i.1, i.2) == (256, 192)), "{images:?}");
    let logo: Vec<_> = images.iter().filter(|i| i.0 == "image" && i.3 != "jpeg").collect();
    assert!(logo.iter().all(|i| (i.1, i.2) == (120, 160)), "{images:?}");
    assert!(images.iter().any(|i| i.0 == "smask" && (i.1, i.2) == (120, 160)), "{images:?}");
    // Drawn on the overview card and on the persona's page, stored once.
    assert_eq!(photo.len(), 2, "{images:?}");
    assert_eq!(logo.len(), 2, "{images:?}");
    let objects = |list: &[&(String, u32, u32, String, String)]| {
        list.iter().map(|i| i.4.clone()).collect::<std::collections::HashSet<_>>().len()
    };
    assert_eq!((objects(&photo), objects(&logo)), (1, 1), "{images:?}");
    // Small enough to send: a JPEG picture costs its ~10 KB, not its pixels.
    let plain = Rendered::new(&sample::strategy(), Language::Fr);
    assert!(pdf.bytes.len() < plain.bytes.len() + 120 * 1024, "{} vs {}", pdf.bytes.len(), plain.bytes.len());
}

#[test]
fn a_broken_picture_falls_back_to_the_initials_avatar() {
    use base64::Engine as _;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let good = picture(64, 64, false);
    let jpeg = base64::engine::general_purpose::STANDARD.decode(good.split_once(',').expect("a data URL").1).expect("base64");
    let mut s = sample::strategy();
    // Stored values bypassing validation: none of them may panic or embed anything.
    for broken in [
        "data:image/jpeg;base64,!!! not base64 !!!".to_string(),
        "data:image/png;base64,".to_string(),
        format!("data:image/png;base64,{}", b64(&jpeg)),
        format!("data:image/jpeg;base64,{}", b64(&jpeg[..jpeg.len() / 3])),
        format!("data:image/jpeg;base64,{}", b64(&jpeg[..jpeg.len() - 2])),
        format!("data:image/jpeg;base64,{}", b64(&jpeg[..40])),
        "https://example.com/photo.jpg".to_string(),
        String::new(),
    ] {
        for p in &mut s.personas {
            p.picture = Some(broken.clone());
        }
        let pdf = Rendered::new(&s, Language::Fr);
        let listed = images(&pdf);
        assert!(listed.is_empty(), "{broken:.60}: {listed:?}");
        let all = flat(&pdf.pages().join(" "));
        assert!(all.contains("Camille") && all.contains("OÙ LE JOINDRE"), "{broken:.60}");
    }
}

#[test]
fn personas_come_primary_first_each_labelled_with_its_priority() {
    let mut s = sample::strategy();
    // List order: Camille, Sylvie, Julien, Nadia.
    s.personas[0].priority = PersonaPriority::Other;
    s.personas[1].priority = PersonaPriority::Secondary;
    s.personas[2].priority = PersonaPriority::Primary;
    s.personas[3].priority = PersonaPriority::Secondary;
    for (language, labels) in [
        (Language::Fr, ["CIBLE PRINCIPALE", "CIBLE SECONDAIRE", "AUTRE PUBLIC"]),
        (Language::En, ["PRIMARY AUDIENCE", "SECONDARY AUDIENCE", "OTHER AUDIENCE"]),
    ] {
        let pdf = Rendered::new(&s, language);
        let pages = pdf.pages();
        // The contents list the persona pages in the order they come.
        let contents = flat(&pages[1]);
        let at = |name: &str| contents.find(name).unwrap_or_else(|| panic!("{name} not in the contents"));
        let order = ["Julien", "Sylvie", "Nadia", "Camille"].map(at);
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{language:?}: {order:?}");
        let all = flat(&pages.join(" "));
        for label in labels {
            // On the overview card and on the persona's page.
            assert!(all.matches(label).count() >= 2, "{language:?}: {label} missing");
        }
    }
}

#[test]
fn the_channel_matrix_tells_primary_from_secondary_channels_in_its_legend() {
    let s = sample::strategy();
    assert!(s.personas.iter().any(|p| p.primary_channel_ids.len() < p.channel_ids.len()), "the sample has both kinds");
    for (language, heading, legend) in [
        (
            Language::Fr,
            "Matrice canaux × personas",
            ["Canal principal pour ce persona", "Canal secondaire : le persona peut aussi y être joint"],
        ),
        (
            Language::En,
            "Channels × personas matrix",
            ["Primary channel for this persona", "Secondary channel: the persona can also be reached there"],
        ),
    ] {
        let pages = Rendered::new(&s, language).pages();
        let page = pages.iter().position(|p| flat(p).contains(heading)).expect("a matrix page");
        let text = flat(&[pages[page].as_str(), pages.get(page + 1).map_or("", |p| p.as_str())].join(" "));
        for line in legend {
            assert!(text.contains(line), "{language:?}: {line:?} missing");
        }
    }
}

/// A firm's logo: a dark disc and two bars on a transparent background (wide, as logos are).
fn logo() -> String {
    let art = image::RgbaImage::from_fn(480, 140, |x, y| {
        let (dx, dy) = (x as f32 - 70.0, y as f32 - 70.0);
        let disc = dx * dx + dy * dy < 60.0 * 60.0;
        let bars = (160..460).contains(&x) && ((30..70).contains(&y) || ((85..110).contains(&y) && x < 380));
        match (disc, bars) {
            (true, _) => image::Rgba([22, 50, 92, 255]),
            (_, true) => image::Rgba([200, 90, 40, 255]),
            _ => image::Rgba([0, 0, 0, 0]),
        }
    });
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(art)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encodes");
    stratege_engine::picture::from_bytes(&png).expect("a valid logo")
}

/// `pdfimages -list` rows on the first page (the cover).
fn cover_images(pdf: &Rendered) -> usize {
    let list = tool("pdfimages", &["-list", "-f", "1", "-l", "1"], &pdf.path);
    list.lines().skip(2).filter(|l| l.split_whitespace().nth(2) == Some("image")).count()
}

#[test]
fn the_consultant_logo_is_drawn_on_the_cover_and_a_broken_one_is_skipped() {
    let plain = Rendered::new(&sample::strategy(), Language::Fr);
    assert_eq!(cover_images(&plain), 0);
    let mut s = sample::strategy();
    // A wide logo with transparency (PNG) and an opaque one (JPEG passed through).
    for (logo, encoding) in [(logo(), "image"), (picture(300, 200, false), "jpeg")] {
        s.meta.consultant_logo = Some(logo);
        let pdf = Rendered::new(&s, Language::Fr);
        assert_eq!(cover_images(&pdf), 1, "{encoding}");
        let listed = images(&pdf);
        assert_eq!(listed.len(), images(&plain).len() + if encoding == "image" { 2 } else { 1 }, "{listed:?}");
        let cover = tool("pdfimages", &["-list", "-f", "1", "-l", "1"], &pdf.path);
        assert!(cover.contains(encoding), "{cover}");
        // The cover still says who prepared it.
        assert!(flat(&pdf.pages()[0]).contains("Atelier Sillage Conseil"));
    }
    for broken in ["data:image/png;base64,AAAA", "data:image/svg+xml;base64,PHN2Zz4=", "https://example.com/logo.png"] {
        s.meta.consultant_logo = Some(broken.to_string());
        let pdf = Rendered::new(&s, Language::Fr);
        assert_eq!(cover_images(&pdf), 0, "{broken}");
        assert!(flat(&pdf.pages()[0]).contains("Atelier Sillage Conseil"), "{broken}");
    }
}

#[test]
fn persona_pages_mark_primary_channels_with_the_matrix_legend() {
    let s = sample::strategy();
    let reachable = s.personas.iter().filter(|p| !p.channel_ids.is_empty()).count();
    assert!(reachable > 1);
    for (language, primary, reach) in [
        (Language::Fr, "Canal principal pour ce persona", "OÙ LE JOINDRE"),
        (Language::En, "Primary channel for this persona", "WHERE TO REACH THEM"),
    ] {
        let pages = Rendered::new(&s, language).pages();
        // Each persona page with channels explains the marks right under them (plus the matrix's legend).
        let persona_pages: Vec<&String> = pages.iter().filter(|p| flat(p).contains(reach)).collect();
        assert!(!persona_pages.is_empty(), "{language:?}");
        for page in &persona_pages {
            let text = flat(page);
            let after = &text[text.find(reach).unwrap_or(0)..];
            assert!(after.contains(primary), "{language:?}: no legend under the channels: {after:.300}");
        }
        let all = flat(&pages.join(" "));
        assert_eq!(all.matches(primary).count(), reachable + 1, "{language:?}");
    }
}

/// Renders one page of each kind to `tests/artifacts-pdf/` for a person to
/// look at (cover, contents, a step, the personas with pictures, KPIs, matrix, calendar...).
#[test]
fn page_kinds_are_rendered_to_png_artifacts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/artifacts-pdf");
    std::fs::create_dir_all(&root).expect("artifacts folder");
    for (language, tag) in [(Language::Fr, "fr"), (Language::En, "en")] {
        let mut s = sample_with_pictures();
        s.meta.consultant_logo = Some(logo());
        let pdf = Rendered::new(&s, language);
        let pages = pdf.pages();
        let t = match language {
            Language::Fr => &FR_HEADINGS,
            Language::En => &EN_HEADINGS,
        };
        let find = page_of;
        let marker = |text: &str| pages.iter().position(|p| flat(p).contains(text));
        let (persona, kpi, matrix, month, list) = match language {
            Language::Fr => (
                marker("OÙ LE JOINDRE"),
                marker("Indicateurs et objectifs trimestriels"),
                marker("Matrice canaux × personas"),
                marker("lun. mar. mer."),
                marker("liste des contenus"),
            ),
            Language::En => (
                marker("WHERE TO REACH THEM"),
                marker("Indicators and quarterly targets"),
                marker("Channels × personas matrix"),
                marker("Mon Tue Wed"),
                marker("list of content"),
            ),
        };
        let kinds = [
            ("01-cover", Some(0)),
            ("02-contents", Some(1)),
            ("03-summary", find(&pages, t[0])),
            ("04-step-team", find(&pages, t[1])),
            ("05-personas", find(&pages, t[4])),
            ("05-persona", persona),
            ("06-kpi-table", kpi),
            ("07-channel-matrix", matrix),
            ("08-calendar-month", month),
            ("09-calendar-list", list),
            ("10-appendix-health", find(&pages, t[10])),
            ("11-glossary", find(&pages, t[11])),
        ];
        for (name, page) in kinds {
            let page = page.unwrap_or_else(|| panic!("no {name} page")) + 1;
            let prefix = root.join(format!("{tag}-{name}"));
            let status = Command::new("pdftoppm")
                .args(["-r", "60", "-png", "-singlefile", "-f", &page.to_string(), "-l", &page.to_string()])
                .arg(&pdf.path)
                .arg(&prefix)
                .status();
            assert!(status.is_ok_and(|s| s.success()), "pdftoppm failed for {name}");
            assert!(prefix.with_extension("png").exists());
        }
    }
}
