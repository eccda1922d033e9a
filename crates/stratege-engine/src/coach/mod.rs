//! The method coach: checks a strategy against the rules of the seven-step
//! method and says, in French and English, what is wrong, how serious it is,
//! what to do, and where in the app to do it.
//!
//! The rule set is data: [`RULES`] lists every rule once, with its stable id,
//! its step and its severity; each step's checks live in their own file. To add
//! a rule, write one `fn(&Context) -> Vec<Hit>` beside its siblings (messages
//! included) and add one line to [`RULES`].
//!
//! Every check is a pure function over a [`Context`] built once per
//! evaluation (indexes by id, content counts in the 4-week window), so a
//! strategy with thousands of content items is checked in well under 5 ms.

mod calendar;
mod channels;
mod context;
mod differentiator;
mod goals;
mod human;
mod kpis;
mod listening;
mod personas;
mod team;
mod text;

pub use context::{Context, WINDOW_DAYS};

use crate::model::{ItemKind, Language, Strategy};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The step a finding belongs to, in the method's order.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Step {
    Team,
    Objectives,
    Listening,
    Personas,
    Kpis,
    Differentiator,
    Channels,
    Content,
    Human,
}

impl Step {
    /// All steps, in the method's order (the order of the deliverable).
    pub const ALL: [Step; 9] = [
        Step::Team,
        Step::Objectives,
        Step::Listening,
        Step::Personas,
        Step::Kpis,
        Step::Differentiator,
        Step::Channels,
        Step::Content,
        Step::Human,
    ];

    /// The step's title, for the CLI and the PDF appendix.
    pub fn label(self, language: Language) -> &'static str {
        text::step_label(self, language)
    }
}

/// How much a finding matters. Ordered from the most to the least serious.
#[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Severity {
    /// The deliverable cannot be defended in front of the client as it is.
    Blocker,
    /// The method says otherwise; fix it before delivery.
    Warning,
    /// Would make the strategy better.
    Tip,
}

impl Severity {
    /// Points a finding of this severity takes off its step's score.
    pub fn penalty(self) -> u32 {
        match self {
            Severity::Blocker => 40,
            Severity::Warning => 15,
            Severity::Tip => 5,
        }
    }

    pub fn label(self, language: Language) -> &'static str {
        text::severity_label(self, language)
    }
}

/// Where a finding is fixed: the step's screen, and when known the entry
/// (its kind and id) and the field (the Rust field name, e.g. `"rationale"`).
/// A kind without an id means "that list" (e.g. add a competitor).
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Target {
    pub step: Step,
    pub kind: Option<ItemKind>,
    pub item_id: Option<String>,
    pub field: Option<String>,
}

/// One finding of the coach.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Advice {
    /// Stable id of the rule, like `"team.marketing_only"`.
    pub rule: String,
    pub severity: Severity,
    pub target: Target,
    pub message_fr: String,
    pub message_en: String,
}

impl Advice {
    pub fn message(&self, language: Language) -> &str {
        match language {
            Language::Fr => &self.message_fr,
            Language::En => &self.message_en,
        }
    }
}

/// A step's score: 100 minus 40 per blocker, 15 per warning and 5 per tip, floored at 0.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct StepScore {
    pub step: Step,
    pub score: u8,
    pub blockers: u32,
    pub warnings: u32,
    pub tips: u32,
}

/// The coach's verdict on a strategy.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Report {
    /// Sorted by step (method order), then severity, then the order of the entries.
    pub advice: Vec<Advice>,
    /// All nine steps, in the method's order.
    pub steps: Vec<StepScore>,
    /// The rounded mean of the step scores.
    pub overall: u8,
}

impl Report {
    pub fn blockers(&self) -> usize {
        self.advice
            .iter()
            .filter(|a| a.severity == Severity::Blocker)
            .count()
    }
}

/// A rule of the method: what [`RULES`] lists.
pub struct Rule {
    /// Stable id, `<area>.<what>`: part of the UI, PDF and CLI contract.
    pub id: &'static str,
    pub step: Step,
    pub severity: Severity,
    pub check: fn(&Context) -> Vec<Hit>,
}

/// What a check returns for each problem it finds: where, and what to say.
/// The rule's id, step and severity come from its [`Rule`] line.
#[derive(Debug)]
pub struct Hit {
    kind: Option<ItemKind>,
    item_id: Option<String>,
    field: Option<&'static str>,
    fr: String,
    en: String,
}

impl Hit {
    /// A problem of the step as a whole.
    pub(crate) fn new(fr: impl Into<String>, en: impl Into<String>) -> Hit {
        Hit {
            kind: None,
            item_id: None,
            field: None,
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// Points at a list (`id` None) or at one entry of it.
    pub(crate) fn on(mut self, kind: ItemKind, id: Option<&str>) -> Hit {
        self.kind = Some(kind);
        self.item_id = id.map(str::to_string);
        self
    }

    pub(crate) fn field(mut self, field: &'static str) -> Hit {
        self.field = Some(field);
        self
    }
}

/// Every rule, grouped by step in the method's order. One line per rule.
#[rustfmt::skip]
pub static RULES: &[Rule] = &[
    rule("team.too_few_departments", Step::Team, Severity::Warning, team::too_few_departments),
    rule("team.marketing_only", Step::Team, Severity::Warning, team::marketing_only),
    rule("team.no_sales_or_service", Step::Team, Severity::Tip, team::no_sales_or_service),
    rule("goals.no_primary", Step::Objectives, Severity::Blocker, goals::no_primary),
    rule("goals.several_primary", Step::Objectives, Severity::Blocker, goals::several_primary),
    rule("goals.primary_without_rationale", Step::Objectives, Severity::Warning, goals::primary_without_rationale),
    rule("listening.no_competitor", Step::Listening, Severity::Warning, listening::no_competitor),
    rule("listening.brand_terms_only", Step::Listening, Severity::Warning, listening::brand_terms_only),
    rule("listening.no_audience_source", Step::Listening, Severity::Warning, listening::no_audience_source),
    rule("personas.none", Step::Personas, Severity::Blocker, personas::none),
    rule("personas.unreachable", Step::Personas, Severity::Warning, personas::unreachable),
    rule("personas.missing_values", Step::Personas, Severity::Tip, personas::missing_values),
    rule("personas.missing_challenges", Step::Personas, Severity::Tip, personas::missing_challenges),
    rule("kpis.none", Step::Kpis, Severity::Blocker, kpis::none),
    rule("kpis.vanity_only", Step::Kpis, Severity::Warning, kpis::vanity_only),
    rule("kpis.no_baseline", Step::Kpis, Severity::Warning, kpis::no_baseline),
    rule("kpis.missing_targets", Step::Kpis, Severity::Warning, kpis::missing_targets),
    rule("kpis.targets_decrease", Step::Kpis, Severity::Warning, kpis::targets_decrease),
    rule("kpis.advanced_without_conversion", Step::Kpis, Severity::Warning, kpis::advanced_without_conversion),
    rule("differentiator.empty", Step::Differentiator, Severity::Blocker, differentiator::empty),
    rule("differentiator.too_long", Step::Differentiator, Severity::Tip, differentiator::too_long),
    rule("channels.none", Step::Channels, Severity::Blocker, channels::none),
    rule("channels.no_reason", Step::Channels, Severity::Blocker, channels::no_reason),
    rule("channels.no_persona", Step::Channels, Severity::Warning, channels::no_persona),
    rule("channels.no_kpi", Step::Channels, Severity::Warning, channels::no_kpi),
    rule("channels.no_owner", Step::Channels, Severity::Warning, channels::no_owner),
    rule("channels.over_capacity", Step::Channels, Severity::Warning, channels::over_capacity),
    rule("calendar.no_dated_content", Step::Content, Severity::Tip, calendar::no_dated_content),
    rule("calendar.channel_silent", Step::Content, Severity::Warning, calendar::channel_silent),
    rule("calendar.off_plan", Step::Content, Severity::Warning, calendar::off_plan),
    rule("calendar.persona_unserved", Step::Content, Severity::Warning, calendar::persona_unserved),
    rule("human.no_voice", Step::Human, Severity::Warning, human::no_voice),
    rule("human.no_spokesperson", Step::Human, Severity::Warning, human::no_spokesperson),
];

const fn rule(
    id: &'static str,
    step: Step,
    severity: Severity,
    check: fn(&Context) -> Vec<Hit>,
) -> Rule {
    Rule {
        id,
        step,
        severity,
        check,
    }
}

/// Checks `strategy` against every rule. `today` starts the calendar window
/// (see [`Context`]); pass the local date, or a fixed one for reproducible output.
pub fn evaluate(strategy: &Strategy, today: chrono::NaiveDate) -> Report {
    let context = Context::new(strategy, today);
    let mut advice: Vec<Advice> = Vec::new();
    for rule in RULES {
        for hit in (rule.check)(&context) {
            advice.push(Advice {
                rule: rule.id.to_string(),
                severity: rule.severity,
                target: Target {
                    step: rule.step,
                    kind: hit.kind,
                    item_id: hit.item_id,
                    field: hit.field.map(str::to_string),
                },
                message_fr: hit.fr,
                message_en: hit.en,
            });
        }
    }
    // Stable: within a step and severity, the rules' and the entries' order is kept.
    advice.sort_by_key(|a| (a.target.step, a.severity));
    let steps: Vec<StepScore> = Step::ALL.iter().map(|&step| score(step, &advice)).collect();
    let total: u32 = steps.iter().map(|s| u32::from(s.score)).sum();
    let count = steps.len() as u32;
    let overall = ((total + count / 2) / count) as u8;
    Report {
        advice,
        steps,
        overall,
    }
}

fn score(step: Step, advice: &[Advice]) -> StepScore {
    let mut counts = [0u32; 3];
    let mut penalty = 0u32;
    for a in advice.iter().filter(|a| a.target.step == step) {
        counts[a.severity as usize] += 1;
        penalty = penalty.saturating_add(a.severity.penalty());
    }
    StepScore {
        step,
        score: 100u32.saturating_sub(penalty) as u8,
        blockers: counts[0],
        warnings: counts[1],
        tips: counts[2],
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use chrono::NaiveDate;

    /// The sample's first day, used as "today" throughout the tests.
    pub fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date")
    }

    /// Runs one check on `strategy` the way `evaluate` does.
    pub fn run(strategy: &Strategy, check: fn(&Context) -> Vec<Hit>) -> Vec<Hit> {
        check(&Context::new(strategy, today()))
    }

    pub fn ids(hits: &[Hit]) -> Vec<Option<&str>> {
        hits.iter().map(|h| h.item_id.as_deref()).collect()
    }

    pub fn fields(hits: &[Hit]) -> Vec<Option<&str>> {
        hits.iter().map(|h| h.field).collect()
    }

    pub fn kinds(hits: &[Hit]) -> Vec<Option<ItemKind>> {
        hits.iter().map(|h| h.kind).collect()
    }

    /// Both messages are present, and the French one reads as French.
    pub fn assert_messages(hits: &[Hit]) {
        for hit in hits {
            assert!(!hit.fr.is_empty() && !hit.en.is_empty());
            assert_ne!(hit.fr, hit.en);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::today;
    use super::*;
    use crate::sample;
    use std::collections::HashSet;

    #[test]
    fn rule_ids_are_unique_and_grouped_by_step_in_method_order() {
        let ids: HashSet<_> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), RULES.len());
        assert!(RULES.windows(2).all(|w| w[0].step <= w[1].step));
        for rule in RULES {
            let (area, name) = rule.id.split_once('.').expect("area.name");
            assert!(!area.is_empty() && !name.is_empty());
            assert!(rule
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'));
        }
    }

    #[test]
    fn the_sample_gets_full_marks() {
        let report = evaluate(&sample::strategy(), today());
        assert!(report.advice.is_empty(), "{:#?}", report.advice);
        assert_eq!(report.overall, 100);
        assert_eq!(report.steps.len(), 9);
    }

    #[test]
    fn scores_follow_the_penalties_and_the_overall_is_the_mean() {
        let mut s = sample::strategy();
        s.meta.differentiator.clear(); // one blocker
        s.meta.human.voice.clear(); // one warning
        s.meta.human.spokespeople.clear(); // another warning
        let report = evaluate(&s, today());
        let of = |step| {
            report
                .steps
                .iter()
                .find(|x| x.step == step)
                .expect("every step")
        };
        assert_eq!(of(Step::Differentiator).score, 60);
        assert_eq!((of(Step::Human).score, of(Step::Human).warnings), (70, 2));
        assert_eq!(of(Step::Team).score, 100);
        // (7 × 100 + 60 + 70) / 9 = 92.2
        assert_eq!(report.overall, 92);
        assert_eq!(report.blockers(), 1);
    }

    #[test]
    fn a_step_score_never_goes_below_zero() {
        let mut s = sample::strategy();
        s.personas.clear();
        for c in &mut s.channels {
            c.reason.clear();
        }
        let report = evaluate(&s, today());
        assert_eq!(report.steps[Step::Channels as usize].score, 0);
    }

    #[test]
    fn advice_is_sorted_by_step_then_severity() {
        let mut s = sample::strategy();
        s.meta.human.voice.clear();
        s.team.clear();
        s.objectives.clear();
        s.meta.differentiator = "Un. Deux. Trois. Quatre.".into();
        let report = evaluate(&s, today());
        let keys: Vec<_> = report
            .advice
            .iter()
            .map(|a| (a.target.step, a.severity))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(report.advice[0].target.step, Step::Team);
    }

    #[test]
    fn message_picks_the_language() {
        let mut s = sample::strategy();
        s.meta.human.voice.clear();
        let report = evaluate(&s, today());
        let advice = &report.advice[0];
        assert_eq!(advice.message(Language::Fr), advice.message_fr);
        assert_eq!(advice.message(Language::En), advice.message_en);
    }

    #[test]
    fn the_report_serialises_in_snake_case() {
        let mut s = sample::strategy();
        s.meta.human.voice.clear();
        let json = serde_json::to_value(evaluate(&s, today())).expect("serialises");
        assert_eq!(json["advice"][0]["rule"], "human.no_voice");
        assert_eq!(json["advice"][0]["severity"], "warning");
        assert_eq!(json["advice"][0]["target"]["step"], "human");
        assert_eq!(json["advice"][0]["target"]["field"], "voice");
        assert_eq!(json["steps"][4]["step"], "kpis");
        let back: Report = serde_json::from_value(json).expect("reads back");
        assert_eq!(back.advice[0].rule, "human.no_voice");
    }
}
