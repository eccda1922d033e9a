//! Closed lists of the method. Serialised in snake_case; stored as the same text in SQLite.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a fieldless enum with its stable text form (used for SQLite and for parsing files).
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Serialize, Deserialize, TS, Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[serde(rename_all = "snake_case")]
        #[ts(export)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

text_enum!(
    /// Language of the UI and of a strategy's deliverable.
    Language { Fr = "fr", En = "en" }
);

text_enum!(
    /// Step 1: where a team member comes from. Nobody "owns" social.
    Department {
        Leadership = "leadership", Marketing = "marketing", Communications = "communications",
        Sales = "sales", CustomerService = "customer_service", Content = "content",
        Product = "product", HumanResources = "human_resources", It = "it",
        Legal = "legal", Finance = "finance", Other = "other",
    }
);

text_enum!(
    /// Step 2: the business objective social media serves.
    ObjectiveKind { Awareness = "awareness", Sales = "sales", Loyalty = "loyalty", Other = "other" }
);

text_enum!(
    /// Step 3: who a listening finding is about.
    FindingSubject { Audience = "audience", Competitor = "competitor" }
);

text_enum!(
    /// Step 4: how much a persona weighs in the strategy; the persona board's columns.
    PersonaPriority { Primary = "primary", Secondary = "secondary", Other = "other" }
);

text_enum!(
    /// Step 5: how far the organisation follows its customers through the funnel.
    Maturity { Beginner = "beginner", Advanced = "advanced" }
);

text_enum!(
    /// Step 5: where a KPI sits in the funnel, from first contact to advocacy.
    FunnelStage {
        Reach = "reach", Engagement = "engagement", Traffic = "traffic",
        Conversion = "conversion", Loyalty = "loyalty",
    }
);

text_enum!(
    /// Step 7: today's platforms, plus a custom one named by the user.
    Platform {
        Instagram = "instagram", Facebook = "facebook", Linkedin = "linkedin", Tiktok = "tiktok",
        Youtube = "youtube", X = "x", Threads = "threads", Bluesky = "bluesky",
        Pinterest = "pinterest", Reddit = "reddit", Snapchat = "snapchat", Whatsapp = "whatsapp",
        Newsletter = "newsletter", Blog = "blog", Podcast = "podcast", Custom = "custom",
    }
);

text_enum!(
    /// Step 7: how often a channel publishes: `cadence_count` posts per period.
    CadencePeriod { Week = "week", Month = "month" }
);

text_enum!(
    /// Step 7: whether a channel is in the plan.
    ChannelStatus { Active = "active", Test = "test", Later = "later", Dropped = "dropped" }
);

text_enum!(
    /// Editorial calendar: the life of a content item, from idea to published.
    ContentStatus {
        Idea = "idea", Draft = "draft", InReview = "in_review", Approved = "approved",
        Scheduled = "scheduled", Published = "published",
    }
);

text_enum!(
    /// The kinds of list entries a strategy holds; names the `Item` variants over IPC.
    ItemKind {
        TeamMember = "team_member", Objective = "objective", Finding = "finding",
        Competitor = "competitor", Persona = "persona", Kpi = "kpi", Channel = "channel",
        ContentItem = "content_item",
    }
);
