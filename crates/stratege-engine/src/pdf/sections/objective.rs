//! Step 2: the one primary goal, set large with its rationale, then the
//! secondary goals.

use super::super::colors::{INK, MUTED};
use super::super::context::Ctx;
use super::super::fonts::Style;
use super::super::labels;
use super::super::layout::Font;
use super::super::page::{leading, Doc, BODY, BODY_BOLD, BOTTOM, LABEL, LEFT, TOP, WIDTH};

const GOAL: Font = Font::new(Style::Bold, 20.0);
const RATIONALE: Font = Font::new(Style::Regular, 10.5);

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "2", &format!("{} 2", t.step), t.steps[1], t.step_intros[1]);
    let objectives = &ctx.s.objectives;
    if objectives.is_empty() {
        doc.placeholder(t.hint_objective);
        return;
    }
    match ctx.primary_objective() {
        Some(primary) => primary_card(doc, &labels::objective(ctx.lang, primary), &primary.rationale),
        None => doc.placeholder(t.no_primary),
    }
    let secondary: Vec<_> = objectives.iter().filter(|o| !o.is_primary).collect();
    if secondary.is_empty() {
        return;
    }
    doc.heading(t.secondary_goals, 40.0);
    for o in secondary {
        let name = labels::objective(ctx.lang, o);
        doc.ensure(leading(BODY_BOLD) * 3.0);
        doc.paragraph(&name, BODY_BOLD, INK);
        if o.rationale.trim().is_empty() {
            doc.paragraph(t.to_define, Font::new(Style::Italic, BODY.size), MUTED);
        } else {
            doc.paragraph(&o.rationale, BODY, INK);
        }
        doc.y += 8.0;
    }
}

fn primary_card(doc: &mut Doc, name: &str, rationale: &str) {
    let t = doc.t;
    let inner = WIDTH - 40.0;
    let name_lines = doc.wrap(GOAL, name, inner);
    let why = doc.wrap(RATIONALE, rationale, inner);
    let height = 22.0
        + leading(LABEL)
        + 4.0
        + name_lines.len() as f32 * GOAL.size * 1.25
        + 12.0
        + leading(LABEL)
        + 4.0
        + why.len().max(1) as f32 * leading(RATIONALE)
        + 20.0;
    let theme = doc.theme;
    let fits = height <= BOTTOM - TOP;
    if fits {
        doc.ensure(height);
        doc.round_rect(LEFT, doc.y, WIDTH, height, 8.0, theme.tint);
        doc.fill_rect(LEFT, doc.y + 14.0, 4.0, height - 28.0, theme.accent);
    }
    let x = LEFT + 22.0;
    doc.y += 22.0;
    let top = doc.y;
    doc.label(x, top, t.primary_goal, theme.text);
    doc.y += leading(LABEL) + 4.0;
    for line in &name_lines {
        doc.text(x, doc.y + GOAL.size * 0.95, GOAL, theme.text, line);
        doc.y += GOAL.size * 1.25;
    }
    doc.y += 12.0;
    let top = doc.y;
    doc.label(x, top, t.why, MUTED);
    doc.y += leading(LABEL) + 4.0;
    if why.is_empty() {
        doc.paragraph_at(t.to_define, Font::new(Style::Italic, RATIONALE.size), MUTED, x, inner);
    } else {
        doc.lines(&why, x, RATIONALE, INK);
    }
    doc.y += 20.0;
}
