//! Step 7, the channel plan: each channel has a defensible reason, an audience,
//! a measure and an owner, and the team has the hours to feed them all.
//! Dropped channels are out of the plan and ignored here.

use super::context::is_running;
use super::text::{channel_names, hours};
use super::{Context, Hit};
use crate::model::{ItemKind, Language};

pub(crate) fn none(cx: &Context) -> Vec<Hit> {
    if cx.planned_channels().next().is_some() {
        return Vec::new();
    }
    vec![Hit::new(
        "Le plan ne compte aucune chaîne. Une fois les étapes précédentes posées, choisissez les chaînes où vos personas se trouvent, chacune avec sa raison d'être.",
        "The plan has no channel. Once the earlier steps are settled, choose the channels where your personas are, each with its own reason.",
    )
    .on(ItemKind::Channel, None)]
}

pub(crate) fn no_reason(cx: &Context) -> Vec<Hit> {
    cx.planned_channels()
        .filter(|c| c.reason.trim().is_empty())
        .map(|c| {
            let (name_fr, name_en) = channel_names(c);
            Hit::new(
                format!("La chaîne {name_fr} n'a pas de raison d'être. Écrivez pourquoi vous y êtes : quel public, quel besoin, ce que vos concurrents n'y font pas."),
                format!("Channel {name_en} has no reason. Write why you are there: which audience, which need, what your competitors are not doing there."),
            )
            .on(ItemKind::Channel, Some(&c.id))
            .field("reason")
        })
        .collect()
}

/// Personas list the channels where they are reached; no field of the channel itself holds it.
/// With no persona at all, `personas.none` says it once instead of once per channel.
pub(crate) fn no_persona(cx: &Context) -> Vec<Hit> {
    if cx.strategy.personas.is_empty() {
        return Vec::new();
    }
    cx.planned_channels()
        .filter(|c| !cx.has_persona(&c.id))
        .map(|c| {
            let (name_fr, name_en) = channel_names(c);
            Hit::new(
                format!("Aucun persona n'est relié à la chaîne {name_fr}. Indiquez quels personas s'y trouvent, ou demandez-vous si elle est utile."),
                format!("No persona is linked to channel {name_en}. Say which personas are there, or ask whether the channel is needed."),
            )
            .on(ItemKind::Channel, Some(&c.id))
        })
        .collect()
}

/// With no KPI at all, `kpis.none` says it once instead of once per channel.
pub(crate) fn no_kpi(cx: &Context) -> Vec<Hit> {
    if cx.strategy.kpis.is_empty() {
        return Vec::new();
    }
    cx.planned_channels()
        .filter(|c| !cx.has_kpi(&c.id))
        .map(|c| {
            let (name_fr, name_en) = channel_names(c);
            Hit::new(
                format!("Aucun KPI ne mesure la chaîne {name_fr}. Reliez-la à au moins un indicateur pour savoir si elle fonctionne."),
                format!("No KPI measures channel {name_en}. Link it to at least one KPI so you know whether it works."),
            )
            .on(ItemKind::Channel, Some(&c.id))
        })
        .collect()
}

/// An owner that is not (or no longer) a team member counts as none.
pub(crate) fn no_owner(cx: &Context) -> Vec<Hit> {
    cx.planned_channels()
        .filter(|c| !cx.is_member(c.owner_id.as_deref()))
        .map(|c| {
            let (name_fr, name_en) = channel_names(c);
            Hit::new(
                format!("La chaîne {name_fr} n'a pas de responsable. Désignez le membre de l'équipe qui la fait vivre."),
                format!("Channel {name_en} has no owner. Name the team member who keeps it running."),
            )
            .on(ItemKind::Channel, Some(&c.id))
            .field("owner_id")
        })
        .collect()
}

/// Only running channels (active or test) draw on the team's hours.
pub(crate) fn over_capacity(cx: &Context) -> Vec<Hit> {
    let needed: f64 = cx
        .strategy
        .channels
        .iter()
        .filter(|c| is_running(c.status))
        .filter_map(|c| c.hours_per_week)
        .sum();
    let available: f64 = cx
        .strategy
        .team
        .iter()
        .filter_map(|m| m.hours_per_week)
        .sum();
    if needed <= available {
        return Vec::new();
    }
    let (need_fr, have_fr) = (hours(needed, Language::Fr), hours(available, Language::Fr));
    let (need_en, have_en) = (hours(needed, Language::En), hours(available, Language::En));
    vec![Hit::new(
        format!("Les chaînes actives et en test demandent {need_fr} h par semaine, mais l'équipe n'en donne que {have_fr}. Réduisez le nombre de chaînes ou leur cadence, ou dégagez plus de temps."),
        format!("Active and test channels need {need_en} h a week, but the team gives only {have_en}. Cut channels or their cadence, or free up more time."),
    )
    .on(ItemKind::Channel, None)
    .field("hours_per_week")]
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::ChannelStatus;
    use crate::sample;

    #[test]
    fn the_sample_channel_plan_passes() {
        let s = sample::strategy();
        for check in [none, no_reason, no_persona, no_kpi, no_owner, over_capacity] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn a_plan_with_only_dropped_channels_has_none() {
        let mut s = sample::strategy();
        s.channels
            .iter_mut()
            .for_each(|c| c.status = ChannelStatus::Dropped);
        let hits = run(&s, none);
        assert_eq!(
            (kinds(&hits), ids(&hits)),
            (vec![Some(ItemKind::Channel)], vec![None])
        );
        assert_messages(&hits);
        s.channels[2].status = ChannelStatus::Later;
        assert!(run(&s, none).is_empty());
    }

    #[test]
    fn a_channel_without_a_reason_is_named_and_pointed_at() {
        let mut s = sample::strategy();
        s.channels[5].reason = " ".into();
        let hits = run(&s, no_reason);
        assert_eq!(
            (ids(&hits), fields(&hits)),
            (vec![Some(s.channels[5].id.as_str())], vec![Some("reason")])
        );
        assert!(
            hits[0]
                .fr
                .contains("La chaîne « Fiches Google des boutiques » n'a pas"),
            "{}",
            hits[0].fr
        );
        assert_messages(&hits);
        s.channels[5].status = ChannelStatus::Dropped;
        assert!(run(&s, no_reason).is_empty());
    }

    #[test]
    fn a_channel_no_persona_lists_is_reported() {
        let mut s = sample::strategy();
        let linkedin = s.channels[3].id.clone();
        s.personas
            .iter_mut()
            .for_each(|p| p.channel_ids.retain(|id| *id != linkedin));
        let hits = run(&s, no_persona);
        assert_eq!(ids(&hits), [Some(linkedin.as_str())]);
        assert!(hits[0].en.contains("LinkedIn"));
        s.personas.clear();
        assert!(run(&s, no_persona).is_empty(), "personas.none covers it");
    }

    #[test]
    fn a_channel_no_kpi_measures_is_reported() {
        let mut s = sample::strategy();
        let tiktok = s.channels[2].id.clone();
        s.kpis
            .iter_mut()
            .for_each(|k| k.channel_ids.retain(|id| *id != tiktok));
        assert_eq!(ids(&run(&s, no_kpi)), [Some(tiktok.as_str())]);
        s.kpis.clear();
        assert!(run(&s, no_kpi).is_empty(), "kpis.none covers it");
    }

    #[test]
    fn an_unknown_owner_is_no_owner() {
        let mut s = sample::strategy();
        s.channels[0].owner_id = None;
        s.channels[1].owner_id = Some("gone".into());
        let hits = run(&s, no_owner);
        assert_eq!(
            ids(&hits),
            [
                Some(s.channels[0].id.as_str()),
                Some(s.channels[1].id.as_str())
            ]
        );
        assert_eq!(fields(&hits), [Some("owner_id"), Some("owner_id")]);
    }

    #[test]
    fn running_channels_must_fit_in_the_team_s_hours() {
        let mut s = sample::strategy();
        s.channels[0].hours_per_week = Some(40.5); // 23 - 8 + 40.5 = 55.5 h > 53 h
        let hits = run(&s, over_capacity);
        assert!(
            hits[0].fr.contains("55,5 h") && hits[0].fr.contains("que 53."),
            "{}",
            hits[0].fr
        );
        assert!(hits[0].en.contains("55.5 h"));
        assert_eq!(fields(&hits), [Some("hours_per_week")]);
        s.channels[0].status = ChannelStatus::Later;
        assert!(run(&s, over_capacity).is_empty());
    }
}
