//! The editorial calendar: every active channel and every persona fed over the
//! next four weeks, and no content on a channel the plan does not hold.
//! These rules wait until the calendar has a dated item; until then, one tip.

use super::text::{channel_names, date_en, date_fr, quoted_en, quoted_fr};
use super::{Context, Hit};
use crate::model::{ChannelStatus, ContentItem, ItemKind};
use std::collections::HashMap;

fn has_calendar(cx: &Context) -> bool {
    cx.dated_content > 0
}

/// The window in words: ("du 4 janvier 2027 au 31 janvier 2027", "from 4 January 2027 to 31 January 2027").
fn window(cx: &Context) -> (String, String) {
    let (first, last) = (cx.window_start, cx.window_last_day());
    (
        format!("entre le {} et le {}", date_fr(first), date_fr(last)),
        format!("from {} to {}", date_en(first), date_en(last)),
    )
}

pub(crate) fn no_dated_content(cx: &Context) -> Vec<Hit> {
    if has_calendar(cx) {
        return Vec::new();
    }
    vec![Hit::new(
        "Le calendrier éditorial est vide. Datez les premiers contenus de chaque chaîne pour les semaines à venir.",
        "The editorial calendar is empty. Date the first pieces of content for each channel over the coming weeks.",
    )
    .on(ItemKind::ContentItem, None)
    .field("date")]
}

pub(crate) fn channel_silent(cx: &Context) -> Vec<Hit> {
    if !has_calendar(cx) {
        return Vec::new();
    }
    let (when_fr, when_en) = window(cx);
    cx.strategy
        .channels
        .iter()
        .filter(|c| c.status == ChannelStatus::Active && cx.content_in_window_on(&c.id) == 0)
        .map(|c| {
            let (name_fr, name_en) = channel_names(c);
            Hit::new(
                format!("Rien n'est prévu sur la chaîne {name_fr} {when_fr}. Planifiez des contenus pour tenir sa cadence."),
                format!("Nothing is planned on channel {name_en} {when_en}. Schedule content to keep up its cadence."),
            )
            .on(ItemKind::Channel, Some(&c.id))
        })
        .collect()
}

/// Content on a dropped channel (dated or waiting in the backlog: either way it
/// will never be published there), and dated content with no channel or one
/// that no longer exists. An undated idea without a channel may still wait.
/// Reported once per dropped channel and once for the unassigned items, with
/// their count, so a dropped channel does not bury the panel under one line per post.
/// With no channel in the plan at all, `channels.none` says it once.
pub(crate) fn off_plan(cx: &Context) -> Vec<Hit> {
    if !has_calendar(cx) || cx.planned_channels().next().is_none() {
        return Vec::new();
    }
    let channels = &cx.strategy.channels;
    let mut on_dropped = vec![0usize; channels.len()];
    let position: HashMap<&str, usize> = channels
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut unassigned: Vec<&ContentItem> = Vec::new();
    for item in &cx.strategy.content {
        match item.channel_id.as_deref().and_then(|id| position.get(id)) {
            Some(&i) if channels[i].status == ChannelStatus::Dropped => on_dropped[i] += 1,
            Some(_) => {}
            None if item.date.is_some() => unassigned.push(item),
            None => {}
        }
    }
    let mut hits: Vec<Hit> = channels
        .iter()
        .zip(on_dropped)
        .filter(|(_, count)| *count > 0)
        .map(|(c, count)| {
            let (name_fr, name_en) = channel_names(c);
            let (fr, en) = match count {
                1 => (
                    format!("Un contenu est prévu sur {name_fr}, une chaîne abandonnée. Déplacez-le vers une chaîne du plan, ou retirez-le."),
                    format!("One piece of content is planned on {name_en}, a dropped channel. Move it to a channel of the plan, or remove it."),
                ),
                n => (
                    format!("{n} contenus sont prévus sur {name_fr}, une chaîne abandonnée. Déplacez-les vers une chaîne du plan, ou retirez-les."),
                    format!("{n} pieces of content are planned on {name_en}, a dropped channel. Move them to a channel of the plan, or remove them."),
                ),
            };
            Hit::new(fr, en).on(ItemKind::Channel, Some(&c.id))
        })
        .collect();
    if let Some(first) = unassigned.first() {
        let (fr, en) = match unassigned.len() {
            1 => (
                format!("{} est daté mais n'a pas de chaîne. Choisissez la chaîne du plan où il sera publié.", quoted_fr(&first.title)),
                format!("{} has a date but no channel. Choose the channel of the plan where it will be published.", quoted_en(&first.title)),
            ),
            n => (
                format!("{n} contenus datés n'ont pas de chaîne, dont {}. Choisissez la chaîne du plan où chacun sera publié.", quoted_fr(&first.title)),
                format!("{n} dated pieces of content have no channel, {} among them. Choose the channel of the plan where each will be published.", quoted_en(&first.title)),
            ),
        };
        hits.push(
            Hit::new(fr, en)
                .on(ItemKind::ContentItem, Some(&first.id))
                .field("channel_id"),
        );
    }
    hits
}

pub(crate) fn persona_unserved(cx: &Context) -> Vec<Hit> {
    if !has_calendar(cx) {
        return Vec::new();
    }
    let (when_fr, when_en) = window(cx);
    cx.strategy
        .personas
        .iter()
        .filter(|p| cx.content_in_window_for(&p.id) == 0)
        .map(|p| {
            Hit::new(
                format!("Aucun contenu ne s'adresse au persona {} {when_fr}. Prévoyez-en au moins un sur une chaîne où il est joignable.", quoted_fr(&p.name)),
                format!("No content targets persona {} {when_en}. Plan at least one on a channel where they can be reached.", quoted_en(&p.name)),
            )
            .on(ItemKind::Persona, Some(&p.id))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::Strategy;
    use crate::sample;

    fn on_channel(
        s: &mut Strategy,
        index: usize,
    ) -> impl Iterator<Item = &mut crate::model::ContentItem> {
        let id = s.channels[index].id.clone();
        s.content
            .iter_mut()
            .filter(move |c| c.channel_id.as_deref() == Some(id.as_str()))
    }

    #[test]
    fn the_sample_calendar_passes() {
        let s = sample::strategy();
        for check in [no_dated_content, channel_silent, off_plan, persona_unserved] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn without_a_dated_item_only_the_tip_shows() {
        let mut s = sample::strategy();
        s.content.iter_mut().for_each(|c| c.date = None);
        s.channels[4].status = ChannelStatus::Dropped; // would be off plan with a calendar
        assert_eq!(
            kinds(&run(&s, no_dated_content)),
            [Some(ItemKind::ContentItem)]
        );
        for check in [channel_silent, off_plan, persona_unserved] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn an_active_channel_without_content_in_four_weeks_is_silent() {
        let mut s = sample::strategy();
        // LinkedIn (3) publishes weekly; move its January posts to March.
        on_channel(&mut s, 3)
            .filter(|c| c.date.as_deref().is_some_and(|d| d < "2027-02-01"))
            .for_each(|c| c.date = Some("2027-03-02".into()));
        let hits = run(&s, channel_silent);
        assert_eq!(ids(&hits), [Some(s.channels[3].id.as_str())]);
        assert!(
            hits[0]
                .fr
                .contains("entre le 4 janvier 2027 et le 31 janvier 2027"),
            "{}",
            hits[0].fr
        );
        assert_messages(&hits);
        // A test channel may pause.
        s.channels[3].status = ChannelStatus::Test;
        assert!(run(&s, channel_silent).is_empty());
    }

    #[test]
    fn content_on_a_dropped_channel_is_reported_once_per_channel_with_its_count() {
        let mut s = sample::strategy();
        s.channels[4].status = ChannelStatus::Dropped;
        let on_dropped = on_channel(&mut s, 4).count();
        assert!(on_dropped > 1);
        let hits = run(&s, off_plan);
        assert_eq!(
            (kinds(&hits), ids(&hits)),
            (
                vec![Some(ItemKind::Channel)],
                vec![Some(s.channels[4].id.as_str())]
            )
        );
        assert!(
            hits[0]
                .fr
                .starts_with(&format!("{on_dropped} contenus sont prévus sur Newsletter")),
            "{}",
            hits[0].fr
        );
        assert_messages(&hits);
        s.channels.clear();
        assert!(run(&s, off_plan).is_empty(), "channels.none covers it");
    }

    #[test]
    fn dated_content_without_a_known_channel_is_reported_once_on_the_first() {
        let mut s = sample::strategy();
        let dated: Vec<usize> = (0..s.content.len())
            .filter(|&i| s.content[i].date.is_some())
            .take(2)
            .collect();
        let undated = s
            .content
            .iter()
            .position(|c| c.date.is_none())
            .expect("a backlog item");
        s.content[dated[0]].channel_id = None;
        s.content[undated].channel_id = None; // an idea may wait for its channel
        let hits = run(&s, off_plan);
        assert_eq!(ids(&hits), [Some(s.content[dated[0]].id.as_str())]);
        assert_eq!(fields(&hits), [Some("channel_id")]);
        assert!(hits[0].fr.contains(&quoted_fr(&s.content[dated[0]].title)));
        s.content[dated[1]].channel_id = Some("gone".into());
        let hits = run(&s, off_plan);
        assert_eq!(ids(&hits), [Some(s.content[dated[0]].id.as_str())]);
        assert!(hits[0].en.starts_with("2 dated pieces"), "{}", hits[0].en);
    }

    #[test]
    fn a_persona_without_content_in_four_weeks_is_unserved() {
        let mut s = sample::strategy();
        let nadia = s.personas[3].id.clone();
        s.content
            .iter_mut()
            .filter(|c| c.persona_id.as_deref() == Some(nadia.as_str()))
            .for_each(|c| c.persona_id = None);
        let hits = run(&s, persona_unserved);
        assert_eq!(
            (kinds(&hits), ids(&hits)),
            (vec![Some(ItemKind::Persona)], vec![Some(nadia.as_str())])
        );
    }
}
