//! Step 1: the cross-functional team, grouped by department.

use super::super::colors::MUTED;
use super::super::context::Ctx;
use super::super::labels;
use super::super::locale::{hours_per_week, number};
use super::super::page::{Doc, BODY_BOLD, SMALL, SMALL_BOLD, SMALL_ITALIC};
use super::super::table::{Align, Cell, Column, Row, Table};
use crate::model::{Department, TeamMember};

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    super::opener(doc, "1", &format!("{} 1", t.step), t.steps[0], t.step_intros[0]);
    let team = &ctx.s.team;
    if team.is_empty() {
        doc.placeholder(t.hint_team);
        return;
    }
    // Departments in the method's order; within one, the strategy's order.
    let mut groups: Vec<(String, Vec<&TeamMember>)> = Vec::new();
    for department in Department::ALL {
        let mut members: Vec<&TeamMember> = team.iter().filter(|m| m.department == *department).collect();
        if *department == Department::Other {
            // "Other" departments are grouped by the name the user gave them.
            let mut names: Vec<String> = Vec::new();
            for m in &members {
                let name = labels::department(ctx.lang, m);
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            for name in names {
                let these: Vec<&TeamMember> =
                    members.iter().copied().filter(|m| labels::department(ctx.lang, m) == name).collect();
                groups.push((name, these));
            }
            members.clear();
        }
        if !members.is_empty() {
            groups.push((labels::department_name(ctx.lang, *department).to_string(), members));
        }
    }
    let accent = doc.theme.accent;
    let mut table = Table::new(
        vec![
            Column::new(t.department, 2.0, Align::Left),
            Column::new(t.name, 2.1, Align::Left),
            Column::new(t.role, 2.5, Align::Left),
            Column::new(t.contribution, 4.6, Align::Left),
            Column::new(t.time, 1.45, Align::Right),
        ],
        accent,
    );
    table.zebra_groups = true;
    for (name, members) in &groups {
        for (i, m) in members.iter().enumerate() {
            let hours = m.hours_per_week.filter(|h| h.is_finite());
            let department = if i == 0 { Cell::coloured(name.clone(), SMALL_BOLD, doc.theme.text) } else { Cell::default() };
            let mut cells = vec![
                department,
                Cell::text(m.name.clone(), BODY_BOLD),
                Cell::text(m.role.clone(), SMALL),
                Cell::text(m.contribution.clone(), SMALL),
                Cell::text(hours.map_or_else(|| t.none.to_string(), |h| hours_per_week(ctx.lang, h)), SMALL),
            ];
            if m.name.trim().is_empty() {
                cells[1] = Cell::coloured(t.to_define, SMALL_ITALIC, MUTED);
            }
            table.rows.push(if i == 0 { Row::First(cells) } else { Row::Cells(cells) });
        }
    }
    let total: f64 = team.iter().filter_map(|m| m.hours_per_week).filter(|h| h.is_finite()).sum();
    table.rows.push(Row::Total(vec![
        Cell::text(t.total, BODY_BOLD),
        Cell::coloured(
            format!("{} {}", number(ctx.lang, groups.len() as f64, 0), t.departments_count),
            SMALL_ITALIC,
            MUTED,
        ),
        Cell::default(),
        Cell::coloured(t.team_total, SMALL_ITALIC, MUTED),
        Cell::text(hours_per_week(ctx.lang, total), SMALL_BOLD),
    ]));
    table.draw(doc);
}
