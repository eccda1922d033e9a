//! `stratege-cli sample -o FILE`: the bundled sample strategy as a `.strategy` file.

use super::{with_extension, STRATEGY_EXTENSION};
use std::path::PathBuf;
use stratege_engine::{exchange, sample, Error};

pub fn run(output: PathBuf) -> Result<String, Error> {
    let output = with_extension(output, STRATEGY_EXTENSION);
    exchange::write_file(&sample::strategy(), &output)?;
    Ok(format!("wrote {}", output.display()))
}
