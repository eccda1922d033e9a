//! Step 6: the differentiator, set large, and the proof points behind it.

use super::super::colors::INK;
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::layout::Font;
use super::super::page::{leading, Doc, LEFT, WIDTH};
use crate::model::Language;

const MARK: Font = Font::new(Style::Bold, 90.0);
const STATEMENT: Font = Font::new(Style::Bold, 19.0);
const PROOF: Font = Font::new(Style::Regular, 10.5);
const NUMBER: Font = Font::new(Style::Bold, 10.0);

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "6", &format!("{} 6", t.step), t.steps[5], t.step_intros[5]);
    let statement = ctx.s.meta.differentiator.trim();
    if statement.is_empty() {
        doc.placeholder(t.hint_differentiator);
        return;
    }
    let theme = doc.theme;
    let mark = if ctx.lang == Language::Fr { "«" } else { "“" };
    doc.ensure(STATEMENT.size * 1.35 * 3.0 + 30.0);
    doc.y += 10.0;
    doc.text(LEFT - 4.0, doc.y + 62.0, MARK, theme.soft, mark);
    doc.y += 34.0;
    let lines = doc.wrap(STATEMENT, statement, WIDTH - 40.0);
    let lh = STATEMENT.size * 1.35;
    for line in &lines {
        doc.ensure(lh);
        doc.text(LEFT + 40.0, doc.y + STATEMENT.size, STATEMENT, theme.text, line);
        doc.y += lh;
    }
    doc.y += 10.0;
    doc.fill_rect(LEFT + 40.0, doc.y, 60.0, 3.0, theme.accent);
    doc.y += 26.0;

    let proofs: Vec<&String> = ctx.s.meta.proof_points.iter().filter(|p| !p.trim().is_empty()).collect();
    if proofs.is_empty() {
        return;
    }
    doc.heading(t.proof_points, 50.0);
    for (i, proof) in proofs.iter().enumerate() {
        let lines = doc.wrap(PROOF, proof, WIDTH - 40.0);
        doc.ensure(leading(PROOF) * lines.len().min(3) as f32 + 8.0);
        let top = doc.y;
        doc.circle(LEFT + 11.0, top + leading(PROOF) / 2.0 + 1.0, 11.0, theme.accent);
        doc.text_center(LEFT + 11.0, top + leading(PROOF) / 2.0 + 4.6, NUMBER, theme.accent.text_on(), &(i + 1).to_string());
        doc.y = top + 1.0;
        let page = doc.page_index();
        doc.lines(&lines, LEFT + 34.0, PROOF, INK);
        if doc.page_index() == page {
            doc.y = doc.y.max(top + 26.0);
        }
        doc.y += 10.0;
    }
}
