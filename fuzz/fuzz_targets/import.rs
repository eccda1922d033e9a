//! Any bytes, handed to the import exactly as a file dropped on the window:
//! the hardened read, then the import into a library. Must never panic, hang
//! or crash; refusals are the expected outcome for almost every input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;
use stratege_engine::store::{ImportMode, Library};

thread_local! {
    static LIBRARY: RefCell<Library> = RefCell::new(Library::open_in_memory().expect("an in-memory library"));
}

fuzz_target!(|data: &[u8]| {
    LIBRARY.with(|library| {
        // Ask: an input that imports twice is a conflict and writes nothing, so the library stays small.
        let _ = library.borrow_mut().import_bytes(data, ImportMode::Ask);
    });
});
