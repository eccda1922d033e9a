//! The page builder: A4 pages of printpdf operations, drawn top-down in
//! points, with a flowing cursor that breaks pages, keeps headings with what
//! follows, and adds the running header and the « n / N » footer once the
//! page count is known.

use super::colors::{Rgb8, INK, MUTED, RULE};
use super::fonts::{Fonts, Style, NBSP};
use super::layout::{wrap, Font};
use super::pictures::Picture;
use super::texts::Texts;
use crate::model::Language;
use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, PdfPage, Point, Polygon, PolygonRing, Pt,
    Rect, Rgb, TextItem, WindingOrder, XObjectTransform,
};

pub(crate) const PAGE_W: f32 = 595.276;
pub(crate) const PAGE_H: f32 = 841.89;
pub(crate) const LEFT: f32 = 62.0;
pub(crate) const RIGHT: f32 = PAGE_W - 62.0;
pub(crate) const WIDTH: f32 = RIGHT - LEFT;
/// Where content starts below the running header.
pub(crate) const TOP: f32 = 82.0;
/// Where content must end above the footer.
pub(crate) const BOTTOM: f32 = PAGE_H - 66.0;

/// Type scale of the deliverable.
pub(crate) const BODY: Font = Font::new(Style::Regular, 9.5);
pub(crate) const BODY_BOLD: Font = Font::new(Style::Bold, 9.5);
pub(crate) const BODY_ITALIC: Font = Font::new(Style::Italic, 9.5);
pub(crate) const SMALL: Font = Font::new(Style::Regular, 8.0);
pub(crate) const SMALL_BOLD: Font = Font::new(Style::Bold, 8.0);
pub(crate) const SMALL_ITALIC: Font = Font::new(Style::Italic, 8.0);
pub(crate) const H2: Font = Font::new(Style::Bold, 13.5);
pub(crate) const H3: Font = Font::new(Style::Bold, 10.5);
pub(crate) const LABEL: Font = Font::new(Style::Bold, 7.5);

/// Line height for a font: 1.45 × its size.
pub(crate) fn leading(font: Font) -> f32 {
    font.size * 1.45
}

/// The strategy's accent and its derived shades.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Theme {
    pub accent: Rgb8,
    /// The accent dark enough for text on white.
    pub text: Rgb8,
    /// A very pale accent for panels.
    pub tint: Rgb8,
    /// A pale accent for bands and group rows.
    pub soft: Rgb8,
}

impl Theme {
    pub fn new(accent: Rgb8) -> Theme {
        Theme { accent, text: accent.readable_on_white(), tint: accent.tint(0.92), soft: accent.tint(0.8) }
    }
}

/// An entry of the contents page; level 1 entries are also PDF bookmarks.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub number: String,
    pub title: String,
    /// 0-based page index.
    pub page: usize,
    pub level: u8,
}

struct PageState {
    ops: Vec<Op>,
    /// Drawing state already set in `ops`, to skip repeated operators.
    font: Option<(Style, u32)>,
    fill: Option<Rgb8>,
    stroke: Option<(Rgb8, u32)>,
    /// Running header and footer (every page but the cover).
    chrome: bool,
    section: String,
}

pub(crate) struct Doc<'a> {
    pub fonts: &'a Fonts,
    font_ids: [FontId; 3],
    pub t: &'static Texts,
    pub theme: Theme,
    pages: Vec<PageState>,
    /// The page primitives draw on (the last one, unless drawing the contents).
    target: usize,
    /// The flowing cursor, from the top of the page, in points.
    pub y: f32,
    section: String,
    pub outline: Vec<Entry>,
    pub header_left: String,
    pub footer_left: String,
}

fn rgb(colour: Rgb8) -> Color {
    Color::Rgb(Rgb {
        r: colour.r as f32 / 255.0,
        g: colour.g as f32 / 255.0,
        b: colour.b as f32 / 255.0,
        icc_profile: None,
    })
}

fn point(x: f32, y_from_top: f32) -> Point {
    Point { x: Pt(x), y: Pt(PAGE_H - y_from_top) }
}

/// A rectangle with corners rounded to radius `r` (a circle for a square with
/// `r` half its side), painted with `mode`.
fn rounded(x: f32, y: f32, w: f32, h: f32, r: f32, mode: PaintMode) -> Polygon {
    let r = r.min(w / 2.0).min(h / 2.0).max(0.0);
    let k = 0.552_284_8 * r;
    let (x2, y2) = (x + w, y + h);
    let p = |px: f32, py: f32, bezier: bool| LinePoint { p: point(px, py), bezier };
    let points = vec![
        p(x + r, y, false),
        p(x2 - r, y, false),
        p(x2 - r + k, y, true),
        p(x2, y + r - k, true),
        p(x2, y + r, false),
        p(x2, y2 - r, false),
        p(x2, y2 - r + k, true),
        p(x2 - r + k, y2, true),
        p(x2 - r, y2, false),
        p(x + r, y2, false),
        p(x + r - k, y2, true),
        p(x, y2 - r + k, true),
        p(x, y2 - r, false),
        p(x, y + r, false),
        p(x, y + r - k, true),
        p(x + r - k, y, true),
        p(x + r, y, false),
    ];
    Polygon { rings: vec![PolygonRing { points }], mode, winding_order: WindingOrder::NonZero }
}

impl<'a> Doc<'a> {
    pub fn new(fonts: &'a Fonts, font_ids: [FontId; 3], lang: Language, theme: Theme) -> Doc<'a> {
        Doc {
            fonts,
            font_ids,
            t: Texts::get(lang),
            theme,
            pages: Vec::new(),
            target: 0,
            y: TOP,
            section: String::new(),
            outline: Vec::new(),
            header_left: String::new(),
            footer_left: String::new(),
        }
    }

    // ----- pages -----------------------------------------------------------

    /// Index of the page being drawn.
    pub fn page_index(&self) -> usize {
        self.target
    }

    /// Starts a page with the running header and footer (`chrome`) or without (the cover).
    pub fn new_page_with(&mut self, chrome: bool) {
        self.pages.push(PageState {
            ops: Vec::with_capacity(256),
            font: None,
            fill: None,
            stroke: None,
            chrome,
            section: self.section.clone(),
        });
        self.target = self.pages.len() - 1;
        self.y = TOP;
    }

    pub fn new_page(&mut self) {
        self.new_page_with(true);
    }

    /// Draws on an earlier page (the contents), then back with [`Doc::draw_on_last`].
    pub fn draw_on(&mut self, page: usize) {
        self.target = page.min(self.pages.len().saturating_sub(1));
    }

    pub fn draw_on_last(&mut self) {
        self.target = self.pages.len().saturating_sub(1);
    }

    /// Sets the running header's section name for pages started from now on.
    pub fn set_section(&mut self, name: &str) {
        self.section = name.to_string();
        if let Some(page) = self.pages.get_mut(self.target) {
            page.section = name.to_string();
        }
    }

    /// Starts a section on a fresh page and records it in the contents and bookmarks.
    pub fn begin_section(&mut self, number: &str, title: &str) {
        self.section = if number.chars().all(|c| c.is_ascii_digit()) && !number.is_empty() {
            format!("{number}. {title}")
        } else {
            title.to_string()
        };
        self.new_page();
        self.outline.push(Entry { number: number.into(), title: title.into(), page: self.target, level: 1 });
    }

    /// A level-2 entry of the contents pointing at the current page.
    pub fn add_entry(&mut self, title: &str) {
        self.outline.push(Entry { number: String::new(), title: title.into(), page: self.target, level: 2 });
    }

    pub fn remaining(&self) -> f32 {
        BOTTOM - self.y
    }

    pub fn at_top(&self) -> bool {
        self.y <= TOP + 0.5
    }

    /// Breaks the page unless `height` still fits.
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: f32) {
        self.y += height;
    }

    // ----- primitives (top-down coordinates, points) -----------------------

    fn ops(&mut self) -> &mut PageState {
        if self.pages.is_empty() {
            self.new_page();
        }
        let index = self.target.min(self.pages.len() - 1);
        &mut self.pages[index]
    }

    fn set_fill(&mut self, colour: Rgb8) {
        let page = self.ops();
        if page.fill != Some(colour) {
            page.ops.push(Op::SetFillColor { col: rgb(colour) });
            page.fill = Some(colour);
        }
    }

    fn set_stroke(&mut self, colour: Rgb8, width: f32) {
        let key = (colour, width.to_bits());
        let page = self.ops();
        if page.stroke != Some(key) {
            page.ops.push(Op::SetOutlineColor { col: rgb(colour) });
            page.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            page.stroke = Some(key);
        }
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: Rgb8) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.set_fill(colour);
        self.ops().ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(PAGE_H - y - h),
                width: Pt(w),
                height: Pt(h),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, colour: Rgb8, width: f32) {
        self.set_stroke(colour, width);
        let points = vec![
            LinePoint { p: point(x1, y1), bezier: false },
            LinePoint { p: point(x2, y2), bezier: false },
        ];
        self.ops().ops.push(Op::DrawLine { line: Line { points, is_closed: false } });
    }

    /// A filled rectangle with rounded corners of radius `r`.
    pub fn round_rect(&mut self, x: f32, y: f32, w: f32, h: f32, r: f32, colour: Rgb8) {
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        self.set_fill(colour);
        self.ops().ops.push(Op::DrawPolygon { polygon: rounded(x, y, w, h, r, PaintMode::Fill) });
    }

    pub fn circle(&mut self, cx: f32, cy: f32, r: f32, colour: Rgb8) {
        self.round_rect(cx - r, cy - r, 2.0 * r, 2.0 * r, r, colour);
    }

    /// The outline of a circle, `width` points thick.
    pub fn ring(&mut self, cx: f32, cy: f32, r: f32, colour: Rgb8, width: f32) {
        self.set_stroke(colour, width);
        let polygon = rounded(cx - r, cy - r, 2.0 * r, 2.0 * r, r, PaintMode::Stroke);
        self.ops().ops.push(Op::DrawPolygon { polygon });
    }

    /// A picture covering the circle (`cx`, `cy`, `r`): centred, its
    /// proportions kept, clipped to the circle.
    pub fn picture_in_circle(&mut self, picture: &Picture, cx: f32, cy: f32, r: f32) {
        let (px_w, px_h) = (picture.width, picture.height);
        if px_w <= 0.0 || px_h <= 0.0 || r <= 0.0 {
            return;
        }
        // At 72 dpi a pixel is a point; scale so the shorter side spans the diameter.
        let scale = (2.0 * r / px_w).max(2.0 * r / px_h);
        let (w, h) = (px_w * scale, px_h * scale);
        let transform = XObjectTransform {
            translate_x: Some(Pt(cx - w / 2.0)),
            translate_y: Some(Pt(PAGE_H - cy - h / 2.0)),
            scale_x: Some(scale),
            scale_y: Some(scale),
            dpi: Some(72.0),
            ..XObjectTransform::default()
        };
        let ops = &mut self.ops().ops;
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::DrawPolygon { polygon: rounded(cx - r, cy - r, 2.0 * r, 2.0 * r, r, PaintMode::Clip) });
        ops.push(Op::UseXobject { id: picture.id.clone(), transform });
        ops.push(Op::RestoreGraphicsState);
    }

    /// A picture fitted inside the box (`x`, `top`, `w`, `h`) as `Picture::fit`
    /// sizes it, against the box's top left corner.
    pub fn picture_in_box(&mut self, picture: &Picture, x: f32, top: f32, w: f32, h: f32) {
        let (drawn_w, drawn_h) = picture.fit(w, h);
        if drawn_w <= 0.0 || drawn_h <= 0.0 {
            return;
        }
        // At 72 dpi a pixel is a point.
        let scale = drawn_w / picture.width;
        let transform = XObjectTransform {
            translate_x: Some(Pt(x)),
            translate_y: Some(Pt(PAGE_H - top - drawn_h)),
            scale_x: Some(scale),
            scale_y: Some(scale),
            dpi: Some(72.0),
            ..XObjectTransform::default()
        };
        self.ops().ops.push(Op::UseXobject { id: picture.id.clone(), transform });
    }

    /// Draws one line of already-cleaned text with its baseline at `baseline`.
    pub fn text(&mut self, x: f32, baseline: f32, font: Font, colour: Rgb8, text: &str) {
        if text.is_empty() {
            return;
        }
        let drawn = text.replace(NBSP, " ");
        let id = self.font_ids[font.style as usize].clone();
        self.set_fill(colour);
        let key = (font.style, font.size.to_bits());
        let page = self.ops();
        page.ops.push(Op::StartTextSection);
        if page.font != Some(key) {
            page.ops.push(Op::SetFont { font: PdfFontHandle::External(id), size: Pt(font.size) });
            page.font = Some(key);
        }
        page.ops.push(Op::SetTextCursor { pos: point(x, baseline) });
        page.ops.push(Op::ShowText { items: vec![TextItem::Text(drawn)] });
        page.ops.push(Op::EndTextSection);
    }

    pub fn text_right(&mut self, right: f32, baseline: f32, font: Font, colour: Rgb8, text: &str) {
        let w = self.width(font, text);
        self.text(right - w, baseline, font, colour, text);
    }

    pub fn text_center(&mut self, center: f32, baseline: f32, font: Font, colour: Rgb8, text: &str) {
        let w = self.width(font, text);
        self.text(center - w / 2.0, baseline, font, colour, text);
    }

    /// Width of cleaned text.
    pub fn width(&self, font: Font, text: &str) -> f32 {
        self.fonts.width(font.style, font.size, text)
    }

    /// Lines of raw text wrapped to `width`.
    pub fn wrap(&self, font: Font, text: &str, width: f32) -> Vec<String> {
        wrap(self.fonts, font, text, width)
    }

    /// Raw text cut to one line with an ellipsis.
    pub fn fit(&self, font: Font, text: &str, width: f32) -> String {
        super::layout::fit(self.fonts, font, text, width)
    }

    /// A line ending with an ellipsis that fits `width`.
    pub fn ellipsize(&self, font: Font, text: &str, width: f32) -> String {
        super::layout::ellipsize(self.fonts, font, text, width)
    }

    // ----- flowing blocks --------------------------------------------------

    /// Baseline of a line whose box starts at `top`.
    pub fn baseline(top: f32, font: Font) -> f32 {
        top + (leading(font) - font.size) / 2.0 + font.size * 0.8
    }

    /// Wrapped lines drawn from the cursor, breaking pages between lines with
    /// no orphan (one line alone at the bottom) and no widow (one line alone
    /// at the top) when the paragraph has enough lines.
    pub fn lines(&mut self, lines: &[String], x: f32, font: Font, colour: Rgb8) {
        let lh = leading(font);
        let mut i = 0;
        while i < lines.len() {
            let left = lines.len() - i;
            let fit = (self.remaining() / lh).floor().max(0.0) as usize;
            if fit < left {
                let mut take = fit;
                if take < 2 && left >= 2 && !self.at_top() {
                    take = 0;
                } else if left - take == 1 && take >= 3 {
                    take -= 1;
                }
                if take == 0 {
                    if self.at_top() {
                        take = 1;
                    } else {
                        self.new_page();
                        continue;
                    }
                }
                for line in &lines[i..i + take] {
                    self.text(x, Doc::baseline(self.y, font), font, colour, line);
                    self.y += lh;
                }
                i += take;
                self.new_page();
                continue;
            }
            for line in &lines[i..] {
                self.text(x, Doc::baseline(self.y, font), font, colour, line);
                self.y += lh;
            }
            break;
        }
    }

    /// A wrapped paragraph over the content width (or from `indent`).
    pub fn paragraph(&mut self, text: &str, font: Font, colour: Rgb8) {
        let lines = self.wrap(font, text, WIDTH);
        self.lines(&lines, LEFT, font, colour);
    }

    pub fn paragraph_at(&mut self, text: &str, font: Font, colour: Rgb8, x: f32, width: f32) {
        let lines = self.wrap(font, text, width);
        self.lines(&lines, x, font, colour);
    }

    /// A sub-heading kept with at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, keep: f32) {
        let lines = self.wrap(H2, text, WIDTH);
        let height = lines.len() as f32 * leading(H2) + 10.0;
        if !self.at_top() {
            self.y += 10.0;
        }
        self.ensure(height + keep);
        let colour = self.theme.text;
        self.fill_rect(LEFT, self.y + 3.0, 3.0, leading(H2) - 6.0, self.theme.accent);
        for line in &lines {
            self.text(LEFT + 10.0, Doc::baseline(self.y, H2), H2, colour, line);
            self.y += leading(H2);
        }
        self.y += 6.0;
    }

    /// A small heading (a label above a block), kept with `keep` points.
    pub fn subheading(&mut self, text: &str, keep: f32) {
        let lines = self.wrap(H3, text, WIDTH);
        self.ensure(lines.len() as f32 * leading(H3) + keep + 4.0);
        for line in &lines {
            self.text(LEFT, Doc::baseline(self.y, H3), H3, INK, line);
            self.y += leading(H3);
        }
        self.y += 2.0;
    }

    /// An uppercase label (`DÉMOGRAPHIE`) at `x`, `top`.
    pub fn label(&mut self, x: f32, top: f32, text: &str, colour: Rgb8) {
        let upper = self.fonts.clean(text).to_uppercase();
        self.text(x, Doc::baseline(top, LABEL), LABEL, colour, &upper);
    }

    /// Bulleted list, each item wrapped under its text.
    pub fn bullets(&mut self, items: &[String], font: Font, bullet: Rgb8) {
        for item in items {
            let lines = self.wrap(font, item, WIDTH - 14.0);
            if lines.is_empty() {
                continue;
            }
            self.ensure(leading(font) * lines.len().min(2) as f32);
            let top = self.y;
            self.circle(LEFT + 3.0, top + leading(font) / 2.0, 1.8, bullet);
            self.lines(&lines, LEFT + 14.0, font, INK);
            self.y += 3.0;
        }
    }

    /// The "to be defined" panel of an empty part: the label and a hint.
    pub fn placeholder(&mut self, hint: &str) {
        let text = format!("{} — {}", self.t.to_define, hint);
        let lines = self.wrap(BODY_ITALIC, &text, WIDTH - 28.0);
        let height = lines.len() as f32 * leading(BODY_ITALIC) + 20.0;
        self.ensure(height.min(BOTTOM - TOP));
        let top = self.y;
        if height <= self.remaining() {
            self.round_rect(LEFT, top, WIDTH, height, 4.0, super::colors::ZEBRA);
            self.fill_rect(LEFT, top, 3.0, height, RULE);
        }
        self.y += 10.0;
        self.lines(&lines, LEFT + 14.0, BODY_ITALIC, MUTED);
        self.y += 16.0;
    }

    // ----- finishing -------------------------------------------------------

    /// Adds header and footer to every page and returns the printpdf pages.
    pub fn finish(mut self) -> (Vec<PdfPage>, Vec<Entry>) {
        let total = self.pages.len();
        for index in 0..total {
            if !self.pages[index].chrome {
                continue;
            }
            self.target = index;
            // The page's own drawing state is unknown at its end: set everything again.
            self.pages[index].font = None;
            self.pages[index].fill = None;
            self.pages[index].stroke = None;
            self.chrome(index, total);
        }
        let pages = self
            .pages
            .into_iter()
            .map(|page| PdfPage::new(printpdf::Mm(210.0), printpdf::Mm(297.0), page.ops))
            .collect();
        (pages, self.outline)
    }

    fn chrome(&mut self, index: usize, total: usize) {
        let header = self.fit(SMALL, &self.header_left.clone(), WIDTH * 0.55);
        let section = self.fit(SMALL, &self.pages[index].section.clone(), WIDTH * 0.4);
        self.text(LEFT, 42.0, SMALL, MUTED, &header);
        self.text_right(RIGHT, 42.0, SMALL, MUTED, &section);
        self.line(LEFT, 50.0, RIGHT, 50.0, RULE, 0.6);
        let accent = self.theme.accent;
        self.fill_rect(LEFT, 49.2, 48.0, 1.6, accent);
        let footer_y = PAGE_H - 36.0;
        self.line(LEFT, footer_y - 14.0, RIGHT, footer_y - 14.0, RULE, 0.6);
        let footer = self.fit(SMALL, &self.footer_left.clone(), WIDTH * 0.7);
        self.text(LEFT, footer_y, SMALL, MUTED, &footer);
        let number = format!("{} / {}", index + 1, total);
        let colour = self.theme.text;
        self.text_right(RIGHT, footer_y, SMALL_BOLD, colour, &number);
    }
}
