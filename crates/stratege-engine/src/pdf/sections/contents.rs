//! The contents page: reserved right after the cover, filled in last, when
//! every section's page is known.

use super::super::colors::{INK, MUTED, RULE};
use super::super::fonts::Style;
use super::super::layout::Font;
use super::super::page::{Doc, BOTTOM, LEFT, RIGHT, TOP, WIDTH};

const TITLE: Font = Font::new(Style::Bold, 28.0);
const ENTRY: Font = Font::new(Style::Bold, 11.5);
const NUMBER: Font = Font::new(Style::Bold, 11.5);
const SUB: Font = Font::new(Style::Regular, 9.5);

/// Adds the (still empty) contents page and returns its index.
pub(crate) fn reserve(doc: &mut Doc) -> usize {
    let title = doc.t.contents;
    doc.set_section(title);
    doc.new_page();
    doc.page_index()
}

pub(crate) fn draw(doc: &mut Doc, page: usize) {
    let entries = doc.outline.clone();
    doc.draw_on(page);
    let theme = doc.theme;
    let mut y = TOP;
    let title = doc.t.contents;
    doc.text(LEFT, y + TITLE.size, TITLE, INK, title);
    y += TITLE.size * 1.3 + 8.0;
    doc.fill_rect(LEFT, y, 36.0, 3.0, theme.accent);
    y += 28.0;

    let level1 = entries.iter().filter(|e| e.level == 1).count() as f32;
    let level2 = entries.iter().filter(|e| e.level == 2).count() as f32;
    let with_subs = y + level1 * 30.0 + level2 * 16.0 <= BOTTOM;
    for entry in &entries {
        if entry.level == 2 && !with_subs {
            continue;
        }
        let number = (entry.page + 1).to_string();
        if entry.level == 1 {
            y += 6.0;
            if !entry.number.is_empty() {
                doc.text(LEFT, y + 11.0, NUMBER, theme.text, &entry.number);
            }
            let x = LEFT + 26.0;
            let title = doc.fit(ENTRY, &entry.title, WIDTH - 80.0);
            doc.text(x, y + 11.0, ENTRY, INK, &title);
            let end = x + doc.width(ENTRY, &title) + 8.0;
            let start = RIGHT - doc.width(NUMBER, &number) - 8.0;
            if start > end {
                doc.line(end, y + 10.0, start, y + 10.0, RULE, 0.6);
            }
            doc.text_right(RIGHT, y + 11.0, NUMBER, theme.text, &number);
            y += 24.0;
        } else {
            let x = LEFT + 40.0;
            let title = doc.fit(SUB, &entry.title, WIDTH - 100.0);
            doc.text(x, y + 9.0, SUB, MUTED, &title);
            doc.text_right(RIGHT, y + 9.0, SUB, MUTED, &number);
            y += 16.0;
        }
        if y > BOTTOM - 20.0 {
            break;
        }
    }
    doc.draw_on_last();
}
