//! Step 7: the channel plan. A channels × personas matrix (who can be reached
//! where), the resources at a glance, then one block per channel: reason,
//! pillars, cadence, owner, resources, personas, KPIs.

use super::super::colors::{Rgb8, INK, MUTED, RED, WHITE};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::labels;
use super::super::layout::Font;
use super::super::locale::{euros, hours_per_week, number};
use super::super::page::{leading, Doc, BODY, BODY_BOLD, BOTTOM, LABEL, LEFT, SMALL, SMALL_BOLD, TOP, WIDTH};
use super::super::table::{Align, Cell, Column, Mark, Row, Table};
use crate::model::{Channel, ChannelStatus};

/// Personas per matrix; more are split over several matrices.
const MATRIX_PERSONAS: usize = 7;
const NAME: Font = Font::new(Style::Bold, 13.0);

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "7", &format!("{} 7", t.step), t.steps[6], t.step_intros[6]);
    if ctx.s.channels.is_empty() {
        doc.placeholder(t.hint_channels);
        return;
    }
    matrix(doc, ctx);
    resources(doc, ctx);
    doc.heading(t.channel_plan, 120.0);
    for (i, c) in ctx.s.channels.iter().enumerate() {
        block(doc, ctx, i, c);
    }
}

fn status_text(ctx: &Ctx, c: &Channel) -> String {
    labels::channel_status(ctx.lang, c.status).to_string()
}

fn matrix(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    doc.heading(t.matrix, 80.0);
    let personas = &ctx.s.personas;
    if personas.is_empty() {
        doc.placeholder(t.hint_personas);
        return;
    }
    let indexed: Vec<(usize, &crate::model::Persona)> = personas.iter().enumerate().collect();
    for chunk in indexed.chunks(super::balanced_chunk(indexed.len(), MATRIX_PERSONAS)) {
        let mut columns = vec![Column::new(t.channel, 3.0, Align::Left), Column::new(t.status, 1.3, Align::Left)];
        columns.extend(chunk.iter().map(|(_, p)| Column::new(&p.name, 1.2, Align::Center)));
        let mut table = Table::new(columns, doc.theme.accent);
        for (i, c) in ctx.s.channels.iter().enumerate() {
            let colour = ctx.channel_colour_at(i);
            let dropped = c.status == ChannelStatus::Dropped;
            let ink = if dropped { MUTED } else { INK };
            let mut cells = vec![
                Cell::coloured(labels::channel(ctx.lang, c), BODY_BOLD, ink).dot(colour).max_lines(3),
                Cell::coloured(status_text(ctx, c), SMALL, MUTED),
            ];
            for (pi, p) in chunk {
                let colour = if dropped { MUTED } else { ctx.persona_colour(*pi) };
                cells.push(if p.primary_channel_ids.contains(&c.id) {
                    Cell::mark(Mark::Dot(colour))
                } else if p.channel_ids.contains(&c.id) {
                    Cell::mark(Mark::Ring(colour))
                } else {
                    Cell::default()
                });
            }
            table.rows.push(Row::Cells(cells));
        }
        // How many planned channels reach each persona: zero is a gap in the plan.
        let mut total = vec![Cell::text(t.reachable_on, SMALL_BOLD), Cell::default()];
        for (_, p) in chunk {
            let n = ctx.kept_channels().iter().filter(|(_, c)| p.channel_ids.contains(&c.id)).count();
            total.push(if n == 0 {
                Cell::coloured("0", SMALL_BOLD, WHITE).fill(RED)
            } else {
                Cell::coloured(n.to_string(), SMALL_BOLD, INK)
            });
        }
        table.rows.push(Row::Total(total));
        table.draw(doc);
    }
    legend(doc);
    doc.y += 8.0;
}

/// What the matrix's two marks mean, drawn with the marks themselves.
fn legend(doc: &mut Doc) {
    let t = doc.t;
    super::marks_legend(doc, LEFT, WIDTH);
    doc.paragraph(t.matrix_note, Font::new(Style::Italic, SMALL.size), MUTED);
}

fn resources(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    doc.heading(t.resources, 80.0);
    let mut table = Table::new(
        vec![
            Column::new(t.channel, 2.6, Align::Left),
            Column::new(t.status, 1.3, Align::Left),
            Column::new(t.cadence, 1.8, Align::Left),
            Column::new(t.owner, 2.2, Align::Left),
            Column::new(t.time, 1.4, Align::Right),
            Column::new(t.budget, 1.4, Align::Right),
        ],
        doc.theme.accent,
    );
    let mut hours = 0.0;
    let mut budget = 0.0;
    for (i, c) in ctx.s.channels.iter().enumerate() {
        let kept = c.status != ChannelStatus::Dropped;
        if kept {
            hours += c.hours_per_week.filter(|h| h.is_finite()).unwrap_or(0.0);
            budget += c.budget.filter(|b| b.is_finite()).unwrap_or(0.0);
        }
        let ink = if kept { INK } else { MUTED };
        table.rows.push(Row::Cells(vec![
            Cell::coloured(labels::channel(ctx.lang, c), BODY_BOLD, ink).dot(ctx.channel_colour_at(i)).max_lines(3),
            Cell::coloured(status_text(ctx, c), SMALL, MUTED),
            Cell::coloured(labels::cadence(ctx.lang, c).unwrap_or_else(|| t.none.into()), SMALL, ink),
            Cell::coloured(ctx.member_name(c.owner_id.as_deref()).unwrap_or_else(|| t.none.into()), SMALL, ink).max_lines(2),
            Cell::coloured(
                c.hours_per_week.map_or_else(|| t.none.into(), |h| hours_per_week(ctx.lang, h)),
                SMALL,
                ink,
            ),
            Cell::coloured(c.budget.map_or_else(|| t.none.into(), |b| euros(ctx.lang, b)), SMALL, ink),
        ]));
    }
    table.rows.push(Row::Total(vec![
        Cell::text(t.total, BODY_BOLD),
        Cell::default(),
        Cell::default(),
        Cell::default(),
        Cell::text(hours_per_week(ctx.lang, hours), SMALL_BOLD),
        Cell::text(euros(ctx.lang, budget), SMALL_BOLD),
    ]));
    table.draw(doc);
}

/// The facts column of a channel block: (label, value) pairs.
fn facts(ctx: &Ctx, c: &Channel) -> Vec<(&'static str, String)> {
    let t = super::super::texts::Texts::get(ctx.lang);
    let mut resources = Vec::new();
    if let Some(h) = c.hours_per_week {
        resources.push(hours_per_week(ctx.lang, h));
    }
    if let Some(b) = c.budget {
        resources.push(format!("{} / {}", euros(ctx.lang, b), t.per_year));
    }
    let planned = ctx.s.content.iter().filter(|x| x.channel_id.as_deref() == Some(c.id.as_str())).count();
    vec![
        (t.cadence, labels::cadence(ctx.lang, c).unwrap_or_default()),
        (t.owner, ctx.member_name(c.owner_id.as_deref()).unwrap_or_default()),
        (t.resources, resources.join(" · ")),
        (t.planned_content, number(ctx.lang, planned as f64, 0)),
    ]
}

/// Personas reached on the channel, as chips in their colours.
fn persona_chips(ctx: &Ctx, c: &Channel) -> Vec<(String, Rgb8)> {
    ctx.s
        .personas
        .iter()
        .enumerate()
        .filter(|(_, p)| p.channel_ids.contains(&c.id))
        .map(|(i, p)| (p.name.trim().to_string(), ctx.persona_colour(i)))
        .collect()
}

fn kpi_lines(doc: &Doc, ctx: &Ctx, c: &Channel, width: f32) -> Vec<Vec<String>> {
    ctx.s
        .kpis
        .iter()
        .filter(|k| k.channel_ids.contains(&c.id))
        .map(|k| super::excerpt(doc, SMALL, &k.name, width - 10.0, 2))
        .filter(|l| !l.is_empty())
        .collect()
}

fn list_height(items: &[Vec<String>]) -> f32 {
    items.iter().map(|l| l.len() as f32 * leading(SMALL) + 2.0).sum()
}

fn block(doc: &mut Doc, ctx: &Ctx, index: usize, c: &Channel) {
    let t = doc.t;
    let colour = ctx.channel_colour_at(index);
    let left_w = WIDTH * 0.6;
    let right_x = LEFT + left_w + 20.0;
    let right_w = WIDTH - left_w - 20.0;
    let reason_label = if c.status == ChannelStatus::Dropped { t.drop_reason } else { t.reason };
    let reason = if c.status == ChannelStatus::Dropped && !c.drop_reason.trim().is_empty() {
        c.drop_reason.as_str()
    } else {
        c.reason.as_str()
    };
    let facts = facts(ctx, c);
    let pillars: Vec<(String, Rgb8)> = c
        .content_pillars
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| (p.trim().to_string(), colour.tint(0.82)))
        .collect();
    let personas = persona_chips(ctx, c);
    let kpis = kpi_lines(doc, ctx, c, left_w);
    let label_h = leading(LABEL) + 3.0;
    let pillars_h = if pillars.is_empty() {
        super::field_height(doc, left_w, "", BODY)
    } else {
        label_h + super::chips_height(doc, &pillars, SMALL_BOLD, left_w)
    };
    let kpis_h = if kpis.is_empty() { super::field_height(doc, left_w, "", SMALL) } else { label_h + list_height(&kpis) + 6.0 };
    let left_h = super::field_height(doc, left_w, reason, BODY) + pillars_h + kpis_h;
    let personas_h = if personas.is_empty() {
        super::field_height(doc, right_w, "", SMALL)
    } else {
        label_h + super::chips_height(doc, &personas, SMALL_BOLD, right_w)
    };
    let right_h: f32 = facts.iter().map(|(_, v)| super::field_height(doc, right_w, v, SMALL)).sum::<f32>() + personas_h;
    let header_h = 30.0;
    let body_h = left_h.max(right_h) + 14.0;
    let side_by_side = header_h + body_h <= BOTTOM - TOP;
    doc.ensure(if side_by_side { header_h + body_h } else { header_h + 80.0 });

    // Header strip: colour, name, status.
    let top = doc.y;
    doc.round_rect(LEFT, top, WIDTH, header_h, 6.0, colour);
    let on = colour.text_on();
    let status = status_text(ctx, c).to_uppercase();
    let sw = doc.width(LABEL, &status);
    let name = doc.fit(NAME, &labels::channel(ctx.lang, c), WIDTH - sw - 50.0);
    doc.text(LEFT + 12.0, top + 20.0, NAME, on, &name);
    doc.text_right(LEFT + WIDTH - 12.0, top + 18.5, LABEL, on, &status);
    doc.y = top + header_h + 12.0;

    let (lx, lw, rx, rw) = if side_by_side { (LEFT, left_w, right_x, right_w) } else { (LEFT, WIDTH, LEFT, WIDTH) };
    let top = doc.y;
    super::field(doc, lx, lw, reason_label, reason, BODY, t.to_define);
    chip_block(doc, &pillars, lx, lw, t.pillars, t.to_define);
    list_block(doc, &kpis, lx, lw, t.kpis, colour, t.none);
    let left_end = doc.y;
    if side_by_side {
        doc.y = top;
        doc.fill_rect(right_x - 10.0, top, 1.0, body_h - 14.0, colour.tint(0.6));
    }
    for (label, value) in &facts {
        super::field(doc, rx, rw, label, value, SMALL, t.none);
    }
    chip_block(doc, &personas, rx, rw, t.personas_reached, t.none);
    if side_by_side {
        doc.y = left_end.max(doc.y).max(top + body_h - 14.0);
    }
    doc.y += 14.0;
}

/// The small label above a block of chips or a list, kept on the page with what follows.
fn block_label(doc: &mut Doc, x: f32, label: &str) {
    doc.ensure(leading(LABEL) + 20.0);
    let colour = doc.theme.text;
    let top = doc.y;
    doc.label(x, top, label, colour);
    doc.y += leading(LABEL) + 3.0;
}

fn chip_block(doc: &mut Doc, chips: &[(String, Rgb8)], x: f32, width: f32, label: &str, empty: &str) {
    if chips.is_empty() {
        super::field(doc, x, width, label, "", SMALL, empty);
        return;
    }
    block_label(doc, x, label);
    super::chips(doc, chips, SMALL_BOLD, x, width);
}

#[allow(clippy::too_many_arguments)]
fn list_block(doc: &mut Doc, items: &[Vec<String>], x: f32, width: f32, label: &str, bullet: Rgb8, empty: &str) {
    if items.is_empty() {
        super::field(doc, x, width, label, "", SMALL, empty);
        return;
    }
    block_label(doc, x, label);
    for lines in items {
        doc.ensure(leading(SMALL));
        let top = doc.y;
        doc.circle(x + 3.0, top + leading(SMALL) / 2.0, 1.6, bullet);
        doc.lines(lines, x + 10.0, SMALL, INK);
        doc.y += 2.0;
    }
    doc.y += 6.0;
}

