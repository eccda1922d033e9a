//! One module per part of the deliverable, in the method's order, and the
//! few drawing helpers they share (section opener, chips, panels).

pub(crate) mod appendix;
pub(crate) mod channels;
pub(crate) mod contents;
pub(crate) mod cover;
pub(crate) mod differentiator;
pub(crate) mod human;
pub(crate) mod kpis;
pub(crate) mod listening;
pub(crate) mod objective;
pub(crate) mod personas;
pub(crate) mod summary;
pub(crate) mod team;

use super::colors::{Rgb8, INK, MUTED};
use super::fonts::Style;
use super::layout::Font;
use super::page::{leading, Doc, LEFT, RIGHT, SMALL, WIDTH};
use super::table::Mark;

const KICKER: Font = Font::new(Style::Bold, 8.5);
const TITLE: Font = Font::new(Style::Bold, 24.0);
const INTRO: Font = Font::new(Style::Italic, 10.5);
const BIG_NUMBER: Font = Font::new(Style::Bold, 64.0);

/// Opens a section on a new page: kicker, big title, accent rule, intro, and
/// a large pale number on the right for the method's steps.
pub(crate) fn opener(doc: &mut Doc, number: &str, kicker: &str, title: &str, intro: &str) {
    doc.begin_section(number, title);
    let theme = doc.theme;
    let top = doc.y;
    if !number.is_empty() {
        let digit = number.len() == 1 && number.chars().all(|c| c.is_ascii_digit());
        let big = if digit { format!("0{number}") } else { number.to_string() };
        doc.text_right(RIGHT, top + 52.0, BIG_NUMBER, theme.soft, &big);
    }
    let kicker = doc.fonts.clean(kicker).to_uppercase();
    doc.text(LEFT, Doc::baseline(top, KICKER), KICKER, theme.text, &kicker);
    doc.y = top + leading(KICKER) + 4.0;
    let lines = doc.wrap(TITLE, title, WIDTH - 100.0);
    let lh = TITLE.size * 1.2;
    for line in lines.iter().take(4) {
        doc.text(LEFT, doc.y + TITLE.size * 0.95, TITLE, INK, line);
        doc.y += lh;
    }
    doc.y += 8.0;
    doc.fill_rect(LEFT, doc.y, 36.0, 3.0, theme.accent);
    doc.y += 14.0;
    if !intro.is_empty() {
        let lines = doc.wrap(INTRO, intro, WIDTH - 60.0);
        doc.lines(&lines, LEFT, INTRO, MUTED);
    }
    doc.y += 14.0;
}

/// Size of chunks that split `n` columns into the fewest tables of at most
/// `max` columns, balanced (8 personas at 7 per table: two tables of 4).
pub(crate) fn balanced_chunk(n: usize, max: usize) -> usize {
    let max = max.max(1);
    let tables = n.div_ceil(max).max(1);
    n.div_ceil(tables).max(1)
}

/// A rounded pill with text, returns its width. Drawn at (`x`, `top`).
pub(crate) fn chip(doc: &mut Doc, x: f32, top: f32, text: &str, fill: Rgb8, font: Font) -> f32 {
    let text = doc.fit(font, text, WIDTH - 20.0);
    let w = doc.width(font, &text) + 14.0;
    let h = font.size + 8.0;
    doc.round_rect(x, top, w, h, h / 2.0, fill);
    doc.text(x + 7.0, top + 4.0 + font.size * 0.78, font, fill.text_on(), &text);
    w
}

/// A flowing row of chips, wrapping to new rows; moves the cursor below them.
pub(crate) fn chips(doc: &mut Doc, items: &[(String, Rgb8)], font: Font, x0: f32, width: f32) {
    let h = font.size + 8.0;
    let mut x = x0;
    doc.ensure(h + 4.0);
    for (text, colour) in items {
        let text = doc.fit(font, text, width - 14.0);
        if text.is_empty() {
            continue;
        }
        let w = doc.width(font, &text) + 14.0;
        if x > x0 && x + w > x0 + width {
            x = x0;
            doc.y += h + 5.0;
            doc.ensure(h + 4.0);
        }
        let top = doc.y;
        chip(doc, x, top, &text, *colour, font);
        x += w + 6.0;
    }
    doc.y += h + 6.0;
}

/// Height `chips` will take for these items.
pub(crate) fn chips_height(doc: &Doc, items: &[(String, Rgb8)], font: Font, width: f32) -> f32 {
    let h = font.size + 8.0;
    let mut rows = 1;
    let mut x = 0.0;
    for (text, _) in items {
        let text = doc.fit(font, text, width - 14.0);
        if text.is_empty() {
            continue;
        }
        let w = doc.width(font, &text) + 14.0;
        if x > 0.0 && x + w > width {
            rows += 1;
            x = 0.0;
        }
        x += w + 6.0;
    }
    rows as f32 * (h + 5.0) - 5.0 + 6.0
}

/// The two channel marks (filled: primary, outlined: secondary) with their
/// meaning, drawn with the marks themselves: under the matrix and under each
/// persona's channels, so both read the same.
pub(crate) fn marks_legend(doc: &mut Doc, x0: f32, width: f32) {
    let t = doc.t;
    let colour = doc.theme.accent;
    let items = [(Mark::Dot(colour), t.matrix_primary), (Mark::Ring(colour), t.matrix_secondary)];
    let lh = leading(SMALL);
    doc.ensure(marks_legend_height(doc, width));
    let one_line = legend_fits_one_line(doc, width);
    let mut x = x0;
    for (mark, text) in items {
        let top = doc.y;
        mark.draw(doc, x + 4.0, top + lh / 2.0);
        doc.text(x + 14.0, Doc::baseline(top, SMALL), SMALL, INK, text);
        if one_line {
            x += 14.0 + doc.width(SMALL, text) + 18.0;
        } else {
            doc.y += lh;
        }
    }
    if one_line {
        doc.y += lh;
    }
    doc.y += 2.0;
}

fn legend_fits_one_line(doc: &Doc, width: f32) -> bool {
    let t = doc.t;
    let widths = [t.matrix_primary, t.matrix_secondary].map(|text| 14.0 + doc.width(SMALL, text));
    widths.iter().sum::<f32>() + 18.0 <= width
}

/// Height `marks_legend` takes.
pub(crate) fn marks_legend_height(doc: &Doc, width: f32) -> f32 {
    let lines = if legend_fits_one_line(doc, width) { 1.0 } else { 2.0 };
    lines * leading(SMALL) + 4.0
}

/// A label over a wrapped value, at the cursor, across `width` from `x`.
pub(crate) fn field(doc: &mut Doc, x: f32, width: f32, label: &str, value: &str, font: Font, empty: &str) {
    let lines = doc.wrap(font, value, width);
    let (lines, colour, font) = if lines.is_empty() {
        (vec![empty.to_string()], MUTED, Font::new(Style::Italic, font.size))
    } else {
        (lines, INK, font)
    };
    doc.ensure(leading(super::page::LABEL) + leading(font) * lines.len().min(2) as f32 + 2.0);
    let top = doc.y;
    let label_colour = doc.theme.text;
    doc.label(x, top, label, label_colour);
    doc.y += leading(super::page::LABEL) + 1.0;
    doc.lines(&lines, x, font, colour);
    doc.y += 6.0;
}

/// Height of `field` once laid out (to lay two columns side by side).
pub(crate) fn field_height(doc: &Doc, width: f32, value: &str, font: Font) -> f32 {
    let n = doc.wrap(font, value, width).len().max(1);
    leading(super::page::LABEL) + 1.0 + n as f32 * leading(font) + 6.0
}

/// Text cut to at most `max` lines, the last one ending with an ellipsis.
pub(crate) fn excerpt(doc: &Doc, font: Font, text: &str, width: f32, max: usize) -> Vec<String> {
    let mut lines = doc.wrap(font, text, width);
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = doc.ellipsize(font, last, width);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::balanced_chunk;

    #[test]
    fn chunks_are_balanced() {
        assert_eq!(balanced_chunk(8, 7), 4);
        assert_eq!(balanced_chunk(7, 7), 7);
        assert_eq!(balanced_chunk(15, 7), 5);
        assert_eq!(balanced_chunk(0, 7), 1);
        assert_eq!(balanced_chunk(3, 0), 1);
    }
}
