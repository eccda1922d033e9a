//! `stratege-cli check FILE`: the method coach on a `.strategy` file, as a
//! readable report or as JSON. Exit 0 without blocker, 1 with blockers; a file
//! that cannot be read ends in main's exit 2.

use crate::Outcome;
use chrono::NaiveDate;
use std::path::PathBuf;
use stratege_engine::coach::{evaluate, Report, Severity, Step};
use stratege_engine::model::{Language, Strategy};
use stratege_engine::{exchange, Error};

/// Shown under `check --help`: the exit codes and the JSON shape are a contract for scripts.
pub const AFTER_HELP: &str = "\
Exit codes: 0 no blocker, 1 at least one blocker, 2 the file cannot be read.

Calendar rules look at four weeks from --today, or from the strategy's start
date when that is later (a plan prepared ahead is judged on its first weeks).

With --json, one object is printed:
  {
    \"title\": string, \"client_name\": string,
    \"language\": \"fr\" | \"en\",          the strategy's language
    \"today\": \"YYYY-MM-DD\",            the reference date used
    \"overall\": 0..100,
    \"steps\": [{\"step\", \"score\": 0..100, \"blockers\", \"warnings\", \"tips\"}, ...],
                                      all nine steps, in the method's order
    \"advice\": [{\"rule\": \"team.marketing_only\",
                \"severity\": \"blocker\" | \"warning\" | \"tip\",
                \"target\": {\"step\", \"kind\", \"item_id\", \"field\"},
                \"message_fr\", \"message_en\"}, ...]
  }
Steps: team, objectives, listening, personas, kpis, differentiator, channels, content, human.";

#[derive(clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub struct Args {
    /// The .strategy file to check.
    file: PathBuf,
    /// Print the report as JSON instead of text (shape in --help).
    #[arg(long)]
    json: bool,
    /// Language of the text report: fr or en (default: the strategy's own).
    #[arg(long, value_parser = ["fr", "en"])]
    lang: Option<String>,
    /// Day the calendar rules look four weeks ahead from (default: today's date).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    today: Option<NaiveDate>,
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("{text:?} is not a date like 2027-01-04"))
}

pub fn run(args: Args) -> Result<Outcome, Error> {
    let strategy = exchange::read_file(&args.file)?;
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = evaluate(&strategy, today);
    let code = if report.blockers() > 0 { 1 } else { 0 };
    let text = if args.json {
        json(&strategy, today, &report)?
    } else {
        let language = match args.lang.as_deref().and_then(Language::parse) {
            Some(language) => language,
            None => strategy.meta.language,
        };
        text(&strategy, today, &report, language)
    };
    Ok(Outcome { text, code })
}

fn json(strategy: &Strategy, today: NaiveDate, report: &Report) -> Result<String, Error> {
    let failed = |error: serde_json::Error| Error::invalid("report", error.to_string());
    let mut value = serde_json::to_value(report).map_err(failed)?;
    if let Some(object) = value.as_object_mut() {
        let meta = &strategy.meta;
        object.insert("title".into(), meta.title.clone().into());
        object.insert("client_name".into(), meta.client_name.clone().into());
        object.insert("language".into(), meta.language.as_str().into());
        object.insert("today".into(), today.format("%Y-%m-%d").to_string().into());
    }
    serde_json::to_string_pretty(&value).map_err(failed)
}

/// Words of the text report that the engine does not provide.
struct Words {
    overall: &'static str,
    reference: &'static str,
    steps: &'static str,
    findings: &'static str,
    none: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::Fr => Words {
            overall: "Score global :",
            reference: "Date de référence :",
            steps: "Étapes",
            findings: "Constats",
            none: "Aucun constat : la stratégie suit la méthode.",
        },
        Language::En => Words {
            overall: "Overall score:",
            reference: "Reference date:",
            steps: "Steps",
            findings: "Findings",
            none: "No findings: the strategy follows the method.",
        },
    }
}

/// "2 blockers, 1 warning": French and English both pluralise these with an "s";
/// zero is singular in French, plural in English.
fn count(n: u32, severity: Severity, language: Language) -> String {
    let plural = match language {
        Language::Fr => n > 1,
        Language::En => n != 1,
    };
    format!(
        "{n} {}{}",
        severity.label(language),
        if plural { "s" } else { "" }
    )
}

fn marker(severity: Severity) -> &'static str {
    match severity {
        Severity::Blocker => "[X]",
        Severity::Warning => "[!]",
        Severity::Tip => "[i]",
    }
}

fn text(strategy: &Strategy, today: NaiveDate, report: &Report, language: Language) -> String {
    let w = words(language);
    let total = |pick: fn(&stratege_engine::coach::StepScore) -> u32| {
        report.steps.iter().map(pick).sum::<u32>()
    };
    let totals = [
        count(total(|s| s.blockers), Severity::Blocker, language),
        count(total(|s| s.warnings), Severity::Warning, language),
        count(total(|s| s.tips), Severity::Tip, language),
    ];
    let mut out = vec![
        strategy.meta.title.clone(),
        format!(
            "{} {}/100 ({})",
            w.overall,
            report.overall,
            totals.join(", ")
        ),
        format!("{} {}", w.reference, today.format("%Y-%m-%d")),
        String::new(),
        w.steps.to_string(),
    ];
    for (number, score) in report.steps.iter().enumerate() {
        let counts: Vec<String> = [
            (score.blockers, Severity::Blocker),
            (score.warnings, Severity::Warning),
            (score.tips, Severity::Tip),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, severity)| count(n, severity, language))
        .collect();
        let label = format!("{}. {}", number + 1, score.step.label(language));
        out.push(
            format!("  {:>3}  {label:<32} {}", score.score, counts.join(", "))
                .trim_end()
                .to_string(),
        );
    }
    out.push(String::new());
    out.push(w.findings.to_string());
    if report.advice.is_empty() {
        out.push(format!("  {}", w.none));
    }
    for step in Step::ALL {
        let advice: Vec<_> = report
            .advice
            .iter()
            .filter(|a| a.target.step == step)
            .collect();
        if advice.is_empty() {
            continue;
        }
        out.push(format!("  {}", step.label(language)));
        for a in advice {
            out.push(format!(
                "    {} {} — {} ({})",
                marker(a.severity),
                a.severity.label(language),
                a.message(language),
                a.rule
            ));
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_each_language_s_plural() {
        assert_eq!(count(0, Severity::Blocker, Language::Fr), "0 bloquant");
        assert_eq!(
            count(2, Severity::Warning, Language::Fr),
            "2 avertissements"
        );
        assert_eq!(count(0, Severity::Tip, Language::En), "0 tips");
        assert_eq!(count(1, Severity::Blocker, Language::En), "1 blocker");
    }

    #[test]
    fn days_parse_strictly() {
        assert!(parse_day("2027-01-04").is_ok());
        assert!(parse_day("04/01/2027").is_err());
    }
}
