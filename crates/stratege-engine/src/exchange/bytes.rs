//! A `.strategy` file that arrives as bytes (dropped on the window): written to
//! a private temporary file, then read through the same hardened path as any file.

use super::temp::TempCopy;
use super::{read_file, MAX_FILE_BYTES};
use crate::error::{Error, Result};
use crate::model::Strategy;

pub fn read_bytes(bytes: &[u8]) -> Result<Strategy> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::NotAStrategyFile(format!(
            "the file is {} bytes; at most {MAX_FILE_BYTES} are accepted",
            bytes.len()
        )));
    }
    let copy = TempCopy::of_bytes(bytes)?;
    read_file(copy.path())
}
