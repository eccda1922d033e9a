//! Step 4, personas: described, and reachable on a channel of the plan.

use super::text::{quoted_en, quoted_fr};
use super::{Context, Hit};
use crate::model::ItemKind;

pub(crate) fn none(cx: &Context) -> Vec<Hit> {
    if !cx.strategy.personas.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        "Aucun persona n'est défini. Décrivez au moins un profil de votre public : qui il est, ce qui compte pour lui, où le joindre.",
        "No persona yet. Describe at least one audience profile: who they are, what matters to them, where to reach them.",
    )
    .on(ItemKind::Persona, None)]
}

/// Reachable means linked to a channel that exists and is active or in test.
/// With no channel in the plan at all, `channels.none` says it once.
pub(crate) fn unreachable(cx: &Context) -> Vec<Hit> {
    if cx.planned_channels().next().is_none() {
        return Vec::new();
    }
    cx.strategy
        .personas
        .iter()
        .filter(|p| !p.channel_ids.iter().any(|id| cx.is_running(id)))
        .map(|p| {
            Hit::new(
                format!("Le persona {} n'est joignable sur aucune chaîne active ou en test. Reliez-le à une chaîne du plan, ou ajoutez la chaîne où il se trouve.", quoted_fr(&p.name)),
                format!("Persona {} cannot be reached on any active or test channel. Link it to a channel of the plan, or add the channel where they are.", quoted_en(&p.name)),
            )
            .on(ItemKind::Persona, Some(&p.id))
            .field("channel_ids")
        })
        .collect()
}

pub(crate) fn missing_values(cx: &Context) -> Vec<Hit> {
    cx.strategy
        .personas
        .iter()
        .filter(|p| p.values.trim().is_empty())
        .map(|p| {
            Hit::new(
                format!("Les valeurs du persona {} ne sont pas renseignées. Notez ce qui compte pour lui : c'est par là que vos contenus toucheront son cœur.", quoted_fr(&p.name)),
                format!("Persona {} has no values. Note what matters to them: that is how your content will touch their heart.", quoted_en(&p.name)),
            )
            .on(ItemKind::Persona, Some(&p.id))
            .field("values")
        })
        .collect()
}

pub(crate) fn missing_challenges(cx: &Context) -> Vec<Hit> {
    cx.strategy
        .personas
        .iter()
        .filter(|p| p.challenges.trim().is_empty())
        .map(|p| {
            Hit::new(
                format!("Les difficultés du persona {} ne sont pas renseignées. Notez ce qui lui complique la vie : vos contenus pourront y répondre.", quoted_fr(&p.name)),
                format!("Persona {} has no challenges. Note what makes their life harder, so your content can answer it.", quoted_en(&p.name)),
            )
            .on(ItemKind::Persona, Some(&p.id))
            .field("challenges")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::ChannelStatus;
    use crate::sample;

    #[test]
    fn the_sample_personas_are_complete_and_reachable() {
        let s = sample::strategy();
        for check in [none, unreachable, missing_values, missing_challenges] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn no_persona_points_at_the_persona_list() {
        let mut s = sample::strategy();
        s.personas.clear();
        let hits = run(&s, none);
        assert_eq!(
            (kinds(&hits), ids(&hits)),
            (vec![Some(ItemKind::Persona)], vec![None])
        );
        assert_messages(&hits);
    }

    #[test]
    fn a_persona_on_later_dropped_or_unknown_channels_is_unreachable() {
        let mut s = sample::strategy();
        // Nadia is on LinkedIn (3) and the newsletter (4).
        s.channels[3].status = ChannelStatus::Later;
        s.channels[4].status = ChannelStatus::Dropped;
        s.personas[3].channel_ids.push("no-such-channel".into());
        let hits = run(&s, unreachable);
        assert_eq!(ids(&hits), [Some(s.personas[3].id.as_str())]);
        assert_eq!(fields(&hits), [Some("channel_ids")]);
        assert!(hits[0].fr.contains("« Nadia »"));
        s.channels[3].status = ChannelStatus::Test;
        assert!(run(&s, unreachable).is_empty());
        s.channels.clear();
        assert!(run(&s, unreachable).is_empty(), "channels.none covers it");
    }

    #[test]
    fn values_and_challenges_are_each_reported_on_their_field() {
        let mut s = sample::strategy();
        s.personas[1].values.clear();
        s.personas[2].challenges = " ".into();
        let values = run(&s, missing_values);
        assert_eq!(
            (ids(&values), fields(&values)),
            (vec![Some(s.personas[1].id.as_str())], vec![Some("values")])
        );
        let challenges = run(&s, missing_challenges);
        assert_eq!(ids(&challenges), [Some(s.personas[2].id.as_str())]);
        assert_eq!(fields(&challenges), [Some("challenges")]);
        assert_messages(&values);
        assert_messages(&challenges);
    }
}
