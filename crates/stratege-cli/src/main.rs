//! `stratege-cli`: works on `.strategy` files for automation and batch work.
//! Every subcommand goes through `stratege-engine`, the same code as the app.

mod commands;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "stratege-cli", version, about = "Work on Stratège .strategy files from the command line")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the bundled sample strategy as a .strategy file.
    Sample {
        /// Where to write it (the .strategy extension is added when missing).
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Render a .strategy file as the client deliverable PDF.
    Pdf {
        /// The .strategy file to render.
        file: PathBuf,
        /// Where to write the PDF (.pdf added when missing; default: beside FILE).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Language of the document: fr or en (default: the strategy's own).
        #[arg(long, value_parser = ["fr", "en"])]
        lang: Option<String>,
    },
    /// Check a .strategy file against the method's rules (the coach); exit 1 on blockers.
    Check(commands::check::Args),
    /// Export the editorial calendar of a .strategy file as iCalendar (RFC 5545).
    Ics(commands::calendar::IcsArgs),
    /// Export the content plan of a .strategy file as CSV (UTF-8, one item per line).
    Csv(commands::calendar::CsvArgs),
}

/// What a subcommand ends with: text to print and the process exit code.
pub struct Outcome {
    pub text: String,
    pub code: u8,
}

fn run(cli: Cli) -> Result<Outcome, stratege_engine::Error> {
    let printed = |text: String| Outcome { text, code: 0 };
    match cli.command {
        Command::Sample { output } => commands::sample::run(output).map(printed),
        Command::Pdf { file, output, lang } => commands::pdf::run(file, output, lang).map(printed),
        Command::Check(args) => commands::check::run(args),
        Command::Ics(args) => commands::calendar::ics(args).map(printed),
        Command::Csv(args) => commands::calendar::csv(args).map(printed),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(outcome) => {
            if !outcome.text.is_empty() {
                println!("{}", outcome.text);
            }
            ExitCode::from(outcome.code)
        }
        Err(error) => {
            // Exit code 2: the input could not be read or written (see each subcommand).
            eprintln!("stratege-cli: {error}");
            ExitCode::from(2)
        }
    }
}
