//! Step 5, KPIs: beyond likes, with a baseline and quantified quarterly targets.

use super::text::{quarters, quoted_en, quoted_fr};
use super::{Context, Hit};
use crate::model::{FunnelStage, ItemKind, Kpi, Maturity};

const QUARTER_FIELDS: [&str; 4] = ["q1", "q2", "q3", "q4"];

fn targets(kpi: &Kpi) -> [Option<f64>; 4] {
    [kpi.q1, kpi.q2, kpi.q3, kpi.q4]
}

fn is_vanity(stage: FunnelStage) -> bool {
    matches!(stage, FunnelStage::Reach | FunnelStage::Engagement)
}

fn all_vanity(kpis: &[Kpi]) -> bool {
    !kpis.is_empty() && kpis.iter().all(|k| is_vanity(k.funnel_stage))
}

pub(crate) fn none(cx: &Context) -> Vec<Hit> {
    if !cx.strategy.kpis.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        "Aucun indicateur clé de performance (KPI) n'est défini. Choisissez comment vous mesurerez le succès, avec une valeur de départ et des objectifs trimestriels.",
        "No KPI yet. Decide how success will be measured, with a baseline and quarterly targets.",
    )
    .on(ItemKind::Kpi, None)]
}

pub(crate) fn vanity_only(cx: &Context) -> Vec<Hit> {
    if !all_vanity(&cx.strategy.kpis) {
        return Vec::new();
    }
    vec![Hit::new(
        "Tous les KPI mesurent la portée ou l'engagement. Ajoutez au moins un indicateur plus loin dans l'entonnoir : trafic, conversion ou fidélité.",
        "Every KPI measures reach or engagement. Add at least one further down the funnel: traffic, conversion or loyalty.",
    )
    .on(ItemKind::Kpi, None)
    .field("funnel_stage")]
}

pub(crate) fn no_baseline(cx: &Context) -> Vec<Hit> {
    cx.strategy
        .kpis
        .iter()
        .filter(|k| k.baseline.is_none())
        .map(|k| {
            Hit::new(
                format!("Le KPI {} n'a pas de valeur de départ. Relevez la valeur actuelle : sans elle, les objectifs ne peuvent pas être jugés.", quoted_fr(&k.name)),
                format!("KPI {} has no baseline. Record today's value: without it, the targets cannot be judged.", quoted_en(&k.name)),
            )
            .on(ItemKind::Kpi, Some(&k.id))
            .field("baseline")
        })
        .collect()
}

pub(crate) fn missing_targets(cx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for k in &cx.strategy.kpis {
        let missing: Vec<usize> = targets(k)
            .iter()
            .enumerate()
            .filter(|(_, q)| q.is_none())
            .map(|(i, _)| i + 1)
            .collect();
        let Some(&first) = missing.first() else {
            continue;
        };
        hits.push(
            Hit::new(
                format!("Le KPI {} n'a pas d'objectif chiffré pour {}. Fixez une cible réaliste pour chacun des quatre trimestres.", quoted_fr(&k.name), quarters(&missing, 'T')),
                format!("KPI {} has no quantified target for {}. Set a realistic target for each of the four quarters.", quoted_en(&k.name), quarters(&missing, 'Q')),
            )
            .on(ItemKind::Kpi, Some(&k.id))
            .field(QUARTER_FIELDS[first - 1]),
        );
    }
    hits
}

/// A target below the previous quarter's may be right (a cost to cut, a season),
/// but the model has no note for it: ask to check it or explain it in the definition.
pub(crate) fn targets_decrease(cx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for k in &cx.strategy.kpis {
        let q = targets(k);
        let drop = (1..4)
            .find(|&i| matches!((q[i - 1], q[i]), (Some(before), Some(after)) if after < before));
        let Some(i) = drop else { continue };
        let (from, to) = (i, i + 1);
        hits.push(
            Hit::new(
                format!("Les objectifs du KPI {} baissent du T{from} au T{to}. Vérifiez ces valeurs, ou expliquez la baisse dans la définition du KPI (saisonnalité, coût à réduire…).", quoted_fr(&k.name)),
                format!("KPI {} targets go down from Q{from} to Q{to}. Check these values, or explain the drop in the KPI's definition (seasonality, a cost to reduce…).", quoted_en(&k.name)),
            )
            .on(ItemKind::Kpi, Some(&k.id))
            .field(QUARTER_FIELDS[i]),
        );
    }
    hits
}

/// Advanced organisations follow the customer to the sale. When every KPI is
/// reach or engagement, `kpis.vanity_only` already says so.
pub(crate) fn advanced_without_conversion(cx: &Context) -> Vec<Hit> {
    let kpis = &cx.strategy.kpis;
    let follows_the_sale = kpis.iter().any(|k| {
        matches!(
            k.funnel_stage,
            FunnelStage::Conversion | FunnelStage::Loyalty
        )
    });
    if cx.strategy.meta.maturity != Maturity::Advanced
        || kpis.is_empty()
        || all_vanity(kpis)
        || follows_the_sale
    {
        return Vec::new();
    }
    vec![Hit::new(
        "L'organisation est jugée avancée, mais aucun KPI ne suit la conversion ou la fidélité. Suivez le client jusqu'à la vente avec un indicateur de conversion ou de fidélité, ou revoyez la maturité.",
        "The organisation is marked as advanced, yet no KPI follows conversion or loyalty. Follow customers through to the sale with a conversion or loyalty KPI, or revisit the maturity.",
    )
    .on(ItemKind::Kpi, None)
    .field("funnel_stage")]
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::sample;

    #[test]
    fn the_sample_kpis_pass() {
        let s = sample::strategy();
        for check in [
            none,
            vanity_only,
            no_baseline,
            missing_targets,
            targets_decrease,
            advanced_without_conversion,
        ] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn no_kpi_points_at_the_kpi_list_and_nothing_else_fires() {
        let mut s = sample::strategy();
        s.kpis.clear();
        assert_eq!(kinds(&run(&s, none)), [Some(ItemKind::Kpi)]);
        assert!(run(&s, vanity_only).is_empty());
        assert!(run(&s, advanced_without_conversion).is_empty());
    }

    #[test]
    fn reach_and_engagement_alone_are_not_enough() {
        let mut s = sample::strategy();
        s.kpis.retain(|k| is_vanity(k.funnel_stage));
        let hits = run(&s, vanity_only);
        assert_eq!(hits.len(), 1);
        assert_messages(&hits);
        // Reported once: the maturity rule stays quiet.
        assert!(run(&s, advanced_without_conversion).is_empty());
    }

    #[test]
    fn an_advanced_organisation_needs_a_kpi_at_conversion_or_later() {
        let mut s = sample::strategy();
        s.kpis
            .retain(|k| is_vanity(k.funnel_stage) || k.funnel_stage == FunnelStage::Traffic);
        assert!(s
            .kpis
            .iter()
            .any(|k| k.funnel_stage == FunnelStage::Traffic));
        assert_eq!(
            fields(&run(&s, advanced_without_conversion)),
            [Some("funnel_stage")]
        );
        s.meta.maturity = Maturity::Beginner;
        assert!(run(&s, advanced_without_conversion).is_empty());
    }

    #[test]
    fn each_kpi_needs_a_baseline() {
        let mut s = sample::strategy();
        s.kpis[2].baseline = None;
        let hits = run(&s, no_baseline);
        assert_eq!(
            (ids(&hits), fields(&hits)),
            (vec![Some(s.kpis[2].id.as_str())], vec![Some("baseline")])
        );
        assert_messages(&hits);
    }

    #[test]
    fn missing_quarters_are_named_and_the_first_is_the_field() {
        let mut s = sample::strategy();
        s.kpis[0].q2 = None;
        s.kpis[0].q4 = None;
        let hits = run(&s, missing_targets);
        assert_eq!(
            (ids(&hits), fields(&hits)),
            (vec![Some(s.kpis[0].id.as_str())], vec![Some("q2")])
        );
        assert!(hits[0].fr.contains("T2, T4") && hits[0].en.contains("Q2, Q4"));
    }

    #[test]
    fn a_falling_target_asks_for_a_check() {
        let mut s = sample::strategy();
        s.kpis[1].q3 = Some(1.0);
        let hits = run(&s, targets_decrease);
        assert_eq!(
            (ids(&hits), fields(&hits)),
            (vec![Some(s.kpis[1].id.as_str())], vec![Some("q3")])
        );
        assert!(hits[0].en.contains("Q2 to Q3"));
        // Flat targets and a baseline above Q1 are not drops between quarters.
        s.kpis[1].q3 = s.kpis[1].q2;
        s.kpis[1].baseline = Some(1e9);
        assert!(run(&s, targets_decrease).is_empty());
        // A gap is `kpis.missing_targets`' concern, not a drop.
        s.kpis[1].q3 = None;
        assert!(run(&s, targets_decrease).is_empty());
    }
}
