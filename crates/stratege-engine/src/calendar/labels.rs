//! Names of what a content item refers to, in the export's language, shared by
//! the .ics and CSV exports (and the same labels as the PDF).

use crate::model::{ContentItem, Language, Strategy};
use crate::pdf::labels as pdf;
use std::collections::HashMap;

pub fn untitled(lang: Language) -> &'static str {
    match lang {
        Language::Fr => "Sans titre",
        Language::En => "Untitled",
    }
}

pub fn status(lang: Language, item: &ContentItem) -> &'static str {
    pdf::content_status(lang, item.status)
}

/// Lookups from ids to names, built once per export.
pub struct Names {
    lang: Language,
    channels: HashMap<String, String>,
    personas: HashMap<String, String>,
    team: HashMap<String, String>,
}

impl Names {
    pub fn new(strategy: &Strategy, lang: Language) -> Names {
        Names {
            lang,
            channels: strategy.channels.iter().map(|c| (c.id.clone(), pdf::channel(lang, c))).collect(),
            personas: strategy.personas.iter().map(|p| (p.id.clone(), p.name.trim().to_string())).collect(),
            team: strategy.team.iter().map(|m| (m.id.clone(), m.name.trim().to_string())).collect(),
        }
    }

    fn lookup(map: &HashMap<String, String>, id: &Option<String>) -> Option<String> {
        id.as_ref().and_then(|id| map.get(id)).filter(|name| !name.is_empty()).cloned()
    }

    pub fn channel(&self, item: &ContentItem) -> Option<String> {
        Self::lookup(&self.channels, &item.channel_id)
    }

    pub fn persona(&self, item: &ContentItem) -> Option<String> {
        Self::lookup(&self.personas, &item.persona_id)
    }

    pub fn owner(&self, item: &ContentItem) -> Option<String> {
        Self::lookup(&self.team, &item.owner_id)
    }

    /// The event's description: the brief, then who and what it is for.
    pub fn description(&self, item: &ContentItem) -> String {
        let fr = self.lang == Language::Fr;
        // French puts a space before the colon.
        let fact = |fr_label: &str, en_label: &str, value: &str| match fr {
            true => format!("{fr_label} : {value}"),
            false => format!("{en_label}: {value}"),
        };
        let mut parts: Vec<String> = Vec::new();
        if !item.brief.trim().is_empty() {
            parts.push(item.brief.trim().to_string());
        }
        let mut facts = Vec::new();
        if let Some(channel) = self.channel(item) {
            facts.push(fact("Canal", "Channel", &channel));
        }
        if let Some(persona) = self.persona(item) {
            facts.push(fact("Persona", "Persona", &persona));
        }
        if !item.pillar.trim().is_empty() {
            facts.push(fact("Pilier", "Pillar", item.pillar.trim()));
        }
        facts.push(fact("Statut", "Status", status(self.lang, item)));
        if let Some(owner) = self.owner(item) {
            facts.push(fact("Responsable", "Owner", &owner));
        }
        parts.push(facts.join("\n"));
        if !item.notes.trim().is_empty() {
            parts.push(item.notes.trim().to_string());
        }
        parts.join("\n\n")
    }
}
