//! Step 3: what listening taught us (findings with their search terms), then
//! the competitors: a competitor × platform grid and their notes.

use super::super::colors::{channel_color, INK, MUTED, RULE};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::labels;
use super::super::layout::Font;
use super::super::page::{leading, Doc, BODY, BODY_BOLD, LABEL, LEFT, SMALL, SMALL_BOLD, WIDTH};
use super::super::table::{Align, Cell, Column, Mark, Row, Table};
use crate::model::{FindingSubject, Platform};

const SOURCE: Font = Font::new(Style::Bold, 10.5);
/// Platforms per competitor grid; more are split over several grids.
const GRID_COLUMNS: usize = 7;

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "3", &format!("{} 3", t.step), t.steps[2], t.step_intros[2]);
    doc.heading(t.what_we_heard, 50.0);
    if ctx.s.findings.is_empty() {
        doc.placeholder(t.hint_findings);
    }
    for (i, f) in ctx.s.findings.iter().enumerate() {
        finding(doc, ctx, i, f);
    }
    competitors(doc, ctx);
}

fn finding(doc: &mut Doc, ctx: &Ctx, index: usize, f: &crate::model::Finding) {
    let t = doc.t;
    let source = doc.wrap(SOURCE, &f.source, WIDTH - 100.0);
    doc.ensure(leading(SOURCE) * source.len().min(2) as f32 + 3.0 * leading(BODY) + 10.0);
    if index > 0 && !doc.at_top() {
        doc.line(LEFT, doc.y, LEFT + WIDTH, doc.y, RULE, 0.5);
        doc.y += 10.0;
    }
    let theme = doc.theme;
    let subject = labels::subject(ctx.lang, f.subject);
    let colour = match f.subject {
        FindingSubject::Audience => theme.accent,
        FindingSubject::Competitor => super::super::colors::MUTED,
    };
    let top = doc.y;
    let chip_font = Font::new(Style::Bold, 7.0);
    let w = doc.width(chip_font, &subject.to_uppercase()) + 14.0;
    super::chip(doc, LEFT + WIDTH - w, top, &subject.to_uppercase(), colour, chip_font);
    let source = if source.is_empty() { vec![t.to_define.to_string()] } else { source };
    doc.lines(&source, LEFT, SOURCE, INK);
    doc.y += 2.0;
    if f.what_is_said.trim().is_empty() {
        doc.paragraph(t.to_define, Font::new(Style::Italic, BODY.size), MUTED);
    } else {
        doc.paragraph(&f.what_is_said, BODY, INK);
    }
    let terms: Vec<(String, _)> = f
        .search_terms
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| (s.trim().to_string(), theme.tint.mix(theme.soft, 0.4)))
        .collect();
    if !terms.is_empty() {
        doc.y += 4.0;
        doc.ensure(leading(LABEL) + 20.0);
        let top = doc.y;
        doc.label(LEFT, top, t.search_terms, MUTED);
        doc.y += leading(LABEL) + 2.0;
        super::chips(doc, &terms, Font::new(Style::Regular, 7.5), LEFT, WIDTH);
    }
    doc.y += 8.0;
}

fn competitors(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    doc.heading(t.competitors, 60.0);
    let competitors = &ctx.s.competitors;
    if competitors.is_empty() {
        doc.placeholder(t.hint_competitors);
        return;
    }
    // Platforms where a competitor is, or where we plan to be, in the method's order.
    let platforms: Vec<Platform> = Platform::ALL
        .iter()
        .copied()
        .filter(|p| *p != Platform::Custom)
        .filter(|p| {
            competitors.iter().any(|c| c.platforms.contains(p)) || ctx.s.channels.iter().any(|c| c.platform == *p)
        })
        .collect();
    doc.subheading(t.competitor_grid, 40.0);
    if platforms.is_empty() {
        doc.placeholder(t.hint_competitors);
    }
    for chunk in platforms.chunks(super::balanced_chunk(platforms.len(), GRID_COLUMNS)) {
        let mut columns = vec![Column::new(t.competitor, 3.0, Align::Left)];
        columns.extend(chunk.iter().map(|p| Column::new(labels::platform(ctx.lang, *p), 1.15, Align::Center)));
        let mut table = Table::new(columns, doc.theme.accent);
        for c in competitors {
            let mut cells = vec![Cell::text(c.name.clone(), BODY_BOLD)];
            for p in chunk {
                cells.push(if c.platforms.contains(p) { Cell::mark(Mark::Dot(channel_color(*p, 0))) } else { Cell::default() });
            }
            table.rows.push(Row::Cells(cells));
        }
        // Our own plan, for comparison.
        let mut ours = vec![Cell::coloured(ctx.s.meta.client_name.clone(), SMALL_BOLD, doc.theme.text)];
        for p in chunk {
            let planned = ctx.kept_channels().iter().any(|(_, c)| c.platform == *p);
            ours.push(if planned { Cell::mark(Mark::Dot(doc.theme.accent)) } else { Cell::default() });
        }
        table.rows.push(Row::Total(ours));
        table.draw(doc);
    }
    let with_notes: Vec<_> = competitors.iter().filter(|c| !c.notes.trim().is_empty()).collect();
    if with_notes.is_empty() {
        return;
    }
    let mut table = Table::new(
        vec![Column::new(t.competitor, 2.2, Align::Left), Column::new(t.notes, 7.0, Align::Left)],
        doc.theme.accent,
    );
    for c in with_notes {
        table.rows.push(Row::Cells(vec![Cell::text(c.name.clone(), BODY_BOLD), Cell::text(c.notes.clone(), SMALL)]));
    }
    doc.y += 6.0;
    table.draw(doc);
}
