//! Tables that flow across pages: a coloured header row repeated on every
//! page, zebra rows, group rows kept with their first row, a total row kept
//! with the row above it, wrapped cells, and rows taller than a page split
//! line by line instead of overflowing.

use super::colors::{Rgb8, INK, ZEBRA};
use super::layout::Font;
use super::page::{leading, Doc, BOTTOM, LEFT, SMALL_BOLD, TOP, WIDTH};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
}

pub(crate) struct Column {
    pub title: String,
    /// Relative width; the table fills the content width.
    pub weight: f32,
    pub align: Align,
}

impl Column {
    pub fn new(title: &str, weight: f32, align: Align) -> Column {
        Column { title: title.into(), weight, align }
    }
}

/// One run of text in a cell; a cell stacks its parts.
pub(crate) struct Part {
    pub text: String,
    pub font: Font,
    pub colour: Rgb8,
    /// Lines kept at most (an ellipsis ends a cut text); `None` keeps all.
    pub max_lines: Option<usize>,
}

/// The sign of a matrix cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mark {
    /// A filled dot: yes, or the stronger of two degrees.
    Dot(Rgb8),
    /// An outlined dot on a pale fill: the lighter degree.
    Ring(Rgb8),
}

impl Mark {
    /// Draws the sign centred on (`cx`, `cy`).
    pub fn draw(self, doc: &mut Doc, cx: f32, cy: f32) {
        match self {
            Mark::Dot(colour) => doc.circle(cx, cy, 3.6, colour),
            Mark::Ring(colour) => {
                doc.circle(cx, cy, 3.2, colour.tint(0.8));
                doc.ring(cx, cy, 3.2, colour, 1.1);
            }
        }
    }
}

#[derive(Default)]
pub(crate) struct Cell {
    pub parts: Vec<Part>,
    /// A colour dot before the first line (a channel, a persona).
    pub dot: Option<Rgb8>,
    /// A sign in the middle of the cell, instead of text (matrices).
    pub mark: Option<Mark>,
    /// Background of this cell only.
    pub fill: Option<Rgb8>,
}

impl Cell {
    pub fn text(text: impl Into<String>, font: Font) -> Cell {
        Cell { parts: vec![Part { text: text.into(), font, colour: INK, max_lines: None }], ..Cell::default() }
    }

    pub fn coloured(text: impl Into<String>, font: Font, colour: Rgb8) -> Cell {
        Cell { parts: vec![Part { text: text.into(), font, colour, max_lines: None }], ..Cell::default() }
    }

    pub fn with(mut self, text: impl Into<String>, font: Font, colour: Rgb8) -> Cell {
        let text = text.into();
        if !text.trim().is_empty() {
            self.parts.push(Part { text, font, colour, max_lines: None });
        }
        self
    }

    /// Keeps every part of the cell to at most `lines` lines.
    pub fn max_lines(mut self, lines: usize) -> Cell {
        for part in &mut self.parts {
            part.max_lines = Some(lines.max(1));
        }
        self
    }

    /// Adds a part kept to `lines` lines (a reference repeated on many rows).
    pub fn with_short(mut self, text: impl Into<String>, font: Font, colour: Rgb8, lines: usize) -> Cell {
        let text = text.into();
        if !text.trim().is_empty() {
            self.parts.push(Part { text, font, colour, max_lines: Some(lines.max(1)) });
        }
        self
    }

    pub fn dot(mut self, colour: Rgb8) -> Cell {
        self.dot = Some(colour);
        self
    }

    pub fn mark(mark: Mark) -> Cell {
        Cell { mark: Some(mark), ..Cell::default() }
    }

    pub fn fill(mut self, colour: Rgb8) -> Cell {
        self.fill = Some(colour);
        self
    }
}

pub(crate) enum Row {
    Cells(Vec<Cell>),
    /// The first row of a group (e.g. a department): a rule above it, and
    /// with `zebra_groups` the zebra colour changes here instead of every row.
    First(Vec<Cell>),
    /// A full-width band naming the group of rows below it.
    Group { label: String, colour: Rgb8 },
    /// A closing row in bold on a soft band (totals).
    Total(Vec<Cell>),
}

pub(crate) struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub header_fill: Rgb8,
    pub zebra: bool,
    pub zebra_groups: bool,
}

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 4.5;
const DOT: f32 = 11.0;
const HEADER_LINES: usize = 3;

/// A cell laid out: its lines with their font and colour.
struct Laid {
    lines: Vec<(String, Font, Rgb8)>,
}

impl Laid {
    fn height_of(lines: &[(String, Font, Rgb8)]) -> f32 {
        lines.iter().map(|(_, f, _)| leading(*f)).sum()
    }
}

impl Table {
    pub fn new(columns: Vec<Column>, header_fill: Rgb8) -> Table {
        Table { columns, rows: Vec::new(), header_fill, zebra: true, zebra_groups: false }
    }

    fn widths(&self) -> Vec<f32> {
        let total: f32 = self.columns.iter().map(|c| c.weight.max(0.01)).sum();
        self.columns.iter().map(|c| WIDTH * c.weight.max(0.01) / total).collect()
    }

    /// A column title wrapped to at most three lines.
    fn title_lines(doc: &Doc, title: &str, width: f32) -> Vec<String> {
        let mut lines = doc.wrap(SMALL_BOLD, title, width);
        if lines.len() > HEADER_LINES {
            lines.truncate(HEADER_LINES);
            if let Some(last) = lines.last_mut() {
                *last = doc.ellipsize(SMALL_BOLD, last, width);
            }
        }
        lines
    }

    fn header_height(&self, doc: &Doc, widths: &[f32]) -> f32 {
        let lines = self
            .columns
            .iter()
            .zip(widths)
            .map(|(c, w)| Table::title_lines(doc, &c.title, w - 2.0 * PAD_X).len().max(1))
            .max()
            .unwrap_or(1);
        lines as f32 * leading(SMALL_BOLD) + 2.0 * PAD_Y
    }

    fn draw_header(&self, doc: &mut Doc, widths: &[f32]) {
        let height = self.header_height(doc, widths);
        let top = doc.y;
        doc.fill_rect(LEFT, top, WIDTH, height, self.header_fill);
        let text = self.header_fill.text_on();
        let mut x = LEFT;
        for (column, w) in self.columns.iter().zip(widths) {
            let lines = Table::title_lines(doc, &column.title, w - 2.0 * PAD_X);
            let mut y = top + PAD_Y;
            for line in &lines {
                let baseline = Doc::baseline(y, SMALL_BOLD);
                draw_aligned(doc, x, *w, baseline, SMALL_BOLD, text, line, column.align);
                y += leading(SMALL_BOLD);
            }
            x += w;
        }
        doc.y = top + height;
    }

    fn lay(&self, doc: &Doc, cells: &[Cell], widths: &[f32]) -> Vec<Laid> {
        cells
            .iter()
            .zip(widths)
            .map(|(cell, w)| {
                let inner = w - 2.0 * PAD_X - if cell.dot.is_some() { DOT } else { 0.0 };
                let mut lines = Vec::new();
                for part in &cell.parts {
                    let mut wrapped = doc.wrap(part.font, &part.text, inner);
                    if let Some(max) = part.max_lines {
                        if wrapped.len() > max {
                            wrapped.truncate(max);
                            if let Some(last) = wrapped.last_mut() {
                                *last = doc.ellipsize(part.font, last, inner);
                            }
                        }
                    }
                    for line in wrapped {
                        lines.push((line, part.font, part.colour));
                    }
                }
                Laid { lines }
            })
            .collect()
    }

    /// Draws the table from the cursor, breaking pages as needed.
    pub fn draw(&self, doc: &mut Doc) {
        let widths = self.widths();
        let header = self.header_height(doc, &widths);
        doc.ensure(header + 2.0 * leading(super::page::BODY) + 2.0 * PAD_Y);
        self.draw_header(doc, &widths);
        let mut zebra = false;
        for (index, row) in self.rows.iter().enumerate() {
            match row {
                Row::Group { label, colour } => {
                    let height = leading(SMALL_BOLD) + 2.0 * PAD_Y;
                    // Kept with its first row (whole when that row fits a page).
                    let room = BOTTOM - TOP - self.header_height(doc, &widths) - height;
                    let next = match self.rows.get(index + 1) {
                        Some(Row::Cells(cells)) => {
                            let h = self.row_height(doc, cells, &widths);
                            if h <= room {
                                h
                            } else {
                                3.0 * leading(super::page::BODY)
                            }
                        }
                        _ => 0.0,
                    };
                    self.break_if_needed(doc, &widths, height + next);
                    let top = doc.y;
                    doc.fill_rect(LEFT, top, WIDTH, height, colour.tint(0.82));
                    doc.fill_rect(LEFT, top, 3.0, height, *colour);
                    let text = doc.fit(SMALL_BOLD, label, WIDTH - 2.0 * PAD_X - 6.0);
                    let ink = colour.readable_on_white().shade(0.2);
                    doc.text(LEFT + PAD_X + 4.0, Doc::baseline(top + PAD_Y, SMALL_BOLD), SMALL_BOLD, ink, &text);
                    doc.y = top + height;
                    zebra = false;
                }
                Row::Cells(cells) => {
                    self.keep_with_total(doc, cells, &widths, index);
                    let fill = if self.zebra && zebra { Some(ZEBRA) } else { None };
                    self.draw_row(doc, cells, &widths, fill);
                    if !self.zebra_groups {
                        zebra = !zebra;
                    }
                }
                Row::First(cells) => {
                    if self.zebra_groups && index > 0 {
                        zebra = !zebra;
                    }
                    self.keep_with_total(doc, cells, &widths, index);
                    let fill = if self.zebra && zebra { Some(ZEBRA) } else { None };
                    self.draw_row_ruled(doc, cells, &widths, fill, index > 0);
                    if !self.zebra_groups {
                        zebra = !zebra;
                    }
                }
                Row::Total(cells) => {
                    self.draw_row(doc, cells, &widths, Some(self.header_fill.tint(0.85)));
                }
            }
        }
        doc.line(LEFT, doc.y, LEFT + WIDTH, doc.y, self.header_fill.tint(0.5), 0.6);
        doc.gap(10.0);
    }

    fn row_height(&self, doc: &Doc, cells: &[Cell], widths: &[f32]) -> f32 {
        self.lay(doc, cells, widths)
            .iter()
            .map(|l| Laid::height_of(&l.lines))
            .fold(leading(super::page::BODY), f32::max)
            + 2.0 * PAD_Y
    }

    /// When the row at `index` is the last before a total, breaks the page
    /// first unless both fit: a total alone under a repeated header reads as
    /// a table of its own. Rows too tall to share a page are left to split.
    fn keep_with_total(&self, doc: &mut Doc, cells: &[Cell], widths: &[f32], index: usize) {
        let Some(Row::Total(total)) = self.rows.get(index + 1) else { return };
        let both = self.row_height(doc, cells, widths) + self.row_height(doc, total, widths);
        if both <= BOTTOM - TOP - self.header_height(doc, widths) {
            self.break_if_needed(doc, widths, both);
        }
    }

    fn break_if_needed(&self, doc: &mut Doc, widths: &[f32], height: f32) {
        if doc.y + height > BOTTOM {
            doc.new_page();
            self.draw_header(doc, widths);
        }
    }

    fn draw_row(&self, doc: &mut Doc, cells: &[Cell], widths: &[f32], fill: Option<Rgb8>) {
        self.draw_row_ruled(doc, cells, widths, fill, false);
    }

    /// Draws a row; `rule` draws a hairline on its top edge (not after a page break).
    fn draw_row_ruled(&self, doc: &mut Doc, cells: &[Cell], widths: &[f32], fill: Option<Rgb8>, rule: bool) {
        let laid = self.lay(doc, cells, widths);
        let mut rest: Vec<&[(String, Font, Rgb8)]> = laid.iter().map(|l| l.lines.as_slice()).collect();
        let min = leading(super::page::BODY);
        let mut first = true;
        let mut first_on_page = false;
        loop {
            let needed = rest.iter().map(|l| Laid::height_of(l)).fold(min, f32::max) + 2.0 * PAD_Y;
            let page_room = BOTTOM - TOP - self.header_height(doc, widths);
            if doc.y + needed > BOTTOM {
                // Too tall for the rest of this page: move it whole when it fits a
                // page, else split it (keeping at least a few lines here).
                let room = BOTTOM - doc.y - 2.0 * PAD_Y;
                // Right below a fresh header the row is split whatever happens,
                // so that a page always makes progress.
                let fresh = first_on_page;
                let room = if fresh { room.max(3.0 * min) } else { room };
                if !fresh && (needed <= page_room || room < 3.0 * min) {
                    doc.new_page();
                    self.draw_header(doc, widths);
                    first_on_page = true;
                    continue;
                }
                let mut now = Vec::with_capacity(rest.len());
                let mut later = Vec::with_capacity(rest.len());
                for lines in &rest {
                    let mut used = 0.0;
                    let mut count = 0;
                    for (_, font, _) in lines.iter() {
                        if used + leading(*font) > room {
                            break;
                        }
                        used += leading(*font);
                        count += 1;
                    }
                    now.push(&lines[..count]);
                    later.push(&lines[count..]);
                }
                if now.iter().all(|l| l.is_empty()) {
                    // Not even one line fits: take one from each cell anyway.
                    for (n, l) in now.iter_mut().zip(later.iter_mut()) {
                        let k = l.len().min(1);
                        *n = &l[..k];
                        *l = &l[k..];
                    }
                }
                let height = (BOTTOM - doc.y).max(0.0);
                self.paint(doc, cells, widths, &now, height, fill, first);
                first = false;
                rest = later;
                doc.new_page();
                self.draw_header(doc, widths);
                first_on_page = true;
                continue;
            }
            let ruled = rule && first && !first_on_page;
            self.paint(doc, cells, widths, &rest, needed, fill, first);
            if ruled {
                doc.line(LEFT, doc.y, LEFT + WIDTH, doc.y, super::colors::RULE, 0.6);
            }
            doc.y += needed;
            break;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn paint(
        &self,
        doc: &mut Doc,
        cells: &[Cell],
        widths: &[f32],
        lines: &[&[(String, Font, Rgb8)]],
        height: f32,
        fill: Option<Rgb8>,
        first: bool,
    ) {
        let top = doc.y;
        if let Some(fill) = fill {
            doc.fill_rect(LEFT, top, WIDTH, height, fill);
        }
        let mut x = LEFT;
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            let align = self.columns.get(i).map_or(Align::Left, |c| c.align);
            if let Some(cell_fill) = cell.fill {
                doc.fill_rect(x, top, *w, height, cell_fill);
            }
            if let Some(mark) = cell.mark {
                mark.draw(doc, x + w / 2.0, top + height / 2.0);
            }
            let mut text_x = x;
            let mut text_w = *w;
            if let Some(dot) = cell.dot {
                let line = lines.get(i).and_then(|l| l.first()).map_or(super::page::BODY, |l| l.1);
                if first {
                    doc.circle(x + PAD_X + 3.2, top + PAD_Y + leading(line) / 2.0, 3.2, dot);
                }
                text_x += DOT;
                text_w -= DOT;
            }
            let mut y = top + PAD_Y;
            for (line, font, colour) in lines.get(i).copied().unwrap_or(&[]) {
                let baseline = Doc::baseline(y, *font);
                draw_aligned(doc, text_x, text_w, baseline, *font, *colour, line, align);
                y += leading(*font);
            }
            x += w;
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_aligned(doc: &mut Doc, x: f32, w: f32, baseline: f32, font: Font, colour: Rgb8, text: &str, align: Align) {
    match align {
        Align::Left => doc.text(x + PAD_X, baseline, font, colour, text),
        Align::Right => doc.text_right(x + w - PAD_X, baseline, font, colour, text),
        Align::Center => doc.text_center(x + w / 2.0, baseline, font, colour, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use crate::pdf::fonts::{Fonts, Style};
    use crate::pdf::page::{Theme, BODY};
    use printpdf::{Op, PdfDocument, PdfPage, TextItem};

    fn page_of(pages: &[PdfPage], text: &str) -> Option<usize> {
        let shows = |op: &Op| match op {
            Op::ShowText { items } => items.iter().any(|i| matches!(i, TextItem::Text(t) if t == text)),
            _ => false,
        };
        pages.iter().position(|p| p.ops.iter().any(shows))
    }

    #[test]
    fn the_total_row_stays_with_the_row_above_it_wherever_the_table_starts() {
        let fonts = Fonts::load().expect("fonts");
        let mut pdf = PdfDocument::new("t");
        let ids = [Style::Regular, Style::Bold, Style::Italic].map(|s| pdf.add_font(&fonts.face(s).parsed));
        let mut broke = false;
        let mut y = TOP;
        while y < BOTTOM {
            let mut doc = Doc::new(&fonts, ids.clone(), Language::En, Theme::new(Rgb8::new(0x1f, 0x3a, 0x5f)));
            doc.new_page();
            doc.y = y;
            let mut table = Table::new(vec![Column::new("Channel", 1.0, Align::Left)], Rgb8::new(0x1f, 0x3a, 0x5f));
            for i in 0..4 {
                table.rows.push(Row::Cells(vec![Cell::text(format!("row {i}"), BODY)]));
            }
            table.rows.push(Row::Total(vec![Cell::text("TOTAL", SMALL_BOLD)]));
            table.draw(&mut doc);
            let (pages, _) = doc.finish();
            let (last, total) = (page_of(&pages, "row 3"), page_of(&pages, "TOTAL"));
            assert!(total.is_some(), "from {y}");
            assert_eq!(last, total, "the table started at {y}");
            broke |= page_of(&pages, "row 0") != total;
            y += 2.0;
        }
        assert!(broke, "some starting point splits the table across pages");
    }
}
