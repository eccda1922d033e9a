//! The cover: an accent band with the consultant's logo (if any), the title
//! and the client, then who prepared the document, when, and the period it covers.

use super::super::colors::{INK, MUTED, WHITE};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::layout::Font;
use super::super::locale::{date_long, parse_date};
use super::super::page::{leading, Doc, LABEL, LEFT, PAGE_H, PAGE_W, WIDTH};

const KICKER: Font = Font::new(Style::Bold, 10.0);
const TITLE: Font = Font::new(Style::Bold, 30.0);
const CLIENT: Font = Font::new(Style::Regular, 15.0);
const VALUE: Font = Font::new(Style::Bold, 12.0);
const DETAIL: Font = Font::new(Style::Regular, 10.0);

const NUMBER: Font = Font::new(Style::Bold, 9.0);
const STEP: Font = Font::new(Style::Regular, 7.5);

const BAND: f32 = 430.0;
/// The box a logo is fitted in (points), above the kicker, and its card's margin.
const LOGO_W: f32 = 150.0;
const LOGO_H: f32 = 60.0;
const LOGO_PAD: f32 = 8.0;

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let meta = &ctx.s.meta;
    let t = doc.t;
    doc.set_section("");
    doc.new_page_with(false);
    let theme = doc.theme;
    doc.fill_rect(0.0, 0.0, PAGE_W, BAND, theme.accent);
    doc.circle(PAGE_W - 40.0, 70.0, 170.0, theme.accent.shade(0.1));
    doc.circle(PAGE_W - 175.0, 330.0, 70.0, theme.accent.tint(0.12));
    doc.circle(PAGE_W - 60.0, 395.0, 26.0, theme.accent.shade(0.18));
    let on = theme.accent.text_on();
    logo(doc, ctx);

    let kicker = doc.fonts.clean(t.kicker).to_uppercase();
    doc.text(LEFT, 150.0, KICKER, on, &kicker);
    doc.fill_rect(LEFT, 162.0, 40.0, 2.5, on);

    let mut y = 182.0;
    let lines = super::excerpt(doc, TITLE, &meta.title, WIDTH - 60.0, 5);
    for line in &lines {
        doc.text(LEFT, y + TITLE.size * 0.95, TITLE, on, line);
        y += TITLE.size * 1.15;
    }
    y += 10.0;
    for line in super::excerpt(doc, CLIENT, &meta.client_name, WIDTH - 60.0, 2) {
        doc.text(LEFT, y + CLIENT.size, CLIENT, on, &line);
        y += leading(CLIENT);
    }

    // Who, when, what period: two columns below the band.
    let col = WIDTH / 2.0;
    let mut top = BAND + 40.0;
    let empty = t.to_define;
    let client = non_empty(&meta.client_name, empty);
    let consultant = non_empty(&meta.consultant_name, empty);
    block(doc, LEFT, top, col - 16.0, t.prepared_for, &client, "");
    block(doc, LEFT + col, top, col - 16.0, t.prepared_by, &consultant, meta.consultant_firm.trim());
    top += 76.0;
    let today = date_long(ctx.lang, ctx.today);
    block(doc, LEFT, top, col - 16.0, t.date, &today, "");
    let period = match (
        meta.start_date.as_deref().and_then(parse_date),
        meta.end_date.as_deref().and_then(parse_date),
    ) {
        (Some(a), Some(b)) => format!("{} – {}", date_long(ctx.lang, a), date_long(ctx.lang, b)),
        (Some(a), None) => format!("{} –", date_long(ctx.lang, a)),
        (None, Some(b)) => format!("– {}", date_long(ctx.lang, b)),
        (None, None) => empty.to_string(),
    };
    block(doc, LEFT + col, top, col - 16.0, t.period, &period, "");

    method_strip(doc, top + 96.0);

    let bottom = PAGE_H - 56.0;
    doc.line(LEFT, bottom - 18.0, LEFT + WIDTH, bottom - 18.0, super::super::colors::RULE, 0.6);
    doc.fill_rect(LEFT, bottom - 18.8, 48.0, 1.6, theme.accent);
    let note = doc.fit(super::super::page::SMALL_ITALIC, t.confidential, WIDTH);
    doc.text(LEFT, bottom, super::super::page::SMALL_ITALIC, MUTED, &note);
}

/// The logo on a white card at the band's top left: a logo drawn for white
/// paper stays legible whatever the accent.
fn logo(doc: &mut Doc, ctx: &Ctx) {
    let Some(picture) = &ctx.logo else { return };
    let (w, h) = picture.fit(LOGO_W, LOGO_H);
    if w <= 0.0 || h <= 0.0 {
        return;
    }
    // The card's bottom edge stays put, clear of the kicker below it.
    let top = 126.0 - h - 2.0 * LOGO_PAD;
    doc.round_rect(LEFT - LOGO_PAD, top, w + 2.0 * LOGO_PAD, h + 2.0 * LOGO_PAD, 6.0, WHITE);
    doc.picture_in_box(picture, LEFT, top + LOGO_PAD, w, h);
}

/// The method's eight parts as numbered dots on a line.
fn method_strip(doc: &mut Doc, top: f32) {
    let t = doc.t;
    let theme = doc.theme;
    doc.label(LEFT, top, t.method, theme.text);
    let y = top + 30.0;
    let n = t.short_steps.len();
    let w = WIDTH / n as f32;
    doc.line(LEFT + w / 2.0, y, LEFT + WIDTH - w / 2.0, y, theme.soft, 1.2);
    for (i, name) in t.short_steps.iter().enumerate() {
        let cx = LEFT + w * (i as f32 + 0.5);
        let number = if i + 1 == n { "+".to_string() } else { (i + 1).to_string() };
        doc.circle(cx, y, 10.0, theme.accent);
        doc.text_center(cx, y + 3.4, NUMBER, theme.accent.text_on(), &number);
        for (j, line) in doc.wrap(STEP, name, w - 4.0).iter().take(2).enumerate() {
            doc.text_center(cx, y + 24.0 + j as f32 * 9.5, STEP, INK, line);
        }
    }
}

fn non_empty(value: &str, empty: &str) -> String {
    if value.trim().is_empty() {
        empty.to_string()
    } else {
        value.trim().to_string()
    }
}

fn block(doc: &mut Doc, x: f32, top: f32, width: f32, label: &str, value: &str, detail: &str) {
    let colour = doc.theme.text;
    doc.label(x, top, label, colour);
    let mut y = top + leading(LABEL) + 4.0;
    for line in super::excerpt(doc, VALUE, value, width, 2) {
        doc.text(x, Doc::baseline(y, VALUE), VALUE, INK, &line);
        y += leading(VALUE);
    }
    for line in super::excerpt(doc, DETAIL, detail, width, 2) {
        doc.text(x, Doc::baseline(y, DETAIL), DETAIL, MUTED, &line);
        y += leading(DETAIL);
    }
}
