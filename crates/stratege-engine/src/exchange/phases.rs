//! Where an export or an import spends its time, for `examples/bench_exchange.rs`.
//! Nothing is kept unless the caller wraps the work in `record` on its thread;
//! otherwise `mark` is one thread-local check.

use std::cell::RefCell;
use std::time::{Duration, Instant};

/// Each phase's name and duration, in the order they ended.
pub type Phases = Vec<(&'static str, Duration)>;

thread_local! {
    static RECORDING: RefCell<Option<(Instant, Phases)>> = const { RefCell::new(None) };
}

/// Runs `work` and returns its result with the phases it marked; the time
/// after the last mark is the phase "rest".
pub fn record<T>(work: impl FnOnce() -> T) -> (T, Phases) {
    RECORDING.with(|recording| *recording.borrow_mut() = Some((Instant::now(), Vec::new())));
    let value = work();
    let phases = RECORDING.with(|recording| recording.borrow_mut().take()).map_or_else(Vec::new, |(since, mut phases)| {
        phases.push(("rest", since.elapsed()));
        phases
    });
    (value, phases)
}

/// Ends the phase `name`: the time since the previous mark, or since `record` began.
pub(crate) fn mark(name: &'static str) {
    RECORDING.with(|recording| {
        if let Some((since, phases)) = recording.borrow_mut().as_mut() {
            let now = Instant::now();
            phases.push((name, now - *since));
            *since = now;
        }
    });
}
