//! App settings kept in the library, and what the first run does.

use crate::error::Result;
use crate::model::Language;
use crate::store::Library;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const LANGUAGE_KEY: &str = "ui_language";
const SAMPLE_SEEDED_KEY: &str = "sample_seeded";

#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct AppSettings {
    /// Language of the interface.
    pub language: Language,
}

/// The OS locale's language if Stratège speaks it, else English.
pub fn language_of_locale(locale: Option<&str>) -> Language {
    match locale {
        Some(tag) if tag.to_lowercase().starts_with("fr") => Language::Fr,
        _ => Language::En,
    }
}

/// The saved settings; before the user chooses, the UI follows the OS language.
pub fn load(library: &Library, os_locale: Option<&str>) -> Result<AppSettings> {
    let saved = library.setting(LANGUAGE_KEY)?.and_then(|text| Language::parse(&text));
    Ok(AppSettings { language: saved.unwrap_or_else(|| language_of_locale(os_locale)) })
}

pub fn set_language(library: &mut Library, language: Language) -> Result<AppSettings> {
    library.set_setting(LANGUAGE_KEY, language.as_str())?;
    Ok(AppSettings { language })
}

/// On the very first run, puts the sample strategy in the library (once: a
/// user who deletes it does not get it back). Returns whether it did.
pub fn seed_sample_once(library: &mut Library) -> Result<bool> {
    if library.setting(SAMPLE_SEEDED_KEY)?.is_some() {
        return Ok(false);
    }
    if library.list("", true)?.is_empty() {
        library.insert(&crate::sample::strategy())?;
    }
    library.set_setting(SAMPLE_SEEDED_KEY, "1")?;
    Ok(true)
}
