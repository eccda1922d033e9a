//! Step 2, objectives: one primary business objective, and why.

use super::text::objective_names;
use super::{Context, Hit};
use crate::model::{ItemKind, Objective};

fn primaries<'a>(cx: &Context<'a>) -> impl Iterator<Item = &'a Objective> {
    cx.strategy.objectives.iter().filter(|o| o.is_primary)
}

pub(crate) fn no_primary(cx: &Context) -> Vec<Hit> {
    if primaries(cx).next().is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        "Aucun objectif n'est désigné comme principal. Choisissez l'objectif d'affaires que les réseaux sociaux servent en priorité ; les autres resteront secondaires.",
        "No objective is marked as primary. Choose the one business objective social media serves first; keep the others as secondary.",
    )
    .on(ItemKind::Objective, None)
    .field("is_primary")]
}

/// Reported once, on the second primary: the consultant decides which one stays.
pub(crate) fn several_primary(cx: &Context) -> Vec<Hit> {
    let all: Vec<&Objective> = primaries(cx).collect();
    let [_, second, ..] = all.as_slice() else {
        return Vec::new();
    };
    let n = all.len();
    vec![Hit::new(
        format!("{n} objectifs sont marqués comme principaux. N'en gardez qu'un, au moins au début, et passez les autres en secondaires."),
        format!("{n} objectives are marked as primary. Keep just one, at least to start with, and make the others secondary."),
    )
    .on(ItemKind::Objective, Some(&second.id))
    .field("is_primary")]
}

pub(crate) fn primary_without_rationale(cx: &Context) -> Vec<Hit> {
    primaries(cx)
        .filter(|o| o.rationale.trim().is_empty())
        .map(|o| {
            let (fr, en) = objective_names(o);
            Hit::new(
                format!("L'objectif principal {fr} n'est pas justifié. Expliquez pourquoi c'est celui-là que les réseaux sociaux doivent servir."),
                format!("The primary objective {en} has no rationale. Explain why social media should serve this objective."),
            )
            .on(ItemKind::Objective, Some(&o.id))
            .field("rationale")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::sample;

    #[test]
    fn the_sample_has_one_justified_primary_objective() {
        let s = sample::strategy();
        for check in [no_primary, several_primary, primary_without_rationale] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn no_primary_points_at_the_objective_list() {
        let mut s = sample::strategy();
        s.objectives.iter_mut().for_each(|o| o.is_primary = false);
        let hits = run(&s, no_primary);
        assert_eq!(kinds(&hits), [Some(ItemKind::Objective)]);
        assert_eq!(ids(&hits), [None]);
        assert_messages(&hits);
        s.objectives.clear();
        assert_eq!(run(&s, no_primary).len(), 1);
    }

    #[test]
    fn several_primaries_are_reported_once_on_the_second() {
        let mut s = sample::strategy();
        s.objectives.iter_mut().for_each(|o| o.is_primary = true);
        let hits = run(&s, several_primary);
        assert_eq!(ids(&hits), [Some(s.objectives[1].id.as_str())]);
        assert!(hits[0].fr.starts_with("3 objectifs"));
        assert!(run(&s, no_primary).is_empty());
    }

    #[test]
    fn a_primary_objective_needs_a_rationale() {
        let mut s = sample::strategy();
        s.objectives[0].rationale = "  ".into();
        s.objectives[1].rationale.clear(); // secondary: not this rule's concern
        let hits = run(&s, primary_without_rationale);
        assert_eq!(ids(&hits), [Some(s.objectives[0].id.as_str())]);
        assert_eq!(fields(&hits), [Some("rationale")]);
        assert!(hits[0].fr.contains("« fidélisation »"), "{}", hits[0].fr);
        assert_messages(&hits);
    }
}
