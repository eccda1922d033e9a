//! A whole strategy: its header, its single-valued steps, and its lists.

use super::enums::*;
use super::items::*;
use super::slot::RecurringSlot;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A row of the strategy library.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct StrategySummary {
    pub id: String,
    pub title: String,
    pub client_name: String,
    pub consultant_name: String,
    pub language: Language,
    pub archived: bool,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC; bumped by every edit.
    pub updated_at: String,
}

/// Step "+": how the brand behaves like a person, not a logo.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq, Default)]
#[ts(export)]
pub struct HumanPlan {
    pub voice: String,
    /// Who speaks for the brand.
    pub spokespeople: Vec<String>,
    /// How and how fast the brand answers.
    pub response_promise: String,
    pub dos: Vec<String>,
    pub donts: Vec<String>,
}

/// The strategy's own fields: the header and the steps that hold one value.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct StrategyMeta {
    pub id: String,
    pub title: String,
    pub client_name: String,
    pub consultant_name: String,
    pub consultant_firm: String,
    /// The consultant's logo for the deliverable's cover: a `data:` URL made
    /// like a persona picture (see `picture`), or none.
    pub consultant_logo: Option<String>,
    /// Language of the deliverable.
    pub language: Language,
    /// `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// `#rrggbb`, the strategy's accent in the app and the deliverable.
    pub accent_color: String,
    /// Step 5.
    pub maturity: Maturity,
    /// Step 6: the one exceptional trait that speaks to the heart.
    pub differentiator: String,
    pub proof_points: Vec<String>,
    pub human: HumanPlan,
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// Everything one strategy holds, lists in their display order.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Strategy {
    pub meta: StrategyMeta,
    pub team: Vec<TeamMember>,
    pub objectives: Vec<Objective>,
    pub findings: Vec<Finding>,
    pub competitors: Vec<Competitor>,
    pub personas: Vec<Persona>,
    pub kpis: Vec<Kpi>,
    pub channels: Vec<Channel>,
    pub content: Vec<ContentItem>,
    /// The channels' recurring publishing slots, by weekday then time.
    pub slots: Vec<RecurringSlot>,
}

/// `title` then `suffix` (" (copy)"), the title cut short with "…" when both
/// would not fit the length a title may have.
pub fn title_with_suffix(title: &str, suffix: &str) -> String {
    let room = super::validate::SHORT_TEXT_MAX.saturating_sub(suffix.chars().count());
    if title.chars().count() <= room {
        return format!("{title}{suffix}");
    }
    let kept: String = title.chars().take(room.saturating_sub(1)).collect();
    format!("{}…{suffix}", kept.trim_end())
}

impl StrategyMeta {
    pub fn summary(&self) -> StrategySummary {
        StrategySummary {
            id: self.id.clone(),
            title: self.title.clone(),
            client_name: self.client_name.clone(),
            consultant_name: self.consultant_name.clone(),
            language: self.language,
            archived: self.archived,
            created_at: self.created_at.clone(),
            updated_at: self.updated_at.clone(),
        }
    }
}
