//! A `.strategy` file that arrives as bytes (dropped on the window): written to
//! a private temporary file, then read through the same hardened path as any file.

use super::temp::TempCopy;
use super::read::read_checked;
use super::MAX_FILE_BYTES;
use crate::error::{Error, Result};
use crate::model::Strategy;
use crate::store::Checked;

pub fn read_bytes(bytes: &[u8]) -> Result<Strategy> {
    read_bytes_checked(bytes).map(Checked::into_inner)
}

pub(crate) fn read_bytes_checked(bytes: &[u8]) -> Result<Checked> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::NotAStrategyFile(format!(
            "the file is {} bytes; at most {MAX_FILE_BYTES} are accepted",
            bytes.len()
        )));
    }
    let copy = TempCopy::of_bytes(bytes)?;
    read_checked(copy.path())
}
