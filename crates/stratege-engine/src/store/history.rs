//! Undo and redo, per strategy, for the life of the app (not across restarts).
//! Each edit is recorded as the snapshots of what it touched before and after
//! it ran. Saves of the same field of the same entry in quick succession (the
//! autosave of one burst of typing) are coalesced into one step.

use super::snapshot::Snapshot;
use crate::model::ItemKind;
use serde::Serialize;
use std::collections::HashMap;
use std::time::{Duration, Instant};
use ts_rs::TS;

/// Edits of the same field closer than this to the previous one join its step.
const COALESCE_WINDOW: Duration = Duration::from_secs(3);
/// Steps kept per strategy; the oldest go first.
const DEPTH: usize = 300;

#[derive(Serialize, TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EditVerb {
    Add,
    Edit,
    Delete,
    Move,
    EditStrategy,
    /// Adding, changing or removing a recurring slot.
    EditSlots,
}

/// What a step did, for the UI to say "Undone: delete persona « Marie »".
#[derive(Serialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct EditAction {
    pub verb: EditVerb,
    pub item_kind: Option<ItemKind>,
    /// The entry's name or title at the time, possibly empty.
    pub label: String,
}

#[derive(Serialize, TS, Clone, Debug, PartialEq, Default)]
#[ts(export)]
pub struct HistoryState {
    pub undo: Option<EditAction>,
    pub redo: Option<EditAction>,
}

pub(crate) struct Step {
    pub action: EditAction,
    pub before: Snapshot,
    pub after: Snapshot,
    /// Steps with the same key may merge (same entry, same fields).
    pub coalesce: Option<String>,
    pub at: Instant,
}

#[derive(Default)]
struct Stacks {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

#[derive(Default)]
pub(crate) struct History {
    strategies: HashMap<String, Stacks>,
}

impl History {
    /// Records an edit; a new edit makes the undone steps unreachable.
    pub fn record(&mut self, strategy_id: &str, step: Step) {
        if step.before == step.after {
            return; // a save that changed nothing is not a step
        }
        let stacks = self.strategies.entry(strategy_id.to_string()).or_default();
        stacks.redo.clear();
        if let Some(last) = stacks.undo.last_mut() {
            let joins = step.coalesce.is_some()
                && step.coalesce == last.coalesce
                && step.at.duration_since(last.at) < COALESCE_WINDOW;
            if joins {
                last.after = step.after;
                last.at = step.at;
                return;
            }
        }
        stacks.undo.push(step);
        if stacks.undo.len() > DEPTH {
            stacks.undo.remove(0);
        }
    }

    pub fn pop_undo(&mut self, strategy_id: &str) -> Option<Step> {
        let stacks = self.strategies.get_mut(strategy_id)?;
        let step = stacks.undo.pop();
        // Typing after an undo starts a new step, never amends an older one.
        if let Some(last) = stacks.undo.last_mut() {
            last.coalesce = None;
        }
        step
    }

    pub fn pop_redo(&mut self, strategy_id: &str) -> Option<Step> {
        self.strategies.get_mut(strategy_id)?.redo.pop()
    }

    /// A step that was undone, ready to be redone.
    pub fn push_redo(&mut self, strategy_id: &str, step: Step) {
        self.strategies
            .entry(strategy_id.to_string())
            .or_default()
            .redo
            .push(step);
    }

    /// A step that was redone, ready to be undone again (never merged).
    pub fn push_undo(&mut self, strategy_id: &str, mut step: Step) {
        step.coalesce = None;
        self.strategies
            .entry(strategy_id.to_string())
            .or_default()
            .undo
            .push(step);
    }

    /// Forgets a strategy's steps (deleted, replaced by an import, or a step failed).
    pub fn forget(&mut self, strategy_id: &str) {
        self.strategies.remove(strategy_id);
    }

    pub fn state(&self, strategy_id: &str) -> HistoryState {
        let Some(stacks) = self.strategies.get(strategy_id) else {
            return HistoryState::default();
        };
        HistoryState {
            undo: stacks.undo.last().map(|s| s.action.clone()),
            redo: stacks.redo.last().map(|s| s.action.clone()),
        }
    }
}
