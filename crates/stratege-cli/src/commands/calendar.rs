//! `stratege-cli ics FILE.strategy -o OUT.ics [--tz ZONE] [--lang fr|en]` and
//! `stratege-cli csv FILE.strategy -o OUT.csv [--lang fr|en]`: the editorial
//! calendar of a `.strategy` file, exported by the engine (the same code as the
//! app's export) and written atomically.

use super::with_extension;
use std::path::PathBuf;
use stratege_engine::calendar::{parse_time_zone, to_csv, to_ics, IcsOptions};
use stratege_engine::files::write_atomically;
use stratege_engine::model::{Language, Strategy};
use stratege_engine::{exchange, Error};

#[derive(clap::Args)]
pub struct IcsArgs {
    /// The .strategy file to export.
    pub file: PathBuf,
    /// Where to write the .ics (extension added when missing; default: beside FILE).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// IANA time zone of the planned times, e.g. Europe/Paris: times are written
    /// in UTC. Without it, times are "floating" (the same hour in any zone).
    #[arg(long)]
    pub tz: Option<String>,
    /// Language of descriptions: fr or en (default: the strategy's own).
    #[arg(long, value_parser = ["fr", "en"])]
    pub lang: Option<String>,
}

#[derive(clap::Args)]
pub struct CsvArgs {
    /// The .strategy file to export.
    pub file: PathBuf,
    /// Where to write the .csv (extension added when missing; default: beside FILE).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Language of the header and labels: fr or en (default: the strategy's own).
    #[arg(long, value_parser = ["fr", "en"])]
    pub lang: Option<String>,
}

fn language(code: Option<&str>, strategy: &Strategy) -> Result<Language, Error> {
    match code {
        None => Ok(strategy.meta.language),
        Some(code) => Language::parse(&code.to_ascii_lowercase())
            .ok_or_else(|| Error::invalid("lang", format!("unknown language {code:?}: use fr or en"))),
    }
}

fn target(input: &std::path::Path, output: Option<PathBuf>, extension: &str) -> PathBuf {
    match output {
        Some(path) => with_extension(path, extension),
        None => input.with_extension(extension),
    }
}

pub fn ics(args: IcsArgs) -> Result<String, Error> {
    let time_zone = args.tz.as_deref().map(parse_time_zone).transpose()?;
    let strategy = exchange::read_file(&args.file)?;
    let options = IcsOptions { time_zone, stamp: chrono::Utc::now(), language: language(args.lang.as_deref(), &strategy)? };
    let text = to_ics(&strategy, &options)?;
    let output = target(&args.file, args.output, "ics");
    write_atomically(&output, text.as_bytes())?;
    let events = strategy.content.iter().filter(|c| c.date.is_some()).count();
    Ok(format!("wrote {} ({events} events)", output.display()))
}

pub fn csv(args: CsvArgs) -> Result<String, Error> {
    let strategy = exchange::read_file(&args.file)?;
    let bytes = to_csv(&strategy, language(args.lang.as_deref(), &strategy)?)?;
    let output = target(&args.file, args.output, "csv");
    write_atomically(&output, &bytes)?;
    Ok(format!("wrote {} ({} items)", output.display(), strategy.content.len()))
}
