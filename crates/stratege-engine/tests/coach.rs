//! The method coach, through its public API: the sample is clean, and every
//! rule of `RULES` fires alone on a strategy built to break it, pointing at the
//! right place, and clears once the strategy is fixed.

use chrono::NaiveDate;
use stratege_engine::coach::{evaluate, Report, Severity, Step, Target, RULES};
use stratege_engine::model::*;
use stratege_engine::sample;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date")
}

// Sample positions (see sample.rs).
const INSTAGRAM: usize = 0;
const LINKEDIN: usize = 3;
const GAZETTE: usize = 4;
const GOOGLE: usize = 5;
const CAMILLE: usize = 0;
const NADIA: usize = 3;

/// One rule's scenario: how to break the sample, where the advice must point,
/// and how to fix the broken strategy (not simply undo the break).
struct Case {
    rule: &'static str,
    breaks: fn(&mut Strategy),
    target: fn(&Strategy) -> Target,
    fixes: fn(&mut Strategy),
}

fn at(step: Step, kind: Option<ItemKind>, item_id: Option<&str>, field: Option<&str>) -> Target {
    Target {
        step,
        kind,
        item_id: item_id.map(str::to_string),
        field: field.map(str::to_string),
    }
}

fn set_departments(s: &mut Strategy, departments: &[Department]) {
    for (member, department) in s.team.iter_mut().zip(departments.iter().cycle()) {
        member.department = *department;
    }
}

/// A channel for later, with a reason and an owner, linked to nothing yet.
fn add_later_channel(s: &mut Strategy) -> String {
    let mut channel = s.channels[INSTAGRAM].clone();
    channel.id = new_id();
    channel.platform = Platform::Youtube;
    channel.status = ChannelStatus::Later;
    let id = channel.id.clone();
    s.channels.push(channel);
    id
}

fn last_channel(s: &Strategy) -> String {
    s.channels.last().expect("a channel").id.clone()
}

fn content_on(s: &mut Strategy, channel: usize) -> impl Iterator<Item = &mut ContentItem> {
    let id = s.channels[channel].id.clone();
    s.content
        .iter_mut()
        .filter(move |c| c.channel_id.as_deref() == Some(id.as_str()))
}

fn is_in_window(item: &ContentItem) -> bool {
    item.date
        .as_deref()
        .is_some_and(|d| ("2027-01-04".."2027-02-01").contains(&d))
}

fn cases() -> Vec<Case> {
    use Department::*;
    vec![
        Case {
            rule: "team.too_few_departments",
            breaks: |s| set_departments(s, &[Sales, CustomerService]),
            target: |_| at(Step::Team, Some(ItemKind::TeamMember), None, None),
            fixes: |s| s.team[0].department = Product,
        },
        Case {
            rule: "team.marketing_only",
            breaks: |s| set_departments(s, &[Marketing]),
            target: |_| at(Step::Team, Some(ItemKind::TeamMember), None, None),
            fixes: |s| set_departments(s, &[Marketing, Sales, Product]),
        },
        Case {
            rule: "team.no_sales_or_service",
            breaks: |s| set_departments(s, &[Leadership, Marketing, Content, Product]),
            target: |_| at(Step::Team, Some(ItemKind::TeamMember), None, None),
            fixes: |s| s.team[5].department = CustomerService,
        },
        Case {
            rule: "goals.no_primary",
            breaks: |s| s.objectives.iter_mut().for_each(|o| o.is_primary = false),
            target: |_| {
                at(
                    Step::Objectives,
                    Some(ItemKind::Objective),
                    None,
                    Some("is_primary"),
                )
            },
            fixes: |s| s.objectives[2].is_primary = true,
        },
        Case {
            rule: "goals.several_primary",
            breaks: |s| s.objectives[1].is_primary = true,
            target: |s| {
                at(
                    Step::Objectives,
                    Some(ItemKind::Objective),
                    Some(&s.objectives[1].id),
                    Some("is_primary"),
                )
            },
            fixes: |s| s.objectives[0].is_primary = false,
        },
        Case {
            rule: "goals.primary_without_rationale",
            breaks: |s| s.objectives[0].rationale.clear(),
            target: |s| {
                at(
                    Step::Objectives,
                    Some(ItemKind::Objective),
                    Some(&s.objectives[0].id),
                    Some("rationale"),
                )
            },
            fixes: |s| s.objectives[0].rationale = "Nos clients reviennent moins souvent.".into(),
        },
        Case {
            rule: "listening.no_competitor",
            breaks: |s| s.competitors.clear(),
            target: |_| at(Step::Listening, Some(ItemKind::Competitor), None, None),
            fixes: |s| {
                let Item::Competitor(c) = Item::blank(ItemKind::Competitor) else {
                    unreachable!()
                };
                s.competitors.push(Competitor {
                    name: "Boulangerie du Port".into(),
                    ..c
                });
            },
        },
        Case {
            rule: "listening.brand_terms_only",
            breaks: |s| {
                for f in &mut s.findings {
                    f.search_terms =
                        vec!["Les Fournils Vernier".into(), "les fournils vernier".into()];
                }
            },
            target: |_| {
                at(
                    Step::Listening,
                    Some(ItemKind::Finding),
                    None,
                    Some("search_terms"),
                )
            },
            fixes: |s| s.findings[0].search_terms.push("boulangerie Nantes".into()),
        },
        Case {
            rule: "listening.no_audience_source",
            breaks: |s| {
                s.findings
                    .iter_mut()
                    .filter(|f| f.subject == FindingSubject::Audience)
                    .for_each(|f| f.source.clear())
            },
            target: |_| {
                at(
                    Step::Listening,
                    Some(ItemKind::Finding),
                    None,
                    Some("source"),
                )
            },
            fixes: |s| s.findings[0].source = "Groupes Facebook de quartier".into(),
        },
        Case {
            rule: "personas.none",
            breaks: |s| s.personas.clear(),
            target: |_| at(Step::Personas, Some(ItemKind::Persona), None, None),
            fixes: |s| {
                let Item::Persona(p) = Item::blank(ItemKind::Persona) else {
                    unreachable!()
                };
                let channel_ids = s.channels.iter().map(|c| c.id.clone()).collect();
                s.personas.push(Persona {
                    values: "Le goût".into(),
                    challenges: "Le temps".into(),
                    channel_ids,
                    ..p
                });
                // Content keeps pointing at the old personas: point it at the new one.
                let id = s.personas[0].id.clone();
                s.content
                    .iter_mut()
                    .for_each(|c| c.persona_id = Some(id.clone()));
            },
        },
        Case {
            rule: "personas.unreachable",
            breaks: |s| {
                // LinkedIn keeps an audience through Camille; Nadia is left with none.
                let linkedin = s.channels[LINKEDIN].id.clone();
                s.personas[CAMILLE].channel_ids.push(linkedin);
                s.personas[NADIA].channel_ids.clear();
            },
            target: |s| {
                at(
                    Step::Personas,
                    Some(ItemKind::Persona),
                    Some(&s.personas[NADIA].id),
                    Some("channel_ids"),
                )
            },
            fixes: |s| s.personas[NADIA].channel_ids = vec![s.channels[LINKEDIN].id.clone()],
        },
        Case {
            rule: "personas.missing_values",
            breaks: |s| s.personas[1].values.clear(),
            target: |s| {
                at(
                    Step::Personas,
                    Some(ItemKind::Persona),
                    Some(&s.personas[1].id),
                    Some("values"),
                )
            },
            fixes: |s| s.personas[1].values = "Fidélité".into(),
        },
        Case {
            rule: "personas.missing_challenges",
            breaks: |s| s.personas[2].challenges.clear(),
            target: |s| {
                at(
                    Step::Personas,
                    Some(ItemKind::Persona),
                    Some(&s.personas[2].id),
                    Some("challenges"),
                )
            },
            fixes: |s| s.personas[2].challenges = "Le manque de temps".into(),
        },
        Case {
            rule: "kpis.none",
            breaks: |s| s.kpis.clear(),
            target: |_| at(Step::Kpis, Some(ItemKind::Kpi), None, None),
            fixes: |s| {
                let kpi = Kpi {
                    id: new_id(),
                    name: "Précommandes".into(),
                    definition: String::new(),
                    funnel_stage: FunnelStage::Conversion,
                    unit: "commandes".into(),
                    baseline: Some(10.0),
                    year: Some(2027),
                    q1: Some(12.0),
                    q2: Some(14.0),
                    q3: Some(16.0),
                    q4: Some(18.0),
                    owner_id: None,
                    channel_ids: s.channels.iter().map(|c| c.id.clone()).collect(),
                };
                s.kpis.push(kpi);
            },
        },
        Case {
            rule: "kpis.vanity_only",
            breaks: |s| {
                s.kpis
                    .iter_mut()
                    .filter(|k| {
                        !matches!(k.funnel_stage, FunnelStage::Reach | FunnelStage::Engagement)
                    })
                    .for_each(|k| k.funnel_stage = FunnelStage::Engagement)
            },
            target: |_| at(Step::Kpis, Some(ItemKind::Kpi), None, Some("funnel_stage")),
            fixes: |s| s.kpis[4].funnel_stage = FunnelStage::Conversion,
        },
        Case {
            rule: "kpis.no_baseline",
            breaks: |s| s.kpis[0].baseline = None,
            target: |s| {
                at(
                    Step::Kpis,
                    Some(ItemKind::Kpi),
                    Some(&s.kpis[0].id),
                    Some("baseline"),
                )
            },
            fixes: |s| s.kpis[0].baseline = Some(40_000.0),
        },
        Case {
            rule: "kpis.missing_targets",
            breaks: |s| s.kpis[0].q4 = None,
            target: |s| {
                at(
                    Step::Kpis,
                    Some(ItemKind::Kpi),
                    Some(&s.kpis[0].id),
                    Some("q4"),
                )
            },
            fixes: |s| s.kpis[0].q4 = Some(80_000.0),
        },
        Case {
            rule: "kpis.targets_decrease",
            breaks: |s| s.kpis[0].q3 = Some(1.0),
            target: |s| {
                at(
                    Step::Kpis,
                    Some(ItemKind::Kpi),
                    Some(&s.kpis[0].id),
                    Some("q3"),
                )
            },
            fixes: |s| s.kpis[0].q3 = Some(60_000.0),
        },
        Case {
            rule: "kpis.advanced_without_conversion",
            breaks: |s| {
                s.kpis
                    .iter_mut()
                    .filter(|k| {
                        matches!(
                            k.funnel_stage,
                            FunnelStage::Conversion | FunnelStage::Loyalty
                        )
                    })
                    .for_each(|k| k.funnel_stage = FunnelStage::Traffic)
            },
            target: |_| at(Step::Kpis, Some(ItemKind::Kpi), None, Some("funnel_stage")),
            fixes: |s| s.meta.maturity = Maturity::Beginner,
        },
        Case {
            rule: "differentiator.empty",
            breaks: |s| s.meta.differentiator.clear(),
            target: |_| at(Step::Differentiator, None, None, Some("differentiator")),
            fixes: |s| s.meta.differentiator = "Le premier bonjour de la journée.".into(),
        },
        Case {
            rule: "differentiator.too_long",
            breaks: |s| {
                s.meta.differentiator =
                    "Du bon pain. Des prix justes. Neuf boutiques. Un café.".into()
            },
            target: |_| at(Step::Differentiator, None, None, Some("differentiator")),
            fixes: |s| s.meta.differentiator = "Du bon pain, servi par des visages connus.".into(),
        },
        Case {
            rule: "channels.none",
            breaks: |s| s.channels.clear(),
            target: |_| at(Step::Channels, Some(ItemKind::Channel), None, None),
            fixes: |s| {
                let Item::Channel(blank) = Item::blank(ItemKind::Channel) else {
                    unreachable!()
                };
                let channel = Channel {
                    status: ChannelStatus::Active,
                    reason: "Là où nos clients parlent déjà de nous.".into(),
                    owner_id: Some(s.team[2].id.clone()),
                    ..blank
                };
                s.personas
                    .iter_mut()
                    .for_each(|p| p.channel_ids = vec![channel.id.clone()]);
                s.kpis[0].channel_ids = vec![channel.id.clone()];
                s.content
                    .iter_mut()
                    .for_each(|c| c.channel_id = Some(channel.id.clone()));
                s.channels.push(channel);
            },
        },
        Case {
            rule: "channels.no_reason",
            breaks: |s| s.channels[GOOGLE].reason.clear(),
            target: |s| {
                at(
                    Step::Channels,
                    Some(ItemKind::Channel),
                    Some(&s.channels[GOOGLE].id),
                    Some("reason"),
                )
            },
            fixes: |s| {
                s.channels[GOOGLE].reason = "Nos clients y lisent les avis avant de venir.".into()
            },
        },
        Case {
            rule: "channels.no_persona",
            breaks: |s| {
                let id = add_later_channel(s);
                s.kpis[0].channel_ids.push(id);
            },
            target: |s| {
                at(
                    Step::Channels,
                    Some(ItemKind::Channel),
                    Some(&last_channel(s)),
                    None,
                )
            },
            fixes: |s| {
                let id = last_channel(s);
                s.personas[CAMILLE].channel_ids.push(id);
            },
        },
        Case {
            rule: "channels.no_kpi",
            breaks: |s| {
                let id = add_later_channel(s);
                s.personas[CAMILLE].channel_ids.push(id);
            },
            target: |s| {
                at(
                    Step::Channels,
                    Some(ItemKind::Channel),
                    Some(&last_channel(s)),
                    None,
                )
            },
            fixes: |s| {
                let id = last_channel(s);
                s.kpis[0].channel_ids.push(id);
            },
        },
        Case {
            rule: "channels.no_owner",
            breaks: |s| s.channels[LINKEDIN].owner_id = None,
            target: |s| {
                at(
                    Step::Channels,
                    Some(ItemKind::Channel),
                    Some(&s.channels[LINKEDIN].id),
                    Some("owner_id"),
                )
            },
            fixes: |s| s.channels[LINKEDIN].owner_id = Some(s.team[4].id.clone()),
        },
        Case {
            rule: "channels.over_capacity",
            breaks: |s| s.channels[INSTAGRAM].hours_per_week = Some(100.0),
            target: |_| {
                at(
                    Step::Channels,
                    Some(ItemKind::Channel),
                    None,
                    Some("hours_per_week"),
                )
            },
            fixes: |s| {
                s.team
                    .iter_mut()
                    .for_each(|m| m.hours_per_week = Some(20.0))
            },
        },
        Case {
            rule: "calendar.no_dated_content",
            breaks: |s| {
                s.content.iter_mut().for_each(|c| {
                    c.date = None;
                    c.time = None;
                })
            },
            target: |_| {
                at(
                    Step::Content,
                    Some(ItemKind::ContentItem),
                    None,
                    Some("date"),
                )
            },
            fixes: |s| {
                s.content
                    .iter_mut()
                    .for_each(|c| c.date = Some("2027-01-15".into()))
            },
        },
        Case {
            rule: "calendar.channel_silent",
            breaks: |s| {
                content_on(s, GOOGLE)
                    .filter(|c| is_in_window(c))
                    .for_each(|c| c.date = Some("2027-03-02".into()))
            },
            target: |s| {
                at(
                    Step::Content,
                    Some(ItemKind::Channel),
                    Some(&s.channels[GOOGLE].id),
                    None,
                )
            },
            fixes: |s| {
                if let Some(item) = content_on(s, GOOGLE).next() {
                    item.date = Some("2027-01-20".into());
                }
            },
        },
        Case {
            rule: "calendar.off_plan",
            breaks: |s| s.channels[GAZETTE].status = ChannelStatus::Dropped,
            target: |s| {
                at(
                    Step::Content,
                    Some(ItemKind::Channel),
                    Some(&s.channels[GAZETTE].id),
                    None,
                )
            },
            fixes: |s| {
                let facebook = s.channels[1].id.clone();
                content_on(s, GAZETTE).for_each(|c| c.channel_id = Some(facebook.clone()));
            },
        },
        Case {
            rule: "calendar.persona_unserved",
            breaks: |s| {
                let nadia = s.personas[NADIA].id.clone();
                let camille = s.personas[CAMILLE].id.clone();
                s.content
                    .iter_mut()
                    .filter(|c| c.persona_id.as_deref() == Some(nadia.as_str()))
                    .for_each(|c| c.persona_id = Some(camille.clone()));
            },
            target: |s| {
                at(
                    Step::Content,
                    Some(ItemKind::Persona),
                    Some(&s.personas[NADIA].id),
                    None,
                )
            },
            fixes: |s| {
                let nadia = s.personas[NADIA].id.clone();
                if let Some(item) = content_on(s, LINKEDIN).find(|c| is_in_window(c)) {
                    item.persona_id = Some(nadia);
                }
            },
        },
        Case {
            rule: "human.no_voice",
            breaks: |s| s.meta.human.voice.clear(),
            target: |_| at(Step::Human, None, None, Some("voice")),
            fixes: |s| s.meta.human.voice = "Chaleureuse et directe.".into(),
        },
        Case {
            rule: "human.no_spokesperson",
            breaks: |s| s.meta.human.spokespeople.clear(),
            target: |_| at(Step::Human, None, None, Some("spokespeople")),
            fixes: |s| {
                s.meta
                    .human
                    .spokespeople
                    .push("Hélène Vernier, co-gérante".into())
            },
        },
    ]
}

fn rules_of(report: &Report) -> Vec<&str> {
    report.advice.iter().map(|a| a.rule.as_str()).collect()
}

#[test]
fn the_sample_has_no_blocker_and_no_advice_at_all() {
    let report = evaluate(&sample::strategy(), today());
    assert_eq!(report.blockers(), 0);
    assert!(report.advice.is_empty(), "{:#?}", report.advice);
    assert_eq!(report.overall, 100);
    let steps: Vec<Step> = report.steps.iter().map(|s| s.step).collect();
    assert_eq!(steps, Step::ALL);
}

#[test]
fn every_rule_has_a_scenario() {
    let mut covered: Vec<&str> = cases().iter().map(|c| c.rule).collect();
    let mut listed: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    covered.sort_unstable();
    listed.sort_unstable();
    assert_eq!(covered, listed);
}

#[test]
fn every_rule_fires_alone_on_its_scenario_and_clears_once_fixed() {
    for case in cases() {
        let rule = RULES
            .iter()
            .find(|r| r.id == case.rule)
            .expect("a listed rule");
        let mut s = sample::strategy();
        (case.breaks)(&mut s);
        let report = evaluate(&s, today());
        let fired = rules_of(&report);
        assert!(!fired.is_empty(), "{}: did not fire", case.rule);
        assert!(
            fired.iter().all(|&r| r == case.rule),
            "{}: fired {fired:?}",
            case.rule
        );
        let advice = &report.advice[0];
        assert_eq!(advice.target, (case.target)(&s), "{}: target", case.rule);
        assert_eq!(advice.severity, rule.severity, "{}", case.rule);
        assert_eq!(advice.target.step, rule.step, "{}", case.rule);
        assert!(!advice.message_fr.is_empty() && !advice.message_en.is_empty());
        let step = &report.steps[rule.step as usize];
        assert!(step.score < 100, "{}: the step's score drops", case.rule);

        (case.fixes)(&mut s);
        let fixed = evaluate(&s, today());
        assert!(
            fixed.advice.is_empty(),
            "{}: still {:?}",
            case.rule,
            rules_of(&fixed)
        );
    }
}

#[test]
fn a_new_empty_strategy_is_blocked_on_the_core_decisions() {
    let mut s = sample::strategy();
    s.team.clear();
    s.objectives.clear();
    s.findings.clear();
    s.competitors.clear();
    s.personas.clear();
    s.kpis.clear();
    s.channels.clear();
    s.content.clear();
    s.meta.differentiator.clear();
    s.meta.human = HumanPlan::default();
    let report = evaluate(&s, today());
    let mut blockers: Vec<&str> = report
        .advice
        .iter()
        .filter(|a| a.severity == Severity::Blocker)
        .map(|a| a.rule.as_str())
        .collect();
    blockers.sort_unstable();
    assert_eq!(
        blockers,
        [
            "channels.none",
            "differentiator.empty",
            "goals.no_primary",
            "kpis.none",
            "personas.none"
        ]
    );
    assert!(rules_of(&report).contains(&"calendar.no_dated_content"));
    assert!(report.overall < 70);
}

#[test]
fn the_calendar_window_starts_at_the_plan_s_start_when_today_is_earlier() {
    let s = sample::strategy();
    let early = NaiveDate::from_ymd_opt(2026, 11, 26).expect("valid date");
    assert!(evaluate(&s, early).advice.is_empty());
    // In April the sample's calendar (January to March) has nothing left.
    let april = NaiveDate::from_ymd_opt(2027, 4, 5).expect("valid date");
    let rules = evaluate(&s, april)
        .advice
        .into_iter()
        .map(|a| a.rule)
        .collect::<Vec<_>>();
    assert!(rules
        .iter()
        .all(|r| r == "calendar.channel_silent" || r == "calendar.persona_unserved"));
    assert!(
        rules
            .iter()
            .filter(|r| *r == "calendar.channel_silent")
            .count()
            == 5,
        "{rules:?}"
    );
}
