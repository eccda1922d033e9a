//! `.strategy` files: one strategy in its own SQLite database (SQLite's
//! "application file format"), marked with its own `application_id` and a
//! format version, written atomically and read through a hardened connection.

mod bytes;
pub mod phases;
mod read;
mod temp;
mod write;

pub use bytes::read_bytes;
pub(crate) use bytes::read_bytes_checked;
pub use read::read_file;
pub(crate) use read::read_checked;
pub use write::write_file;

use crate::error::{Error, ErrorReport};

/// `PRAGMA application_id` of a `.strategy` file ("STRG").
pub const STRATEGY_APPLICATION_ID: i32 = 0x5354_5247;
/// Version of the file format; bumped when a file would not read in an older app.
pub const FORMAT_VERSION: i64 = 1;
/// The file extension, without the dot.
pub const EXTENSION: &str = "strategy";
/// Files larger than this are refused before SQLite opens them.
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// An import or export failure as the user should read it: a newer file names
/// its format version (the generic wording speaks of the library).
pub fn report(error: &Error) -> ErrorReport {
    match error {
        Error::NewerVersion { found, supported } => ErrorReport {
            kind: error.kind(),
            message: format!(
                "this file was written by a newer version of Stratège (version {found}; this version reads up to {supported}); update Stratège to open it"
            ),
        },
        other => ErrorReport::from(other),
    }
}
