//! Step 4: an overview of the personas, then one designed page per persona:
//! a colour band with the picture (or the initials avatar), the priority and
//! the name, the quote, every field, and the channels where the persona can be
//! reached (primary ones first, filled, secondary ones outlined, as in the
//! channel matrix). Primary personas come first, then secondary ones, then the others.

use super::super::colors::{Rgb8, INK, MUTED, RED};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::labels;
use super::super::layout::{initials, Font};
use super::super::page::{leading, Doc, BODY, BOTTOM, LABEL, LEFT, SMALL_BOLD, TOP, WIDTH};
use super::super::table::Mark;
use crate::model::Persona;

const NAME: Font = Font::new(Style::Bold, 22.0);
const TAGLINE: Font = Font::new(Style::Italic, 11.5);
const AVATAR: Font = Font::new(Style::Bold, 20.0);
const MINI_AVATAR: Font = Font::new(Style::Bold, 11.0);
const QUOTE: Font = Font::new(Style::Italic, 12.5);
const CARD_NAME: Font = Font::new(Style::Bold, 10.5);
const CARD_TAG: Font = Font::new(Style::Italic, 8.5);

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "4", &format!("{} 4", t.step), t.steps[3], t.step_intros[3]);
    if ctx.s.personas.is_empty() {
        doc.placeholder(t.hint_personas);
        return;
    }
    let personas = ctx.personas_by_priority();
    overview(doc, ctx, &personas);
    doc.y += 6.0;
    for (i, p) in personas {
        page(doc, ctx, i, p);
    }
}

/// The persona's priority, upper case, for the label of its card.
fn priority(doc: &Doc, ctx: &Ctx, p: &Persona) -> String {
    doc.fonts.clean(labels::persona_priority(ctx.lang, p.priority)).to_uppercase()
}

/// The persona's picture in the circle (`cx`, `cy`, `r`) on `fill`, or, when
/// it has none, its initials in `font` and `ink`.
fn avatar(doc: &mut Doc, ctx: &Ctx, p: &Persona, (cx, cy, r): (f32, f32, f32), fill: Rgb8, (font, ink): (Font, Rgb8)) {
    doc.circle(cx, cy, r, fill);
    match ctx.picture(p) {
        Some(picture) => doc.picture_in_circle(picture, cx, cy, r),
        None => {
            let letters = initials(doc.fonts, &p.name);
            doc.text_center(cx, cy + font.size * 0.36, font, ink, &letters);
        }
    }
}

/// Two columns of small cards: avatar, priority, name, tagline.
fn overview(doc: &mut Doc, ctx: &Ctx, personas: &[(usize, &Persona)]) {
    let col = (WIDTH - 12.0) / 2.0;
    let h = 52.0;
    for pair in personas.chunks(2) {
        doc.ensure(h + 10.0);
        let top = doc.y;
        for (j, &(index, p)) in pair.iter().enumerate() {
            let colour = ctx.persona_colour(index);
            let x = LEFT + j as f32 * (col + 12.0);
            doc.round_rect(x, top, col, h, 6.0, colour.tint(0.88));
            let r = 16.0;
            avatar(doc, ctx, p, (x + 12.0 + r, top + h / 2.0, r), colour, (MINI_AVATAR, colour.text_on()));
            let text_x = x + 2.0 * r + 24.0;
            let kicker = priority(doc, ctx, p);
            let kicker = doc.fit(LABEL, &kicker, col - 62.0);
            doc.text(text_x, top + 17.0, LABEL, colour.readable_on_white(), &kicker);
            let name = doc.fit(CARD_NAME, &p.name, col - 62.0);
            let name = if name.is_empty() { t_define(doc) } else { name };
            doc.text(text_x, top + 31.0, CARD_NAME, INK, &name);
            let tag = doc.fit(CARD_TAG, &p.tagline, col - 62.0);
            doc.text(text_x, top + 43.0, CARD_TAG, MUTED, &tag);
        }
        doc.y = top + h + 10.0;
    }
}

fn t_define(doc: &Doc) -> String {
    doc.t.to_define.to_string()
}

/// Everything a persona card shows, measured before drawing.
struct Card {
    names: Vec<String>,
    tags: Vec<String>,
    band: f32,
    quote: Vec<String>,
    chips: Vec<Reach>,
}

/// A channel where the persona can be reached, as its chip shows it.
struct Reach {
    text: String,
    colour: Rgb8,
    primary: bool,
}

/// The persona's channels, primary ones first (each group in the persona's
/// order), with whether each is primary.
fn reach_order(p: &Persona) -> Vec<(&str, bool)> {
    let primary = |id: &String| p.primary_channel_ids.contains(id);
    let first = p.channel_ids.iter().filter(|id| primary(id)).map(|id| (id.as_str(), true));
    first.chain(p.channel_ids.iter().filter(|id| !primary(id)).map(|id| (id.as_str(), false))).collect()
}

const PAD: f32 = 16.0;
/// Height of the priority pill above the name, with its gap.
const PILL: f32 = LABEL.size + 8.0 + 6.0;

fn card(doc: &Doc, ctx: &Ctx, p: &Persona) -> Card {
    let t = doc.t;
    let inner = WIDTH - 2.0 * PAD - 90.0;
    let name = if p.name.trim().is_empty() { t.to_define.to_string() } else { p.name.trim().to_string() };
    let names = super::excerpt(doc, NAME, &name, inner, 2);
    let tags = super::excerpt(doc, TAGLINE, &p.tagline, inner, 3);
    let band = (24.0 + PILL + names.len() as f32 * NAME.size * 1.2 + tags.len() as f32 * leading(TAGLINE) + 16.0).max(92.0);
    let text = p.quote.trim().trim_matches(['«', '»', '"', '“', '”', ' ', '\u{a0}']).to_string();
    let quote = if text.is_empty() { Vec::new() } else { doc.wrap(QUOTE, &super::super::locale::quote(ctx.lang, &text), WIDTH - 2.0 * PAD - 18.0) };
    let chips = reach_order(p)
        .into_iter()
        .filter_map(|(id, primary)| {
            let i = ctx.channel_index(Some(id))?;
            let c = ctx.s.channels.get(i)?;
            let mut text = labels::channel(ctx.lang, c);
            if c.status != crate::model::ChannelStatus::Active {
                text = format!("{text} · {}", labels::channel_status(ctx.lang, c.status).to_lowercase());
            }
            let text = doc.fit(SMALL_BOLD, &text, WIDTH - 2.0 * PAD - CHIP_EXTRA);
            Some(Reach { text, colour: ctx.channel_colour_at(i), primary })
        })
        .collect();
    Card { names, tags, band, quote, chips }
}

fn fields<'p>(doc: &Doc, p: &'p Persona) -> [(&'static str, &'p str); 6] {
    let t = doc.t;
    [
        (t.demographics, p.demographics.as_str()),
        (t.psychographics, p.psychographics.as_str()),
        (t.online_behaviour, p.online_behaviour.as_str()),
        (t.values, p.values.as_str()),
        (t.challenges, p.challenges.as_str()),
        (t.goals, p.goals.as_str()),
    ]
}

fn page(doc: &mut Doc, ctx: &Ctx, index: usize, p: &Persona) {
    let t = doc.t;
    let colour = ctx.persona_colour(index);
    let c = card(doc, ctx, p);
    let col = (WIDTH - 2.0 * PAD - 20.0) / 2.0;
    let rows: Vec<f32> = fields(doc, p)
        .chunks(2)
        .map(|pair| pair.iter().map(|(_, v)| super::field_height(doc, col, v, BODY)).fold(0.0, f32::max) + 2.0)
        .collect();
    let unreachable = vec![(t.unreachable.to_string(), RED)];
    let inner = WIDTH - 2.0 * PAD;
    let chips_h = if c.chips.is_empty() {
        super::chips_height(doc, &unreachable, SMALL_BOLD, inner)
    } else {
        reach_height(doc, &c.chips, inner) + super::marks_legend_height(doc, inner)
    };
    let reach = leading(LABEL) + 3.0 + chips_h;
    let quote_h = if c.quote.is_empty() { 0.0 } else { c.quote.len() as f32 * leading(QUOTE) + 14.0 };
    let total = c.band + 16.0 + quote_h + rows.iter().sum::<f32>() + 6.0 + reach + PAD;
    let whole = total <= BOTTOM - TOP;
    if whole {
        doc.y += if doc.at_top() { 0.0 } else { 8.0 };
        doc.ensure(total);
    } else if !doc.at_top() {
        doc.new_page();
    }
    let name = c.names.join(" ");
    doc.add_entry(&name);

    // Card background, then the band: avatar, name, tagline.
    let top = doc.y;
    if whole {
        doc.round_rect(LEFT, top, WIDTH, total, 10.0, colour.tint(0.93));
    }
    doc.round_rect(LEFT, top, WIDTH, c.band, 10.0, colour);
    if whole {
        doc.fill_rect(LEFT, top + c.band - 10.0, WIDTH, 10.0, colour);
    }
    let on = colour.text_on();
    let r = 30.0;
    let (cx, cy) = (LEFT + PAD + 6.0 + r, top + c.band / 2.0);
    doc.circle(cx, cy, r + 3.0, colour.tint(0.35));
    avatar(doc, ctx, p, (cx, cy, r), colour.shade(0.25), (AVATAR, WHITE_ON));
    let x = LEFT + PAD + 2.0 * r + 28.0;
    let text_h = PILL + c.names.len() as f32 * NAME.size * 1.2 + 4.0 + c.tags.len() as f32 * leading(TAGLINE);
    let mut y = top + (c.band - text_h) / 2.0;
    let kicker = priority(doc, ctx, p);
    super::chip(doc, x, y, &kicker, colour.shade(0.25), LABEL);
    y += PILL;
    for line in &c.names {
        doc.text(x, y + NAME.size * 0.9, NAME, on, line);
        y += NAME.size * 1.2;
    }
    y += 4.0;
    for line in &c.tags {
        doc.text(x, Doc::baseline(y, TAGLINE), TAGLINE, on, line);
        y += leading(TAGLINE);
    }
    doc.y = top + c.band + 16.0;

    // The quote.
    if !c.quote.is_empty() {
        let q = colour.readable_on_white();
        let start = doc.y;
        let page = doc.page_index();
        doc.lines(&c.quote, LEFT + PAD + 14.0, QUOTE, q);
        if doc.page_index() == page {
            doc.fill_rect(LEFT + PAD, start + 2.0, 3.0, (doc.y - start - 4.0).max(0.0), colour);
        }
        doc.y += 14.0;
    }

    // The fields, two by two.
    let x0 = LEFT + PAD;
    for (pair, row) in fields(doc, p).chunks(2).zip(&rows) {
        if *row > BOTTOM - TOP - 20.0 {
            // Too long for side by side: one after the other, flowing over pages.
            for (label, value) in pair {
                super::field(doc, x0, WIDTH - 2.0 * PAD, label, value, BODY, t.to_define);
            }
            continue;
        }
        doc.ensure(*row);
        let top = doc.y;
        for (j, (label, value)) in pair.iter().enumerate() {
            doc.y = top;
            super::field(doc, x0 + j as f32 * (col + 20.0), col, label, value, BODY, t.to_define);
        }
        doc.y = top + row;
    }

    // Where to reach them.
    doc.y += 6.0;
    doc.ensure(reach);
    let label_colour = doc.theme.text;
    let top = doc.y;
    doc.label(x0, top, t.reach_on, label_colour);
    doc.y += leading(LABEL) + 3.0;
    if c.chips.is_empty() {
        super::chips(doc, &unreachable, SMALL_BOLD, x0, inner);
    } else {
        reach_chips(doc, &c.chips, x0, inner);
        super::marks_legend(doc, x0, inner);
    }
    doc.y += PAD;
}

/// A reach chip's width beyond its text: padding and the mark.
const CHIP_EXTRA: f32 = 14.0 + MARK_W;
const MARK_W: f32 = 11.0;

fn chip_width(doc: &Doc, chip: &Reach) -> f32 {
    doc.width(SMALL_BOLD, &chip.text) + CHIP_EXTRA
}

/// A primary channel: a filled pill with a filled dot; a secondary one: an
/// outlined pale pill with a ring (the matrix's two marks).
fn reach_chip(doc: &mut Doc, x: f32, top: f32, chip: &Reach) {
    let font = SMALL_BOLD;
    let (w, h) = (chip_width(doc, chip), font.size + 8.0);
    let baseline = top + 4.0 + font.size * 0.78;
    let mark_x = x + 7.0 + 3.6;
    let ink = if chip.primary {
        doc.round_rect(x, top, w, h, h / 2.0, chip.colour);
        let on = chip.colour.text_on();
        Mark::Dot(on).draw(doc, mark_x, top + h / 2.0);
        on
    } else {
        doc.round_rect(x, top, w, h, h / 2.0, chip.colour);
        doc.round_rect(x + 1.0, top + 1.0, w - 2.0, h - 2.0, h / 2.0 - 1.0, chip.colour.tint(0.9));
        Mark::Ring(chip.colour).draw(doc, mark_x, top + h / 2.0);
        chip.colour.readable_on_white()
    };
    doc.text(x + 7.0 + MARK_W, baseline, font, ink, &chip.text);
}

/// Flows the chips in rows across `width` from `x0`; returns each chip's
/// (x offset, row) and the number of rows.
fn flow(doc: &Doc, chips: &[Reach], width: f32) -> (Vec<(f32, usize)>, usize) {
    let mut at = Vec::with_capacity(chips.len());
    let (mut x, mut row) = (0.0, 0);
    for chip in chips {
        let w = chip_width(doc, chip);
        if x > 0.0 && x + w > width {
            x = 0.0;
            row += 1;
        }
        at.push((x, row));
        x += w + 6.0;
    }
    (at, row + 1)
}

fn reach_height(doc: &Doc, chips: &[Reach], width: f32) -> f32 {
    let h = SMALL_BOLD.size + 8.0;
    flow(doc, chips, width).1 as f32 * (h + 5.0) - 5.0 + 6.0
}

fn reach_chips(doc: &mut Doc, chips: &[Reach], x0: f32, width: f32) {
    let h = SMALL_BOLD.size + 8.0;
    let (at, _) = flow(doc, chips, width);
    doc.ensure(h + 4.0);
    let mut current = 0;
    for (chip, (x, row)) in chips.iter().zip(at) {
        if row != current {
            current = row;
            doc.y += h + 5.0;
            doc.ensure(h + 4.0);
        }
        let top = doc.y;
        reach_chip(doc, x0 + x, top, chip);
    }
    doc.y += h + 6.0;
}

const WHITE_ON: Rgb8 = super::super::colors::WHITE;

#[cfg(test)]
mod tests {
    use super::reach_order;
    use crate::model::{ItemKind, Persona};

    #[test]
    fn primary_channels_come_first_each_group_in_the_persona_order() {
        let crate::model::Item::Persona(mut p) = crate::model::Item::blank(ItemKind::Persona) else { unreachable!() };
        p.channel_ids = ["a", "b", "c", "d"].map(String::from).to_vec();
        p.primary_channel_ids = ["d", "b"].map(String::from).to_vec();
        assert_eq!(reach_order(&p), [("b", true), ("d", true), ("a", false), ("c", false)]);
        let none = Persona { channel_ids: Vec::new(), ..p };
        assert!(reach_order(&none).is_empty());
    }
}
