//! Private temporary copies of foreign files (a dropped file's bytes, an older
//! file being brought up to date), removed however the read ends.

use crate::error::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

pub(super) struct TempCopy(PathBuf);

impl TempCopy {
    fn create(bytes: &[u8]) -> Result<TempCopy> {
        let path = std::env::temp_dir().join(format!("stratege-import-{}.strategy", crate::model::new_id()));
        // create_new: never follow or reuse a file someone placed at that name.
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path)?;
        let copy = TempCopy(path);
        file.write_all(bytes)?;
        Ok(copy)
    }

    pub(super) fn of_bytes(bytes: &[u8]) -> Result<TempCopy> {
        Self::create(bytes)
    }

    pub(super) fn of_file(path: &Path) -> Result<TempCopy> {
        Self::create(&std::fs::read(path)?)
    }

    pub(super) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let mut journal = self.0.clone().into_os_string();
        journal.push("-journal");
        let _ = std::fs::remove_file(journal);
    }
}
