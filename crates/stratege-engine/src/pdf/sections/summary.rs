//! The executive summary: key figures, the primary goal, the differentiator,
//! the channels kept and the headline KPIs, on (about) one page.

use super::super::colors::{INK, MUTED};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::labels;
use super::super::layout::Font;
use super::super::locale::{euros, number, quote};
use super::super::page::{leading, Doc, BODY, BODY_BOLD, LABEL, LEFT, SMALL, SMALL_BOLD, WIDTH};
use super::super::table::{Align, Cell, Column, Row, Table};
use crate::model::{FunnelStage, Kpi};

const FIGURE: Font = Font::new(Style::Bold, 20.0);
const GOAL: Font = Font::new(Style::Bold, 13.0);
const QUOTE: Font = Font::new(Style::Italic, 12.0);

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "", t.kicker, t.summary, t.summary_intro);
    figures(doc, ctx);
    goal(doc, ctx);
    difference(doc, ctx);
    channels(doc, ctx);
    headline_kpis(doc, ctx);
}

fn figures(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    let s = ctx.s;
    let kept = ctx.kept_channels();
    let budget: f64 = kept.iter().filter_map(|(_, c)| c.budget).filter(|b| b.is_finite()).sum();
    let dated = s.content.iter().filter(|c| c.date.is_some()).count();
    let tiles = [
        (s.team.len().to_string(), t.fig_team),
        (s.personas.len().to_string(), t.fig_personas),
        (kept.len().to_string(), t.fig_channels),
        (number(ctx.lang, dated as f64, 0), t.fig_content),
        (euros(ctx.lang, budget), t.fig_budget),
    ];
    let w = WIDTH / tiles.len() as f32;
    let h = 62.0;
    doc.ensure(h + 10.0);
    let top = doc.y;
    let theme = doc.theme;
    doc.round_rect(LEFT, top, WIDTH, h, 6.0, theme.tint);
    for (i, (value, caption)) in tiles.iter().enumerate() {
        let x = LEFT + i as f32 * w;
        if i > 0 {
            doc.line(x, top + 12.0, x, top + h - 12.0, theme.soft, 0.8);
        }
        let value = doc.fit(FIGURE, value, w - 12.0);
        doc.text_center(x + w / 2.0, top + 30.0, FIGURE, theme.text, &value);
        for (j, line) in doc.wrap(SMALL, caption, w - 12.0).iter().take(2).enumerate() {
            doc.text_center(x + w / 2.0, top + 44.0 + j as f32 * 9.5, SMALL, MUTED, line);
        }
    }
    doc.y = top + h + 18.0;
}

/// A labelled panel: accent label, then a block drawn by `body`.
fn panel_label(doc: &mut Doc, label: &str, keep: f32) {
    doc.ensure(leading(LABEL) + keep);
    let colour = doc.theme.text;
    let top = doc.y;
    doc.label(LEFT, top, label, colour);
    doc.y += leading(LABEL) + 3.0;
}

fn goal(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    panel_label(doc, t.primary_goal, 40.0);
    match ctx.primary_objective() {
        Some(o) => {
            let name = labels::objective(ctx.lang, o);
            doc.paragraph(&name, GOAL, INK);
            let lines = super::excerpt(doc, BODY, &o.rationale, WIDTH, 5);
            doc.lines(&lines, LEFT, BODY, INK);
        }
        None => doc.placeholder(t.hint_objective),
    }
    doc.y += 12.0;
}

fn difference(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    panel_label(doc, t.our_difference, 40.0);
    let text = ctx.s.meta.differentiator.trim();
    if text.is_empty() {
        doc.placeholder(t.hint_differentiator);
    } else {
        let lines = super::excerpt(doc, QUOTE, &quote(ctx.lang, text), WIDTH - 18.0, 6);
        doc.ensure(lines.len() as f32 * leading(QUOTE));
        let top = doc.y;
        let theme = doc.theme;
        doc.lines(&lines, LEFT + 14.0, QUOTE, theme.text);
        doc.fill_rect(LEFT, top + 2.0, 3.0, (doc.y - top - 4.0).max(0.0), theme.accent);
    }
    doc.y += 12.0;
}

fn channels(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    panel_label(doc, t.channels_kept, 30.0);
    let kept = ctx.kept_channels();
    if kept.is_empty() {
        doc.placeholder(t.hint_channels);
        return;
    }
    let chips: Vec<(String, _)> = kept
        .iter()
        .map(|(i, c)| {
            let mut text = labels::channel(ctx.lang, c);
            if let Some(cadence) = labels::cadence(ctx.lang, c) {
                text = format!("{text} · {cadence}");
            }
            if c.status != crate::model::ChannelStatus::Active {
                text = format!("{text} · {}", labels::channel_status(ctx.lang, c.status).to_lowercase());
            }
            (text, ctx.channel_colour_at(*i))
        })
        .collect();
    super::chips(doc, &chips, SMALL_BOLD, LEFT, WIDTH);
    doc.y += 10.0;
}

/// Up to five KPIs: the first of each funnel stage, then the next ones.
fn pick(kpis: &[Kpi]) -> Vec<&Kpi> {
    let mut picked: Vec<&Kpi> = Vec::new();
    for stage in FunnelStage::ALL {
        if let Some(k) = kpis.iter().find(|k| k.funnel_stage == *stage) {
            picked.push(k);
        }
    }
    for k in kpis {
        if picked.len() >= 5 {
            break;
        }
        if !picked.iter().any(|p| std::ptr::eq(*p, k)) {
            picked.push(k);
        }
    }
    picked.truncate(5);
    picked.sort_by_key(|k| FunnelStage::ALL.iter().position(|s| *s == k.funnel_stage));
    picked
}

fn headline_kpis(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    panel_label(doc, t.headline_kpis, 50.0);
    if ctx.s.kpis.is_empty() {
        doc.placeholder(t.hint_kpis);
        return;
    }
    let value = |v: Option<f64>| v.map_or_else(|| t.none.to_string(), |v| number(ctx.lang, v, 2));
    let mut table = Table::new(
        vec![
            Column::new(t.indicator, 5.0, Align::Left),
            Column::new(t.funnel, 1.7, Align::Left),
            Column::new(t.baseline, 1.4, Align::Right),
            Column::new(t.target_q4, 1.4, Align::Right),
        ],
        doc.theme.accent,
    );
    for k in pick(&ctx.s.kpis) {
        table.rows.push(Row::Cells(vec![
            Cell::text(k.name.clone(), BODY_BOLD).with(k.unit.clone(), SMALL, MUTED),
            Cell::text(labels::stage(ctx.lang, k.funnel_stage), BODY),
            Cell::text(value(k.baseline), BODY),
            Cell::coloured(value(k.q4), BODY_BOLD, doc.theme.text),
        ]));
    }
    table.draw(doc);
}
