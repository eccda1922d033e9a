//! Names of the method's closed lists (departments, platforms, statuses...)
//! and of the strategy's entries, in the deliverable's language.

use crate::model::*;
use Language::{En, Fr};

pub(crate) fn department(lang: Language, member: &TeamMember) -> String {
    if member.department == Department::Other && !member.department_other.trim().is_empty() {
        return member.department_other.trim().to_string();
    }
    department_name(lang, member.department).to_string()
}

pub(crate) fn department_name(lang: Language, d: Department) -> &'static str {
    use Department::*;
    match (lang, d) {
        (Fr, Leadership) => "Direction",
        (En, Leadership) => "Leadership",
        (_, Marketing) => "Marketing",
        (Fr, Communications) => "Communication",
        (En, Communications) => "Communications",
        (Fr, Sales) => "Ventes",
        (En, Sales) => "Sales",
        (Fr, CustomerService) => "Service client",
        (En, CustomerService) => "Customer service",
        (Fr, Content) => "Contenu",
        (En, Content) => "Content",
        (Fr, Product) => "Produit",
        (En, Product) => "Product",
        (Fr, HumanResources) => "Ressources humaines",
        (En, HumanResources) => "Human resources",
        (Fr, It) => "Informatique",
        (En, It) => "IT",
        (Fr, Legal) => "Juridique",
        (En, Legal) => "Legal",
        (_, Finance) => "Finance",
        (Fr, Other) => "Autre",
        (En, Other) => "Other",
    }
}

pub(crate) fn objective(lang: Language, o: &Objective) -> String {
    use ObjectiveKind::*;
    match (lang, o.kind) {
        (_, Other) if !o.other_label.trim().is_empty() => o.other_label.trim().to_string(),
        (Fr, Awareness) => "Notoriété".into(),
        (En, Awareness) => "Awareness".into(),
        (Fr, Sales) => "Ventes".into(),
        (En, Sales) => "Sales".into(),
        (Fr, Loyalty) => "Fidélisation".into(),
        (En, Loyalty) => "Loyalty and retention".into(),
        (Fr, Other) => "Autre objectif".into(),
        (En, Other) => "Other goal".into(),
    }
}

pub(crate) fn subject(lang: Language, s: FindingSubject) -> &'static str {
    match (lang, s) {
        (Fr, FindingSubject::Audience) => "Public",
        (En, FindingSubject::Audience) => "Audience",
        (Fr, FindingSubject::Competitor) => "Concurrents",
        (En, FindingSubject::Competitor) => "Competitors",
    }
}

/// A persona's weight in the strategy, as the label of its card.
pub(crate) fn persona_priority(lang: Language, p: PersonaPriority) -> &'static str {
    use PersonaPriority::*;
    match (lang, p) {
        (Fr, Primary) => "Cible principale",
        (En, Primary) => "Primary audience",
        (Fr, Secondary) => "Cible secondaire",
        (En, Secondary) => "Secondary audience",
        (Fr, Other) => "Autre public",
        (En, Other) => "Other audience",
    }
}

pub(crate) fn platform(lang: Language, p: Platform) -> &'static str {
    use Platform::*;
    match (lang, p) {
        (_, Instagram) => "Instagram",
        (_, Facebook) => "Facebook",
        (_, Linkedin) => "LinkedIn",
        (_, Tiktok) => "TikTok",
        (_, Youtube) => "YouTube",
        (_, X) => "X",
        (_, Threads) => "Threads",
        (_, Bluesky) => "Bluesky",
        (_, Pinterest) => "Pinterest",
        (_, Reddit) => "Reddit",
        (_, Snapchat) => "Snapchat",
        (_, Whatsapp) => "WhatsApp",
        (_, Newsletter) => "Newsletter",
        (_, Blog) => "Blog",
        (_, Podcast) => "Podcast",
        (Fr, Custom) => "Autre canal",
        (En, Custom) => "Other channel",
    }
}

pub(crate) fn channel(lang: Language, c: &Channel) -> String {
    if c.platform == Platform::Custom && !c.custom_name.trim().is_empty() {
        return c.custom_name.trim().to_string();
    }
    platform(lang, c.platform).to_string()
}

pub(crate) fn channel_status(lang: Language, s: ChannelStatus) -> &'static str {
    use ChannelStatus::*;
    match (lang, s) {
        (Fr, Active) => "Actif",
        (En, Active) => "Active",
        (Fr, Test) => "En test",
        (En, Test) => "Trial",
        (Fr, Later) => "Plus tard",
        (En, Later) => "Later",
        (Fr, Dropped) => "Abandonné",
        (En, Dropped) => "Dropped",
    }
}

pub(crate) fn cadence(lang: Language, c: &Channel) -> Option<String> {
    let count = c.cadence_count?;
    Some(match (lang, c.cadence_period) {
        (Fr, CadencePeriod::Week) => format!("{count} par semaine"),
        (En, CadencePeriod::Week) => format!("{count} per week"),
        (Fr, CadencePeriod::Month) => format!("{count} par mois"),
        (En, CadencePeriod::Month) => format!("{count} per month"),
    })
}

pub(crate) fn stage(lang: Language, s: FunnelStage) -> &'static str {
    use FunnelStage::*;
    match (lang, s) {
        (Fr, Reach) => "Portée",
        (En, Reach) => "Reach",
        (_, Engagement) => "Engagement",
        (Fr, Traffic) => "Trafic",
        (En, Traffic) => "Traffic",
        (_, Conversion) => "Conversion",
        (Fr, Loyalty) => "Fidélité",
        (En, Loyalty) => "Loyalty",
    }
}

pub(crate) fn content_status(lang: Language, s: ContentStatus) -> &'static str {
    use ContentStatus::*;
    match (lang, s) {
        (Fr, Idea) => "Idée",
        (En, Idea) => "Idea",
        (Fr, Draft) => "Brouillon",
        (En, Draft) => "Draft",
        (Fr, InReview) => "En relecture",
        (En, InReview) => "In review",
        (Fr, Approved) => "Validé",
        (En, Approved) => "Approved",
        (Fr, Scheduled) => "Programmé",
        (En, Scheduled) => "Scheduled",
        (Fr, Published) => "Publié",
        (En, Published) => "Published",
    }
}

/// "+ 3 autres" / "+ 3 more" below a full calendar day.
pub(crate) fn more(lang: Language, n: usize) -> String {
    match lang {
        Fr => format!("+ {n} autre{}", if n > 1 { "s" } else { "" }),
        En => format!("+ {n} more"),
    }
}

/// "68 contenus planifiés, du 4 janvier au 31 mars 2027"-style summary of the calendar.
pub(crate) fn calendar_summary(lang: Language, dated: usize, backlog: usize, from: &str, to: &str) -> String {
    match lang {
        Fr => format!(
            "{dated} contenu{} daté{} du {from} au {to}, et {backlog} idée{} en réserve.",
            plural(dated),
            plural(dated),
            plural(backlog)
        ),
        En => format!(
            "{dated} dated item{} from {from} to {to}, and {backlog} idea{} in the backlog.",
            plural(dated),
            plural(backlog)
        ),
    }
}

fn plural(n: usize) -> &'static str {
    if n > 1 {
        "s"
    } else {
        ""
    }
}
