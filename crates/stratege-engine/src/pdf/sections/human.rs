//! "How we will be human": the voice, who speaks for the brand, the response
//! promise, and what we do and avoid, side by side.

use super::super::colors::{Rgb8, GREEN, INK, RED};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::layout::Font;
use super::super::page::{leading, Doc, BODY, BOTTOM, LEFT, TOP, WIDTH};

const VOICE: Font = Font::new(Style::Italic, 11.5);
const HEAD: Font = Font::new(Style::Bold, 10.5);

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "+", t.beyond, t.human, t.human_intro);
    let h = &ctx.s.meta.human;
    let clean = |v: &[String]| v.iter().filter(|s| !s.trim().is_empty()).cloned().collect::<Vec<_>>();
    let (spokespeople, dos, donts) = (clean(&h.spokespeople), clean(&h.dos), clean(&h.donts));
    if h.voice.trim().is_empty()
        && h.response_promise.trim().is_empty()
        && spokespeople.is_empty()
        && dos.is_empty()
        && donts.is_empty()
    {
        doc.placeholder(t.hint_human);
        return;
    }
    let theme = doc.theme;
    doc.heading(t.voice, 40.0);
    if h.voice.trim().is_empty() {
        doc.placeholder(t.hint_human);
    } else {
        let lines = doc.wrap(VOICE, &h.voice, WIDTH - 18.0);
        let top = doc.y;
        let page = doc.page_index();
        doc.lines(&lines, LEFT + 14.0, VOICE, INK);
        if doc.page_index() == page {
            doc.fill_rect(LEFT, top + 2.0, 3.0, (doc.y - top - 4.0).max(0.0), theme.accent);
        }
        doc.y += 6.0;
    }
    if !spokespeople.is_empty() {
        doc.heading(t.spokespeople, 40.0);
        doc.bullets(&spokespeople, BODY, theme.accent);
    }
    if !h.response_promise.trim().is_empty() {
        doc.heading(t.response_promise, 40.0);
        doc.paragraph(&h.response_promise, BODY, INK);
    }
    if !dos.is_empty() || !donts.is_empty() {
        doc.y += 12.0;
        do_and_dont(doc, &dos, &donts);
    }
}

fn column_height(doc: &Doc, items: &[String], width: f32) -> f32 {
    28.0 + items.iter().map(|i| doc.wrap(BODY, i, width - 16.0).len() as f32 * leading(BODY) + 5.0).sum::<f32>()
}

fn do_and_dont(doc: &mut Doc, dos: &[String], donts: &[String]) {
    let t = doc.t;
    let gap = 16.0;
    let col = (WIDTH - gap) / 2.0;
    let height = column_height(doc, dos, col).max(column_height(doc, donts, col));
    if height <= BOTTOM - TOP {
        doc.ensure(height);
        let top = doc.y;
        column(doc, LEFT, top, col, height, t.dos, dos, GREEN, '+');
        column(doc, LEFT + col + gap, top, col, height, t.donts, donts, RED, '−');
        doc.y = top + height + 10.0;
    } else {
        for (title, items, colour, sign) in [(t.dos, dos, GREEN, '+'), (t.donts, donts, RED, '−')] {
            doc.ensure(60.0);
            let top = doc.y;
            column(doc, LEFT, top, WIDTH, 24.0, title, &[], colour, sign);
            doc.y = top + 28.0;
            doc.bullets(items, BODY, colour);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn column(doc: &mut Doc, x: f32, top: f32, width: f32, height: f32, title: &str, items: &[String], colour: Rgb8, sign: char) {
    doc.round_rect(x, top, width, height, 6.0, colour.tint(0.92));
    doc.round_rect(x, top, width, 24.0, 6.0, colour);
    doc.fill_rect(x, top + 12.0, width, 12.0, colour);
    doc.text(x + 10.0, top + 16.0, HEAD, colour.text_on(), &format!("{sign}  {title}"));
    let mut y = top + 32.0;
    for item in items {
        let lines = doc.wrap(BODY, item, width - 26.0);
        doc.circle(x + 12.0, y + leading(BODY) / 2.0, 1.8, colour);
        for line in &lines {
            doc.text(x + 20.0, Doc::baseline(y, BODY), BODY, INK, line);
            y += leading(BODY);
        }
        y += 5.0;
    }
}
