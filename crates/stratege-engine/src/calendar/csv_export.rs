//! CSV export of the whole content plan: UTF-8, a header row, one item per
//! line (dated items by day, then the backlog), quoting by the `csv` crate.

use super::labels::{self, Names};
use crate::error::{Error, Result};
use crate::model::{Language, Strategy};

const HEADER_FR: [&str; 11] =
    ["id", "date", "heure", "titre", "canal", "persona", "pilier", "statut", "responsable", "brief", "notes"];
const HEADER_EN: [&str; 11] = ["id", "date", "time", "title", "channel", "persona", "pillar", "status", "owner", "brief", "notes"];

fn csv_error(error: impl std::fmt::Display) -> Error {
    Error::Io(std::io::Error::other(error.to_string()))
}

/// The content items in calendar order: by day (list order within a day), backlog last.
pub fn calendar_order(strategy: &Strategy) -> Vec<&crate::model::ContentItem> {
    let mut items: Vec<_> = strategy.content.iter().collect();
    // Stable sort: list order within a day is kept.
    items.sort_by(|a, b| match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    items
}

pub fn to_csv(strategy: &Strategy, lang: Language) -> Result<Vec<u8>> {
    let names = Names::new(strategy, lang);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(match lang {
        Language::Fr => HEADER_FR,
        Language::En => HEADER_EN,
    })
    .map_err(csv_error)?;
    for item in calendar_order(strategy) {
        writer
            .write_record([
                item.id.as_str(),
                item.date.as_deref().unwrap_or(""),
                item.time.as_deref().unwrap_or(""),
                item.title.trim(),
                &names.channel(item).unwrap_or_default(),
                &names.persona(item).unwrap_or_default(),
                item.pillar.trim(),
                labels::status(lang, item),
                &names.owner(item).unwrap_or_default(),
                item.brief.as_str(),
                item.notes.as_str(),
            ])
            .map_err(csv_error)?;
    }
    writer.into_inner().map_err(csv_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_item_with_a_header_and_quoted_specials() {
        let mut strategy = crate::sample::strategy();
        strategy.content.truncate(3);
        strategy.content[0].title = "Pain, beurre; \"croûte\"\nlundi".into();
        strategy.content[1].date = None;
        strategy.content[1].time = None;
        let bytes = to_csv(&strategy, Language::Fr).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.starts_with("id,date,heure,titre,canal"));
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        let first = rows.iter().find(|r| &r[0] == strategy.content[0].id.as_str()).unwrap();
        assert_eq!(&first[3], "Pain, beurre; \"croûte\"\nlundi");
        // The backlog item comes last, with no date.
        assert_eq!(&rows[2][0], strategy.content[1].id.as_str());
        assert_eq!(&rows[2][1], "");
    }
}
