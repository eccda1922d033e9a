//! Appendix A, the strategy's health (the method coach's findings as of the
//! document's date), and appendix B, a glossary of the method's terms.

use super::super::colors::{Rgb8, AMBER, GREEN, INK, MUTED, RED, RULE};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::layout::Font;
use super::super::page::{leading, Doc, BODY, BODY_BOLD, LEFT, SMALL, SMALL_BOLD, WIDTH};
use super::super::table::{Align, Cell, Column, Row, Table};

const SCORE: Font = Font::new(Style::Bold, 30.0);
const TERM: Font = Font::new(Style::Bold, 10.0);

/// The coach's review, in the shape the appendix prints.
pub(crate) struct Health {
    /// 0–100.
    pub overall: u8,
    pub steps: Vec<StepHealth>,
    pub advice: Vec<Remark>,
}

pub(crate) struct StepHealth {
    pub label: String,
    pub score: u8,
    pub blockers: usize,
    pub warnings: usize,
    pub tips: usize,
}

pub(crate) struct Remark {
    /// 0 = blocker, 1 = warning, 2 = tip.
    pub severity: usize,
    pub step: String,
    pub message: String,
}

fn score_colour(score: u8) -> Rgb8 {
    match score {
        0..=49 => RED,
        50..=79 => AMBER,
        _ => GREEN,
    }
}

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx, report: Option<&crate::coach::Report>) {
    let t = doc.t;
    let kicker = format!("{} A", t.appendix);
    super::opener(doc, "A", &kicker, t.health, t.health_intro);
    let health = super::super::health::review(ctx, report);
    health_part(doc, &health);
    let kicker = format!("{} B", t.appendix);
    super::opener(doc, "B", &kicker, t.glossary, t.glossary_intro);
    glossary(doc);
}

fn health_part(doc: &mut Doc, health: &Health) {
    let t = doc.t;
    // The overall score, as a large figure beside a bar.
    let h = 64.0;
    doc.ensure(h + 10.0);
    let top = doc.y;
    let colour = score_colour(health.overall);
    doc.round_rect(LEFT, top, WIDTH, h, 8.0, colour.tint(0.9));
    let score = format!("{}", health.overall);
    doc.text(LEFT + 18.0, top + 42.0, SCORE, colour.readable_on_white(), &score);
    let sw = doc.width(SCORE, &score);
    doc.text(LEFT + 22.0 + sw, top + 42.0, BODY_BOLD, MUTED, "/ 100");
    doc.label(LEFT + 120.0, top + 16.0, t.overall, MUTED);
    let bar_x = LEFT + 120.0;
    let bar_w = WIDTH - 140.0;
    doc.round_rect(bar_x, top + 34.0, bar_w, 8.0, 4.0, RULE);
    doc.round_rect(bar_x, top + 34.0, bar_w * health.overall.min(100) as f32 / 100.0, 8.0, 4.0, colour);
    doc.y = top + h + 16.0;

    if !health.steps.is_empty() {
        let mut table = Table::new(
            vec![
                Column::new(t.step, 5.0, Align::Left),
                Column::new(t.score, 1.2, Align::Right),
                Column::new(t.blockers, 1.3, Align::Right),
                Column::new(t.warnings, 1.3, Align::Right),
                Column::new(t.tips, 1.3, Align::Right),
            ],
            doc.theme.accent,
        );
        for s in &health.steps {
            let count = |n: usize, colour: Rgb8| {
                if n == 0 {
                    Cell::coloured("0", SMALL, RULE.mix(MUTED, 0.5))
                } else {
                    Cell::coloured(n.to_string(), SMALL_BOLD, colour)
                }
            };
            table.rows.push(Row::Cells(vec![
                Cell::text(s.label.clone(), BODY),
                Cell::coloured(s.score.to_string(), BODY_BOLD, score_colour(s.score).readable_on_white()),
                count(s.blockers, RED),
                count(s.warnings, AMBER.readable_on_white()),
                count(s.tips, MUTED),
            ]));
        }
        table.draw(doc);
    }

    doc.heading(t.remarks, 40.0);
    if health.advice.is_empty() {
        doc.paragraph(t.no_remarks, Font::new(Style::Italic, BODY.size), MUTED);
        return;
    }
    for severity in 0..3 {
        for remark in health.advice.iter().filter(|r| r.severity == severity) {
            let colour = [RED, AMBER, GREEN][severity];
            let label = format!("{} · {}", t.severity[severity], remark.step).to_uppercase();
            let lines = doc.wrap(BODY, &remark.message, WIDTH - 16.0);
            doc.ensure(leading(super::super::page::LABEL) + leading(BODY) * lines.len().min(2) as f32 + 8.0);
            let top = doc.y;
            let page = doc.page_index();
            doc.label(LEFT + 12.0, top, &label, colour.readable_on_white());
            doc.y += leading(super::super::page::LABEL) + 1.0;
            doc.lines(&lines, LEFT + 12.0, BODY, INK);
            if doc.page_index() == page {
                doc.fill_rect(LEFT, top + 1.0, 3.0, doc.y - top - 2.0, colour);
            }
            doc.y += 8.0;
        }
    }
}

fn glossary(doc: &mut Doc) {
    let t = doc.t;
    let term_w = 150.0;
    for (i, (term, definition)) in t.glossary_terms.iter().enumerate() {
        let terms = doc.wrap(TERM, term, term_w - 12.0);
        let lines = doc.wrap(BODY, definition, WIDTH - term_w);
        let h = (terms.len() as f32 * leading(TERM)).max(lines.len() as f32 * leading(BODY));
        doc.ensure(h + 12.0);
        let top = doc.y;
        if i > 0 {
            doc.line(LEFT, top - 6.0, LEFT + WIDTH, top - 6.0, RULE, 0.5);
        }
        let colour = doc.theme.text;
        for (j, line) in terms.iter().enumerate() {
            doc.text(LEFT, Doc::baseline(top + j as f32 * leading(TERM), TERM), TERM, colour, line);
        }
        doc.lines(&lines, LEFT + term_w, BODY, INK);
        doc.y = doc.y.max(top + h) + 12.0;
    }
}
