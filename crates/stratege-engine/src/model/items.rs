//! The list entries of a strategy, one struct per kind. Their order in a
//! `Strategy` is their order on screen and in the deliverable.

use super::enums::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Step 1: a member of the cross-functional team.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct TeamMember {
    pub id: String,
    pub name: String,
    pub department: Department,
    /// The department's name when `department` is `other`.
    pub department_other: String,
    /// Their role in the strategy (sponsor, community manager, expert...).
    pub role: String,
    /// What they bring that marketing alone would not.
    pub contribution: String,
    /// Weekly hours they can give to social media.
    pub hours_per_week: Option<f64>,
}

/// Step 2: a business objective. Exactly one should be primary.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Objective {
    pub id: String,
    pub kind: ObjectiveKind,
    /// The objective's name when `kind` is `other`.
    pub other_label: String,
    pub is_primary: bool,
    pub rationale: String,
}

/// Step 3: something learnt by listening to the audience or to competitors.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Finding {
    pub id: String,
    /// Where the conversation happens (a network, a forum, a community...).
    pub source: String,
    pub subject: FindingSubject,
    pub what_is_said: String,
    /// Search terms used, beyond the brand name.
    pub search_terms: Vec<String>,
}

/// Step 3: a competitor and where it is active.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Competitor {
    pub id: String,
    pub name: String,
    pub platforms: Vec<Platform>,
    pub notes: String,
}

/// Step 4: a persona of the audience.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub tagline: String,
    pub demographics: String,
    pub psychographics: String,
    pub online_behaviour: String,
    pub values: String,
    pub challenges: String,
    pub goals: String,
    pub quote: String,
    /// `#rrggbb`.
    pub color: String,
    /// The board column; order within it is the list order.
    pub priority: PersonaPriority,
    /// A `data:` URL of a small re-encoded image (see `picture`), or none for an initials avatar.
    pub picture: Option<String>,
    /// Channels of the plan where this persona can be reached (secondary or primary).
    pub channel_ids: Vec<String>,
    /// The channels among `channel_ids` that matter most for this persona.
    pub primary_channel_ids: Vec<String>,
}

/// Step 5: a key performance indicator with quarterly targets.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Kpi {
    pub id: String,
    pub name: String,
    pub definition: String,
    pub funnel_stage: FunnelStage,
    pub unit: String,
    pub baseline: Option<f64>,
    /// The year the Q1–Q4 targets belong to.
    pub year: Option<i32>,
    pub q1: Option<f64>,
    pub q2: Option<f64>,
    pub q3: Option<f64>,
    pub q4: Option<f64>,
    /// A team member.
    pub owner_id: Option<String>,
    pub channel_ids: Vec<String>,
}

/// Step 7: a channel of the plan, with its defensible reason and resources.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Channel {
    pub id: String,
    pub platform: Platform,
    /// The channel's name when `platform` is `custom`.
    pub custom_name: String,
    /// The specific, defensible reason to be there.
    pub reason: String,
    pub content_pillars: Vec<String>,
    /// Posts per `cadence_period`.
    pub cadence_count: Option<u32>,
    pub cadence_period: CadencePeriod,
    /// A team member.
    pub owner_id: Option<String>,
    pub hours_per_week: Option<f64>,
    pub budget: Option<f64>,
    pub status: ChannelStatus,
    /// Why the channel was dropped, kept when `status` is `dropped`.
    pub drop_reason: String,
}

/// Step 7: one piece of the editorial calendar. No date means it waits in the backlog.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct ContentItem {
    pub id: String,
    pub title: String,
    pub brief: String,
    pub channel_id: Option<String>,
    pub persona_id: Option<String>,
    pub pillar: String,
    pub status: ContentStatus,
    /// `YYYY-MM-DD`, or none for the backlog.
    pub date: Option<String>,
    /// `HH:MM`, or none for an all-day item.
    pub time: Option<String>,
    /// A team member.
    pub owner_id: Option<String>,
    pub notes: String,
}

/// Any list entry, tagged by its kind: what the generic list commands take and return.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[serde(tag = "item_kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Item {
    TeamMember(TeamMember),
    Objective(Objective),
    Finding(Finding),
    Competitor(Competitor),
    Persona(Persona),
    Kpi(Kpi),
    Channel(Channel),
    ContentItem(ContentItem),
}

impl Item {
    pub fn kind(&self) -> ItemKind {
        self.view().kind()
    }

    pub fn id(&self) -> &str {
        self.view().id()
    }

    pub fn view(&self) -> ItemRef<'_> {
        match self {
            Item::TeamMember(x) => ItemRef::TeamMember(x),
            Item::Objective(x) => ItemRef::Objective(x),
            Item::Finding(x) => ItemRef::Finding(x),
            Item::Competitor(x) => ItemRef::Competitor(x),
            Item::Persona(x) => ItemRef::Persona(x),
            Item::Kpi(x) => ItemRef::Kpi(x),
            Item::Channel(x) => ItemRef::Channel(x),
            Item::ContentItem(x) => ItemRef::ContentItem(x),
        }
    }
}

/// An entry borrowed where an `Item` would be a copy: checking or writing a
/// whole strategy goes through thousands of entries, and copying their texts
/// cost more than the checks themselves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ItemRef<'a> {
    TeamMember(&'a TeamMember),
    Objective(&'a Objective),
    Finding(&'a Finding),
    Competitor(&'a Competitor),
    Persona(&'a Persona),
    Kpi(&'a Kpi),
    Channel(&'a Channel),
    ContentItem(&'a ContentItem),
}

impl<'a> ItemRef<'a> {
    pub fn to_item(self) -> Item {
        match self {
            ItemRef::TeamMember(x) => Item::TeamMember(x.clone()),
            ItemRef::Objective(x) => Item::Objective(x.clone()),
            ItemRef::Finding(x) => Item::Finding(x.clone()),
            ItemRef::Competitor(x) => Item::Competitor(x.clone()),
            ItemRef::Persona(x) => Item::Persona(x.clone()),
            ItemRef::Kpi(x) => Item::Kpi(x.clone()),
            ItemRef::Channel(x) => Item::Channel(x.clone()),
            ItemRef::ContentItem(x) => Item::ContentItem(x.clone()),
        }
    }

    pub fn kind(self) -> ItemKind {
        match self {
            ItemRef::TeamMember(_) => ItemKind::TeamMember,
            ItemRef::Objective(_) => ItemKind::Objective,
            ItemRef::Finding(_) => ItemKind::Finding,
            ItemRef::Competitor(_) => ItemKind::Competitor,
            ItemRef::Persona(_) => ItemKind::Persona,
            ItemRef::Kpi(_) => ItemKind::Kpi,
            ItemRef::Channel(_) => ItemKind::Channel,
            ItemRef::ContentItem(_) => ItemKind::ContentItem,
        }
    }

    pub fn id(self) -> &'a str {
        match self {
            ItemRef::TeamMember(x) => &x.id,
            ItemRef::Objective(x) => &x.id,
            ItemRef::Finding(x) => &x.id,
            ItemRef::Competitor(x) => &x.id,
            ItemRef::Persona(x) => &x.id,
            ItemRef::Kpi(x) => &x.id,
            ItemRef::Channel(x) => &x.id,
            ItemRef::ContentItem(x) => &x.id,
        }
    }
}
