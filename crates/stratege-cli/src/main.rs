//! `stratege-cli`: works on `.strategy` files for automation and batch work.
//! Every subcommand goes through `stratege-engine`, the same code as the app.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use stratege_engine::{exchange, sample, Error};

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

/// Adds `.strategy` when the user left the extension out.
fn with_extension(path: PathBuf) -> PathBuf {
    match path.extension() {
        Some(ext) if ext == exchange::EXTENSION => path,
        _ => {
            let mut name = path.into_os_string();
            name.push(".");
            name.push(exchange::EXTENSION);
            PathBuf::from(name)
        }
    }
}

fn run(cli: Cli) -> Result<String, Error> {
    match cli.command {
        Command::Sample { output } => {
            let output = with_extension(output);
            exchange::write_file(&sample::strategy(), &output)?;
            Ok(format!("wrote {}", output.display()))
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("stratege-cli: {error}");
            ExitCode::from(2)
        }
    }
}
