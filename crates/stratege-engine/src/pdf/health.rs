//! The strategy's health for appendix A: the method coach's review (given by
//! the caller, or evaluated on the document's date), shaped for printing.

use super::context::Ctx;
use super::sections::appendix::{Health, Remark, StepHealth};
use crate::coach::{self, Report, Severity, Step};

/// The step's number in the method, as printed before its name.
fn number(step: Step) -> &'static str {
    match step {
        Step::Team => "1",
        Step::Objectives => "2",
        Step::Listening => "3",
        Step::Personas => "4",
        Step::Kpis => "5",
        Step::Differentiator => "6",
        Step::Channels | Step::Content => "7",
        Step::Human => "+",
    }
}

fn label(ctx: &Ctx, step: Step) -> String {
    format!("{} · {}", number(step), step.label(ctx.lang))
}

/// The review of `report`, or of a fresh evaluation when there is none.
pub(crate) fn review(ctx: &Ctx, report: Option<&Report>) -> Health {
    let owned;
    let report = match report {
        Some(report) => report,
        None => {
            owned = coach::evaluate(ctx.s, ctx.today);
            &owned
        }
    };
    let severity = |s: Severity| match s {
        Severity::Blocker => 0,
        Severity::Warning => 1,
        Severity::Tip => 2,
    };
    Health {
        overall: report.overall.min(100),
        steps: report
            .steps
            .iter()
            .map(|s| StepHealth {
                label: label(ctx, s.step),
                score: s.score.min(100),
                blockers: s.blockers as usize,
                warnings: s.warnings as usize,
                tips: s.tips as usize,
            })
            .collect(),
        advice: report
            .advice
            .iter()
            .map(|a| Remark {
                severity: severity(a.severity),
                step: label(ctx, a.target.step),
                message: a.message(ctx.lang).to_string(),
            })
            .collect(),
    }
}
