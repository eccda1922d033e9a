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
