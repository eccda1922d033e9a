//! What every section needs to know about the strategy: lookups by id,
//! channel and persona colours, and the options of the export.

use super::colors::{channel_colors, Rgb8, MUTED};
use super::labels;
use super::pictures::Picture;
use super::PdfOptions;
use crate::model::*;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Persona colours used when a persona's own colour is not a valid `#rrggbb`.
const PERSONA_FALLBACK: [Rgb8; 6] = [
    Rgb8::new(0xc0, 0x71, 0x3a),
    Rgb8::new(0x3b, 0x7d, 0x8c),
    Rgb8::new(0x7a, 0x5c, 0x99),
    Rgb8::new(0x5b, 0x8c, 0x4a),
    Rgb8::new(0xb0, 0x4a, 0x5a),
    Rgb8::new(0x4a, 0x6f, 0xa5),
];

pub(crate) struct Ctx<'s> {
    pub s: &'s Strategy,
    pub lang: Language,
    pub today: NaiveDate,
    channels: HashMap<&'s str, usize>,
    members: HashMap<&'s str, usize>,
    personas: HashMap<&'s str, usize>,
    channel_colours: Vec<Rgb8>,
    /// Embedded persona pictures, by persona id.
    pictures: HashMap<String, Picture>,
    /// The consultant's embedded logo, if the strategy has a usable one.
    pub logo: Option<Picture>,
}

impl<'s> Ctx<'s> {
    pub fn new(s: &'s Strategy, options: &PdfOptions, pictures: HashMap<String, Picture>) -> Ctx<'s> {
        let index = |ids: Vec<&'s str>| ids.into_iter().enumerate().map(|(i, id)| (id, i)).collect();
        Ctx {
            s,
            lang: options.language,
            today: options.today,
            channels: index(s.channels.iter().map(|c| c.id.as_str()).collect()),
            members: index(s.team.iter().map(|m| m.id.as_str()).collect()),
            personas: index(s.personas.iter().map(|p| p.id.as_str()).collect()),
            channel_colours: channel_colors(&s.channels),
            pictures,
            logo: None,
        }
    }

    pub fn channel(&self, id: &str) -> Option<&'s Channel> {
        self.channels.get(id).and_then(|&i| self.s.channels.get(i))
    }

    /// The colour of the channel at `index` (grey for no channel).
    pub fn channel_colour_at(&self, index: usize) -> Rgb8 {
        self.channel_colours.get(index).copied().unwrap_or(MUTED)
    }

    /// Position of a channel in the strategy's list.
    pub fn channel_index(&self, id: Option<&str>) -> Option<usize> {
        id.and_then(|id| self.channels.get(id)).copied()
    }

    pub fn channel_name(&self, id: Option<&str>) -> Option<String> {
        id.and_then(|id| self.channel(id)).map(|c| labels::channel(self.lang, c))
    }

    pub fn member_name(&self, id: Option<&str>) -> Option<String> {
        id.and_then(|id| self.members.get(id))
            .and_then(|&i| self.s.team.get(i))
            .map(|m| m.name.trim().to_string())
            .filter(|n| !n.is_empty())
    }

    pub fn persona(&self, id: &str) -> Option<&'s Persona> {
        self.personas.get(id).and_then(|&i| self.s.personas.get(i))
    }

    pub fn persona_colour(&self, index: usize) -> Rgb8 {
        self.s
            .personas
            .get(index)
            .and_then(|p| Rgb8::parse_hex(&p.color))
            .unwrap_or(PERSONA_FALLBACK[index % PERSONA_FALLBACK.len()])
    }

    /// The persona's embedded picture, if it has a usable one.
    pub fn picture(&self, persona: &Persona) -> Option<&Picture> {
        self.pictures.get(&persona.id)
    }

    /// Personas with their index in the list (their colour), primary ones
    /// first, then secondary, then the others; list order within a priority.
    pub fn personas_by_priority(&self) -> Vec<(usize, &'s Persona)> {
        let rank = |p: &Persona| match p.priority {
            PersonaPriority::Primary => 0,
            PersonaPriority::Secondary => 1,
            PersonaPriority::Other => 2,
        };
        let mut personas: Vec<(usize, &'s Persona)> = self.s.personas.iter().enumerate().collect();
        personas.sort_by_key(|(_, p)| rank(p));
        personas
    }

    /// Channels in the plan (everything but dropped ones), with their index.
    pub fn kept_channels(&self) -> Vec<(usize, &'s Channel)> {
        self.s.channels.iter().enumerate().filter(|(_, c)| c.status != ChannelStatus::Dropped).collect()
    }

    pub fn primary_objective(&self) -> Option<&'s Objective> {
        self.s.objectives.iter().find(|o| o.is_primary)
    }

    /// Names of the channels among `ids` that exist, joined by commas.
    pub fn channel_list(&self, ids: &[String]) -> String {
        ids.iter().filter_map(|id| self.channel_name(Some(id))).collect::<Vec<_>>().join(", ")
    }
}
