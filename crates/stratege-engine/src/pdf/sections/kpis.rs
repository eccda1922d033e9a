//! Step 5: the organisation's maturity, the funnel at a glance, and the KPI
//! table by funnel stage with baseline and Q1–Q4 targets.

use super::super::colors::{Rgb8, INK, MUTED};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::labels;
use super::super::layout::Font;
use super::super::locale::{colon, number};
use super::super::page::{leading, Doc, BODY, BODY_BOLD, LEFT, SMALL, SMALL_ITALIC, WIDTH};
use super::super::table::{Align, Cell, Column, Row, Table};
use crate::model::{FunnelStage, Maturity};

const STAGE: Font = Font::new(Style::Bold, 8.5);
const COUNT: Font = Font::new(Style::Bold, 16.0);

/// Colour of a funnel stage: the accent, deeper as the funnel narrows.
fn stage_colour(accent: Rgb8, stage: FunnelStage) -> Rgb8 {
    let i = FunnelStage::ALL.iter().position(|s| *s == stage).unwrap_or(0) as f32;
    accent.tint(0.55 - i * 0.12).shade(i * 0.05)
}

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "5", &format!("{} 5", t.step), t.steps[4], t.step_intros[4]);
    maturity(doc, ctx);
    if ctx.s.kpis.is_empty() {
        doc.placeholder(t.hint_kpis);
        return;
    }
    funnel(doc, ctx);
    table(doc, ctx);
}

fn maturity(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    let text = match ctx.s.meta.maturity {
        Maturity::Beginner => t.maturity_beginner,
        Maturity::Advanced => t.maturity_advanced,
    };
    let mut chars = text.chars();
    let text: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    let label = format!("{} — ", t.maturity);
    let lw = doc.width(BODY_BOLD, &label);
    doc.ensure(leading(BODY) * 2.0);
    let top = doc.y;
    doc.text(LEFT, Doc::baseline(top, BODY), BODY_BOLD, INK, &label);
    let lines = doc.wrap(BODY, &text, WIDTH - lw);
    doc.lines(&lines, LEFT + lw, BODY, INK);
    doc.y += 12.0;
}

/// Five boxes narrowing like a funnel, each with its number of KPIs.
fn funnel(doc: &mut Doc, ctx: &Ctx) {
    let h = 54.0;
    doc.ensure(h + 16.0);
    let top = doc.y;
    let n = FunnelStage::ALL.len() as f32;
    let gap = 6.0;
    let w = (WIDTH - gap * (n - 1.0)) / n;
    let accent = doc.theme.accent;
    for (i, stage) in FunnelStage::ALL.iter().enumerate() {
        let x = LEFT + i as f32 * (w + gap);
        let inset = i as f32 * 3.0;
        let colour = stage_colour(accent, *stage);
        doc.round_rect(x, top + inset, w, h - 2.0 * inset, 5.0, colour);
        let count = ctx.s.kpis.iter().filter(|k| k.funnel_stage == *stage).count();
        let on = colour.text_on();
        doc.text_center(x + w / 2.0, top + h / 2.0 - 1.0, COUNT, on, &count.to_string());
        let name = doc.fit(STAGE, labels::stage(ctx.lang, *stage), w - 8.0);
        doc.text_center(x + w / 2.0, top + h / 2.0 + 13.0, STAGE, on, &name);
    }
    doc.y = top + h + 16.0;
}

fn table(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    let kpis = &ctx.s.kpis;
    let years: Vec<i32> = kpis.iter().filter_map(|k| k.year).collect();
    let common_year = years.first().copied().filter(|y| years.iter().all(|x| x == y) && years.len() == kpis.len());
    let quarter = |q: usize| match common_year {
        Some(y) => format!("{} {y}", t.quarters[q]),
        None => t.quarters[q].to_string(),
    };
    doc.heading(t.kpi_table, 80.0);
    let accent = doc.theme.accent;
    let mut table = Table::new(
        vec![
            Column::new(t.indicator, 4.4, Align::Left),
            Column::new(t.unit, 1.5, Align::Left),
            Column::new(t.baseline, 1.1, Align::Right),
            Column::new(&quarter(0), 1.05, Align::Right),
            Column::new(&quarter(1), 1.05, Align::Right),
            Column::new(&quarter(2), 1.05, Align::Right),
            Column::new(&quarter(3), 1.05, Align::Right),
        ],
        accent,
    );
    let value = |v: Option<f64>| v.map_or_else(|| t.none.to_string(), |v| number(ctx.lang, v, 2));
    for stage in FunnelStage::ALL {
        let these: Vec<_> = kpis.iter().filter(|k| k.funnel_stage == *stage).collect();
        if these.is_empty() {
            continue;
        }
        let colour = stage_colour(accent, *stage).readable_on_white();
        table.rows.push(Row::Group { label: labels::stage(ctx.lang, *stage).to_string(), colour });
        for k in these {
            let mut details = Vec::new();
            if let Some(owner) = ctx.member_name(k.owner_id.as_deref()) {
                details.push(format!("{}{}{owner}", t.owner, colon(ctx.lang)));
            }
            let channels = ctx.channel_list(&k.channel_ids);
            if !channels.is_empty() {
                details.push(format!("{}{}{channels}", t.channels, colon(ctx.lang)));
            }
            if common_year.is_none() {
                if let Some(y) = k.year {
                    details.push(y.to_string());
                }
            }
            let name = if k.name.trim().is_empty() { t.to_define.to_string() } else { k.name.clone() };
            table.rows.push(Row::Cells(vec![
                Cell::text(name, BODY_BOLD)
                    .with(k.definition.clone(), SMALL_ITALIC, MUTED)
                    .with_short(details.join(" · "), SMALL, MUTED, 3),
                Cell::text(k.unit.clone(), SMALL).max_lines(4),
                Cell::text(value(k.baseline), SMALL),
                Cell::text(value(k.q1), SMALL),
                Cell::text(value(k.q2), SMALL),
                Cell::text(value(k.q3), SMALL),
                Cell::coloured(value(k.q4), Font::new(Style::Bold, SMALL.size), doc.theme.text),
            ]));
        }
    }
    table.draw(doc);
}
