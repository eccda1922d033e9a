//! Wording shared by the messages: how entries are named and numbers and dates
//! written in French and in English.

use super::{Severity, Step};
use crate::model::{Channel, Language, Objective, ObjectiveKind, Platform};
use chrono::{Datelike, NaiveDate};

pub(crate) fn step_label(step: Step, language: Language) -> &'static str {
    let (fr, en) = match step {
        Step::Team => ("Équipe interfonctionnelle", "Cross-functional team"),
        Step::Objectives => ("Objectifs", "Objectives"),
        Step::Listening => ("Écoute sociale", "Social listening"),
        Step::Personas => ("Personas", "Personas"),
        Step::Kpis => ("Indicateurs clés (KPI)", "Key performance indicators"),
        Step::Differentiator => ("Votre différence", "Your differentiator"),
        Step::Channels => ("Plan de chaînes", "Channel plan"),
        Step::Content => ("Calendrier éditorial", "Editorial calendar"),
        Step::Human => ("Être humain", "Being human"),
    };
    pick(language, fr, en)
}

pub(crate) fn severity_label(severity: Severity, language: Language) -> &'static str {
    let (fr, en) = match severity {
        Severity::Blocker => ("bloquant", "blocker"),
        Severity::Warning => ("avertissement", "warning"),
        Severity::Tip => ("conseil", "tip"),
    };
    pick(language, fr, en)
}

fn pick(language: Language, fr: &'static str, en: &'static str) -> &'static str {
    match language {
        Language::Fr => fr,
        Language::En => en,
    }
}

/// A user-typed name in French quotes, or a placeholder when it is blank.
pub(crate) fn quoted_fr(name: &str) -> String {
    match name.trim() {
        "" => "(sans nom)".to_string(),
        name => format!("« {name} »"),
    }
}

pub(crate) fn quoted_en(name: &str) -> String {
    match name.trim() {
        "" => "(unnamed)".to_string(),
        name => format!("\u{201c}{name}\u{201d}"),
    }
}

/// A channel as the user knows it, in each language: the platform's name, or
/// the quoted name of a custom channel (which may be any phrase).
pub(crate) fn channel_names(channel: &Channel) -> (String, String) {
    let name = match channel.platform {
        Platform::Instagram => "Instagram",
        Platform::Facebook => "Facebook",
        Platform::Linkedin => "LinkedIn",
        Platform::Tiktok => "TikTok",
        Platform::Youtube => "YouTube",
        Platform::X => "X",
        Platform::Threads => "Threads",
        Platform::Bluesky => "Bluesky",
        Platform::Pinterest => "Pinterest",
        Platform::Reddit => "Reddit",
        Platform::Snapchat => "Snapchat",
        Platform::Whatsapp => "WhatsApp",
        Platform::Newsletter => "Newsletter",
        Platform::Blog => "Blog",
        Platform::Podcast => "Podcast",
        Platform::Custom => {
            return (
                quoted_fr(&channel.custom_name),
                quoted_en(&channel.custom_name),
            )
        }
    };
    (name.to_string(), name.to_string())
}

/// An objective's name in each language (`other` uses the label the user typed).
pub(crate) fn objective_names(objective: &Objective) -> (String, String) {
    let (fr, en) = match objective.kind {
        ObjectiveKind::Awareness => ("notoriété", "awareness"),
        ObjectiveKind::Sales => ("ventes", "sales"),
        ObjectiveKind::Loyalty => ("fidélisation", "loyalty"),
        ObjectiveKind::Other => ("", ""),
    };
    match objective.kind {
        ObjectiveKind::Other => (
            quoted_fr(&objective.other_label),
            quoted_en(&objective.other_label),
        ),
        _ => (quoted_fr(fr), quoted_en(en)),
    }
}

/// Hours, with at most one decimal: "12", "2,5" in French, "2.5" in English.
pub(crate) fn hours(value: f64, language: Language) -> String {
    let text = format!("{:.1}", value);
    let text = text.strip_suffix(".0").unwrap_or(&text).to_string();
    match language {
        Language::Fr => text.replace('.', ","),
        Language::En => text,
    }
}

pub(crate) fn date_fr(date: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let day = match date.day() {
        1 => "1er".to_string(),
        n => n.to_string(),
    };
    format!("{day} {} {}", MONTHS[date.month0() as usize], date.year())
}

pub(crate) fn date_en(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// "T1, T3" / "Q1, Q3" for the quarters `q` (1-based).
pub(crate) fn quarters(q: &[usize], prefix: char) -> String {
    q.iter()
        .map(|n| format!("{prefix}{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_read_naturally_in_each_language() {
        assert_eq!(hours(12.0, Language::Fr), "12");
        assert_eq!(hours(2.5, Language::Fr), "2,5");
        assert_eq!(hours(2.5, Language::En), "2.5");
        let day = NaiveDate::from_ymd_opt(2027, 2, 1).expect("valid date");
        assert_eq!(date_fr(day), "1er février 2027");
        assert_eq!(date_en(day), "1 February 2027");
        assert_eq!(quarters(&[1, 3], 'T'), "T1, T3");
    }

    #[test]
    fn names_are_quoted_or_replaced_when_blank() {
        assert_eq!(quoted_fr("Camille"), "« Camille »");
        assert_eq!(quoted_en(" "), "(unnamed)");
    }
}
