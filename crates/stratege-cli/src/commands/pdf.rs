//! `stratege-cli pdf FILE.strategy [-o OUT.pdf] [--lang fr|en]`: the client
//! deliverable of a `.strategy` file, rendered by the engine (the same code as
//! the app's export) and written atomically (temp file, then rename).

use super::with_extension;
use std::path::PathBuf;
use stratege_engine::files::write_atomically;
use stratege_engine::model::Language;
use stratege_engine::pdf::{local_today, render, PdfOptions};
use stratege_engine::{exchange, Error};

pub const PDF_EXTENSION: &str = "pdf";

pub fn run(input: PathBuf, output: Option<PathBuf>, language: Option<String>) -> Result<String, Error> {
    let language = match language.as_deref() {
        None => None,
        Some(code) => Some(
            Language::parse(&code.to_ascii_lowercase())
                .ok_or_else(|| Error::invalid("lang", format!("unknown language {code:?}: use fr or en")))?,
        ),
    };
    let strategy = exchange::read_file(&input)?;
    let output = match output {
        Some(path) => with_extension(path, PDF_EXTENSION),
        None => input.with_extension(PDF_EXTENSION),
    };
    let mut options = PdfOptions::for_strategy(&strategy, local_today());
    if let Some(language) = language {
        options.language = language;
    }
    let bytes = render(&strategy, &options)?;
    write_atomically(&output, &bytes)?;
    Ok(format!("wrote {} ({} KB)", output.display(), bytes.len().div_ceil(1024)))
}
