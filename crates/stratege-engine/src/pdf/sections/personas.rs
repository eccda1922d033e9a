//! Step 4: an overview of the personas, then one designed page per persona:
//! a colour band with the picture (or the initials avatar), the priority and
//! the name, the quote, every field, and the channels where the persona can be
//! reached. Primary personas come first, then secondary ones, then the others.

use super::super::colors::{Rgb8, INK, MUTED, RED};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::labels;
use super::super::layout::{initials, Font};
use super::super::page::{leading, Doc, BODY, BOTTOM, LABEL, LEFT, SMALL_BOLD, TOP, WIDTH};
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
    chips: Vec<(String, Rgb8)>,
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
    let chips = p
        .channel_ids
        .iter()
        .filter_map(|id| {
            let i = ctx.channel_index(Some(id))?;
            let c = ctx.s.channels.get(i)?;
            let mut text = labels::channel(ctx.lang, c);
            if c.status != crate::model::ChannelStatus::Active {
                text = format!("{text} · {}", labels::channel_status(ctx.lang, c.status).to_lowercase());
            }
            Some((text, ctx.channel_colour_at(i)))
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
    let chips = if c.chips.is_empty() { &unreachable } else { &c.chips };
    let reach = leading(LABEL) + 3.0 + super::chips_height(doc, chips, SMALL_BOLD, WIDTH - 2.0 * PAD);
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
    super::chips(doc, chips, SMALL_BOLD, x0, WIDTH - 2.0 * PAD);
    doc.y += PAD;
}

const WHITE_ON: Rgb8 = super::super::colors::WHITE;
