//! Text measure and wrap on the font's glyph widths: greedy line filling that
//! respects no-break spaces, keeps explicit line breaks, and cuts a word that
//! is wider than the line (a long URL, a hostile 20,000-letter word) so text
//! never overflows its box.

use super::fonts::{Fonts, Style, NBSP};

/// A font and a size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Font {
    pub style: Style,
    pub size: f32,
}

impl Font {
    pub const fn new(style: Style, size: f32) -> Font {
        Font { style, size }
    }
}

/// Wraps `text` (raw: it is cleaned here) into lines no wider than `width`.
/// Empty or blank text gives no line; runs of blank lines collapse to one.
pub(crate) fn wrap(fonts: &Fonts, font: Font, text: &str, width: f32) -> Vec<String> {
    let clean = fonts.clean(text);
    let mut lines = Vec::new();
    for paragraph in clean.split('\n') {
        let paragraph = paragraph.trim_matches(' ');
        if paragraph.is_empty() {
            if lines.last().is_some_and(|l: &String| !l.is_empty()) {
                lines.push(String::new());
            }
            continue;
        }
        wrap_paragraph(fonts, font, paragraph, width.max(1.0), &mut lines);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

fn wrap_paragraph(fonts: &Fonts, font: Font, paragraph: &str, width: f32, lines: &mut Vec<String>) {
    let space = fonts.char_width(font.style, font.size, ' ');
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let word_width = fonts.width(font.style, font.size, word);
        if line.is_empty() {
            // handled below
        } else if line_width + space + word_width <= width {
            line.push(' ');
            line.push_str(word);
            line_width += space + word_width;
            continue;
        } else {
            lines.push(std::mem::take(&mut line));
        }
        if word_width <= width {
            line.push_str(word);
            line_width = word_width;
        } else {
            // Cut the word into pieces that fit; the last piece starts the next line.
            let mut piece = String::new();
            let mut piece_width = 0.0;
            for c in word.chars() {
                let w = fonts.char_width(font.style, font.size, c);
                if piece_width + w > width && !piece.is_empty() {
                    lines.push(std::mem::take(&mut piece));
                    piece_width = 0.0;
                }
                piece.push(c);
                piece_width += w;
            }
            line = piece;
            line_width = piece_width;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
}

/// One line of `text` that fits `width`, cut with an ellipsis when too long.
pub(crate) fn fit(fonts: &Fonts, font: Font, text: &str, width: f32) -> String {
    let clean = fonts.clean(text).replace('\n', " ");
    let clean = clean.trim();
    if fonts.width(font.style, font.size, clean) <= width {
        return clean.to_string();
    }
    let ellipsis = '…';
    let budget = width - fonts.char_width(font.style, font.size, ellipsis);
    let mut out = String::new();
    let mut used = 0.0;
    for c in clean.chars() {
        let w = fonts.char_width(font.style, font.size, c);
        if used + w > budget {
            break;
        }
        out.push(c);
        used += w;
    }
    let mut out = out.trim_end_matches([' ', NBSP]).to_string();
    if !out.is_empty() {
        out.push(ellipsis);
    }
    out
}

/// `text` ending with an ellipsis, cut so that it fits `width` (the last
/// line of a text cut to a number of lines).
pub(crate) fn ellipsize(fonts: &Fonts, font: Font, text: &str, width: f32) -> String {
    let with = format!("{}…", text.trim_end_matches([' ', NBSP]));
    if fonts.width(font.style, font.size, &with) <= width {
        return with;
    }
    let cut = fit(fonts, font, &format!("{text}……"), width);
    if cut.ends_with('…') {
        cut
    } else {
        "…".into()
    }
}

/// Initials for an avatar: first letters of the first two words, upper case.
pub(crate) fn initials(fonts: &Fonts, name: &str) -> String {
    let clean = fonts.clean(name);
    let letters: String = clean
        .split(|c: char| c.is_whitespace() || c == '-' || c == NBSP)
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .filter(|c| fonts.face(Style::Bold).has(*c))
        .collect();
    if letters.is_empty() {
        "?".into()
    } else {
        letters
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().unwrap()
    }

    const BODY: Font = Font::new(Style::Regular, 10.0);

    #[test]
    fn lines_never_exceed_the_width() {
        let fonts = fonts();
        let text = "Les Fournils Vernier, c'est le premier bonjour de la journée : celui d'une équipe qui vous connaît par votre prénom.";
        let lines = wrap(&fonts, BODY, text, 120.0);
        assert!(lines.len() >= 4, "{lines:?}");
        for line in &lines {
            assert!(fonts.width(BODY.style, BODY.size, line) <= 120.0, "{line}");
        }
        assert_eq!(lines.join(" "), text, "wrapping only replaces spaces");
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut() {
        let fonts = fonts();
        let word = "x".repeat(20_000);
        let lines = wrap(&fonts, BODY, &word, 200.0);
        assert!(lines.len() > 100);
        assert!(lines.iter().all(|l| fonts.width(BODY.style, BODY.size, l) <= 200.0));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn line_breaks_are_kept_and_blank_lines_collapse() {
        let fonts = fonts();
        let lines = wrap(&fonts, BODY, "Un\n\n\n\nDeux\r\nTrois\n\n", 300.0);
        assert_eq!(lines, vec!["Un", "", "Deux", "Trois"]);
        assert!(wrap(&fonts, BODY, "  \n \t ", 300.0).is_empty());
    }

    #[test]
    fn no_break_spaces_hold_together() {
        let fonts = fonts();
        let text = format!("aaaa 1{NBSP}200{NBSP}€");
        let width = fonts.width(BODY.style, BODY.size, "aaaa 1 200");
        let lines = wrap(&fonts, BODY, &text, width + 1.0);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1], format!("1{NBSP}200{NBSP}€"));
    }

    #[test]
    fn fit_adds_an_ellipsis() {
        let fonts = fonts();
        let text = "Coulisses : la galette frangipane, du fournil à la vitrine";
        let short = fit(&fonts, BODY, text, 80.0);
        assert!(short.ends_with('…'), "{short}");
        assert!(fonts.width(BODY.style, BODY.size, &short) <= 80.0);
        assert_eq!(fit(&fonts, BODY, "Court", 80.0), "Court");
    }

    #[test]
    fn initials_of_names() {
        let fonts = fonts();
        assert_eq!(initials(&fonts, "Camille"), "C");
        assert_eq!(initials(&fonts, "jean-Éric dupont"), "JÉ");
        assert_eq!(initials(&fonts, "🚀"), "?");
    }
}
