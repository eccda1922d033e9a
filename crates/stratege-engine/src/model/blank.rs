//! What a new, empty entry looks like when the user presses "add".

use super::*;

impl Item {
    /// A new entry of `kind` with a fresh id and neutral values.
    pub fn blank(kind: ItemKind) -> Item {
        let id = new_id();
        match kind {
            ItemKind::TeamMember => Item::TeamMember(TeamMember {
                id,
                name: String::new(),
                department: Department::Marketing,
                department_other: String::new(),
                role: String::new(),
                contribution: String::new(),
                hours_per_week: None,
            }),
            ItemKind::Objective => Item::Objective(Objective {
                id,
                kind: ObjectiveKind::Awareness,
                other_label: String::new(),
                is_primary: false,
                rationale: String::new(),
            }),
            ItemKind::Finding => Item::Finding(Finding {
                id,
                source: String::new(),
                subject: FindingSubject::Audience,
                what_is_said: String::new(),
                search_terms: Vec::new(),
            }),
            ItemKind::Competitor => Item::Competitor(Competitor {
                id,
                name: String::new(),
                platforms: Vec::new(),
                notes: String::new(),
            }),
            ItemKind::Persona => Item::Persona(Persona {
                id,
                name: String::new(),
                tagline: String::new(),
                demographics: String::new(),
                psychographics: String::new(),
                online_behaviour: String::new(),
                values: String::new(),
                challenges: String::new(),
                goals: String::new(),
                quote: String::new(),
                color: "#4f7cac".into(),
                priority: PersonaPriority::Primary,
                picture: None,
                channel_ids: Vec::new(),
                primary_channel_ids: Vec::new(),
            }),
            ItemKind::Kpi => Item::Kpi(Kpi {
                id,
                name: String::new(),
                definition: String::new(),
                funnel_stage: FunnelStage::Reach,
                unit: String::new(),
                baseline: None,
                year: None,
                q1: None,
                q2: None,
                q3: None,
                q4: None,
                owner_id: None,
                channel_ids: Vec::new(),
            }),
            ItemKind::Channel => Item::Channel(Channel {
                id,
                platform: Platform::Instagram,
                custom_name: String::new(),
                reason: String::new(),
                content_pillars: Vec::new(),
                cadence_count: None,
                cadence_period: CadencePeriod::Week,
                owner_id: None,
                hours_per_week: None,
                budget: None,
                status: ChannelStatus::Active,
                drop_reason: String::new(),
            }),
            ItemKind::ContentItem => Item::ContentItem(ContentItem {
                id,
                title: String::new(),
                brief: String::new(),
                channel_id: None,
                persona_id: None,
                pillar: String::new(),
                status: ContentStatus::Idea,
                date: None,
                time: None,
                owner_id: None,
                notes: String::new(),
            }),
        }
    }
}

impl Strategy {
    /// A new strategy with only a title: what "New strategy" creates.
    pub fn blank(title: &str, language: Language, now: &str) -> Strategy {
        Strategy {
            meta: StrategyMeta {
                id: new_id(),
                title: title.to_string(),
                client_name: String::new(),
                consultant_name: String::new(),
                consultant_firm: String::new(),
                consultant_logo: None,
                language,
                start_date: None,
                end_date: None,
                accent_color: "#1f3a5f".into(),
                maturity: Maturity::Beginner,
                differentiator: String::new(),
                proof_points: Vec::new(),
                human: HumanPlan::default(),
                archived: false,
                created_at: now.to_string(),
                updated_at: now.to_string(),
            },
            team: Vec::new(),
            objectives: Vec::new(),
            findings: Vec::new(),
            competitors: Vec::new(),
            personas: Vec::new(),
            kpis: Vec::new(),
            slots: Vec::new(),
            channels: Vec::new(),
            content: Vec::new(),
        }
    }
}
