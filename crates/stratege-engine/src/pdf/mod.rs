//! The client deliverable: the whole strategy as a designed A4 PDF, in the
//! method's order, in French or English. Pure and fast: a strategy and
//! options in, the PDF's bytes out; no file, no clock, no network.
//!
//! Modules: `fonts` (the shipped typeface and glyph coverage), `layout`
//! (measure and wrap), `page` (page builder, header and footer), `table`
//! (tables across pages), `locale` (dates and numbers), `texts` and `labels`
//! (fixed texts), `colors` (accent and channel palette), `pictures` (persona
//! pictures as image XObjects), `calendar` (month grids and lists),
//! `sections/` (one module per part of the document).

mod calendar;
pub(crate) mod colors;
mod context;
mod fonts;
mod health;
pub(crate) mod labels;
mod layout;
pub mod locale;
mod page;
mod pictures;
mod sections;
mod table;
mod texts;

pub use colors::{channel_color, channel_colors, Rgb8};

use crate::error::{Error, Result};
use crate::model::{Language, Strategy};
use chrono::{Datelike, NaiveDate};
use context::Ctx;
use fonts::{Fonts, Style};
use page::{Doc, Theme};
use printpdf::{PdfDocument, PdfSaveOptions};
use std::sync::OnceLock;

/// How to render the deliverable.
#[derive(Clone, Debug)]
pub struct PdfOptions {
    /// Language of every fixed text, date and number.
    pub language: Language,
    /// The date printed on the cover (and the day the strategy is reviewed for the appendix).
    pub today: NaiveDate,
    /// The method coach's review for appendix A, when the caller already has
    /// one; `None` evaluates the strategy on `today`.
    pub coach: Option<crate::coach::Report>,
}

impl PdfOptions {
    /// Options in the strategy's own language.
    pub fn for_strategy(strategy: &Strategy, today: NaiveDate) -> PdfOptions {
        PdfOptions { language: strategy.meta.language, today, coach: None }
    }
}

/// Today's local date, for callers that print "now" on the cover (the CLI,
/// the app). `render` itself never reads the clock.
pub fn local_today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The bundled fonts, parsed once per process.
fn fonts() -> Result<&'static Fonts> {
    static FONTS: OnceLock<std::result::Result<Fonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(|| Fonts::load().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|message| Error::invalid("pdf", message.clone()))
}

/// Renders `strategy` as the client deliverable and returns the PDF's bytes.
pub fn render(strategy: &Strategy, options: &PdfOptions) -> Result<Vec<u8>> {
    let fonts = fonts()?;
    let meta = &strategy.meta;
    let title = fonts.clean(&meta.title).replace('\n', " ");
    let mut pdf = PdfDocument::new(&title);
    let ids = [
        pdf.add_font(&fonts.face(Style::Regular).parsed),
        pdf.add_font(&fonts.face(Style::Bold).parsed),
        pdf.add_font(&fonts.face(Style::Italic).parsed),
    ];
    let accent = Rgb8::parse_hex(&meta.accent_color).unwrap_or(colors::DEFAULT_ACCENT);
    let mut doc = Doc::new(fonts, ids, options.language, Theme::new(accent));
    let pictures = pictures::embed(&mut pdf, &strategy.personas);
    let mut ctx = Ctx::new(strategy, options, pictures);
    ctx.logo = meta.consultant_logo.as_deref().and_then(|url| pictures::embed_one(&mut pdf, url));
    doc.header_left = title.clone();
    doc.footer_left = [meta.client_name.trim(), meta.consultant_firm.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");

    sections::cover::draw(&mut doc, &ctx);
    let contents_page = sections::contents::reserve(&mut doc);
    sections::summary::draw(&mut doc, &ctx);
    sections::team::draw(&mut doc, &ctx);
    sections::objective::draw(&mut doc, &ctx);
    sections::listening::draw(&mut doc, &ctx);
    sections::personas::draw(&mut doc, &ctx);
    sections::kpis::draw(&mut doc, &ctx);
    sections::differentiator::draw(&mut doc, &ctx);
    sections::channels::draw(&mut doc, &ctx);
    sections::human::draw(&mut doc, &ctx);
    calendar::draw(&mut doc, &ctx);
    sections::appendix::draw(&mut doc, &ctx, options.coach.as_ref());
    sections::contents::draw(&mut doc, contents_page);

    let contents_title = doc.t.contents;
    let (pages, outline) = doc.finish();
    pdf.add_bookmark(contents_title, contents_page + 1);
    for entry in outline.iter().filter(|e| e.level == 1) {
        let name = match entry.number.as_str() {
            "" | "+" => entry.title.clone(),
            n => format!("{n}. {}", entry.title),
        };
        pdf.add_bookmark(&name, entry.page + 1);
    }
    let info = &mut pdf.metadata.info;
    info.author = fonts.clean(&meta.consultant_name);
    info.creator = "Stratège".into();
    info.producer = "Stratège (printpdf)".into();
    info.subject = fonts.clean(&meta.client_name);
    let stamp = printpdf::DateTime {
        date: printpdf::Date {
            year: options.today.year(),
            month: options.today.month() as u8,
            day: options.today.day() as u8,
        },
        time: printpdf::Time { hour: 0, minute: 0, second: 0, millisecond: 0 },
        offset: printpdf::Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    };
    info.creation_date = stamp;
    info.modification_date = stamp;
    info.metadata_date = stamp;
    let save = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let bytes = pdf.with_pages(pages).save(&save, &mut warnings);
    if !bytes.starts_with(b"%PDF") {
        return Err(Error::invalid("pdf", "the document could not be written"));
    }
    Ok(bytes)
}
