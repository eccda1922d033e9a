//! The typeface of the deliverable (Lato, SIL Open Font License, shipped in
//! `assets/fonts/`), its glyph metrics, and the clean-up that keeps characters
//! the font lacks (emoji, rare symbols) out of the page: never a tofu box.

use crate::error::{Error, Result};
use printpdf::ParsedFont;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/Lato-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/Lato-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../assets/fonts/Lato-Italic.ttf");

/// Non-breaking space as held in laid-out text; drawn as a plain space.
pub(crate) const NBSP: char = '\u{a0}';

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Regular = 0,
    Bold = 1,
    Italic = 2,
}

/// Characters below this are measured from a table built once.
const TABLE_LEN: usize = 0x2600;

/// One face: the parsed font and the advance of every character it has.
pub(crate) struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advance in font units, `None` when the face has no glyph for the char.
    table: Vec<Option<u16>>,
}

impl Face {
    fn load(bytes: &[u8], name: &str) -> Result<Face> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| Error::invalid("pdf", format!("the bundled font {name} cannot be read")))?;
        let units_per_em = match parsed.pdf_font_metrics.units_per_em {
            0 => 1000.0,
            upm => upm as f32,
        };
        let table = (0..TABLE_LEN as u32)
            .map(|code| Face::lookup(&parsed, code))
            .collect();
        Ok(Face { parsed, units_per_em, table })
    }

    fn lookup(parsed: &ParsedFont, code: u32) -> Option<u16> {
        let gid = parsed.lookup_glyph_index(code)?;
        (gid != 0).then(|| parsed.get_horizontal_advance(gid))
    }

    /// Advance in font units, or `None` when the glyph is missing.
    fn advance(&self, c: char) -> Option<u16> {
        match self.table.get(c as usize) {
            Some(entry) => *entry,
            None => Face::lookup(&self.parsed, c as u32),
        }
    }

    pub fn has(&self, c: char) -> bool {
        self.advance(c).is_some()
    }
}

/// The three faces of the deliverable.
pub(crate) struct Fonts {
    faces: [Face; 3],
}

impl Fonts {
    pub fn load() -> Result<Fonts> {
        Ok(Fonts {
            faces: [
                Face::load(REGULAR, "Lato Regular")?,
                Face::load(BOLD, "Lato Bold")?,
                Face::load(ITALIC, "Lato Italic")?,
            ],
        })
    }

    pub fn face(&self, style: Style) -> &Face {
        &self.faces[style as usize]
    }

    /// Width in points of `text` (already cleaned) at `size`.
    pub fn width(&self, style: Style, size: f32, text: &str) -> f32 {
        let face = self.face(style);
        let units: u32 = text
            .chars()
            .map(|c| {
                let c = if c == NBSP { ' ' } else { c };
                face.advance(c).unwrap_or(0) as u32
            })
            .sum();
        units as f32 * size / face.units_per_em
    }

    /// Width of one character in points.
    pub fn char_width(&self, style: Style, size: f32, c: char) -> f32 {
        let face = self.face(style);
        let c = if c == NBSP { ' ' } else { c };
        face.advance(c).unwrap_or(0) as f32 * size / face.units_per_em
    }

    /// Text safe to draw with every face: line breaks normalised to `\n`, tabs
    /// and odd spaces to spaces, no-break spaces kept (as [`NBSP`]), invisible
    /// format characters and anything the font lacks (emoji...) dropped, a few
    /// symbols replaced by what the font has. Spaces left doubled by a dropped
    /// character are collapsed.
    pub fn clean(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() != Some(&'\n') {
                        out.push('\n');
                    }
                }
                '\n' => out.push('\n'),
                '\u{2028}' | '\u{2029}' => out.push('\n'),
                '\t' => push_space(&mut out),
                '\u{a0}' | '\u{202f}' | '\u{2007}' => out.push(NBSP),
                c if c.is_whitespace() => push_space(&mut out),
                c if c.is_control() => {}
                // Invisible format characters: zero-width (non-)joiners, marks,
                // variation selectors (emoji presentation), soft hyphen, BOM.
                '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}' | '\u{ad}' | '\u{feff}' => {}
                '\u{2011}' => out.push('-'),
                '\u{2713}' | '\u{2714}' | '\u{2705}' => out.push('\u{2022}'),
                c if self.covers(c) => out.push(c),
                _ => {
                    // A missing glyph: drop it; a following space must not double.
                    if out.ends_with(' ') || out.is_empty() || out.ends_with('\n') {
                        while chars.peek() == Some(&' ') {
                            chars.next();
                        }
                    }
                }
            }
        }
        out
    }

    /// Whether every face has a glyph for `c`.
    fn covers(&self, c: char) -> bool {
        self.faces.iter().all(|face| face.has(c))
    }
}

fn push_space(out: &mut String) {
    if !out.ends_with(' ') {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_text_is_kept_and_emoji_dropped() {
        let fonts = Fonts::load().unwrap();
        let french = "« Œuvre » — déjà 1 200 € à l'été, ça coûte…";
        assert_eq!(fonts.clean(french), french);
        assert_eq!(fonts.clean("🚀 Lancement"), "Lancement");
        assert_eq!(fonts.clean("Go 🚀 now"), "Go now");
        assert_eq!(fonts.clean("a\u{200d}b\u{fe0f}\tc\r\nd"), "ab c\nd");
        assert_eq!(fonts.clean("<script>alert(1)</script>"), "<script>alert(1)</script>");
        assert_eq!(fonts.clean("中文"), "");
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let fonts = Fonts::load().unwrap();
        let a = fonts.width(Style::Regular, 10.0, "Bonjour");
        assert!(a > 20.0 && a < 60.0, "{a}");
        assert!(fonts.width(Style::Bold, 10.0, "Bonjour") > a);
        assert!((fonts.width(Style::Regular, 20.0, "Bonjour") - 2.0 * a).abs() < 0.01);
        assert_eq!(fonts.width(Style::Regular, 10.0, "a\u{a0}b"), fonts.width(Style::Regular, 10.0, "a b"));
    }
}
