//! The rules a whole strategy passes before it is written or accepted from a
//! file: every field, and every reference between its entries, checked in
//! memory (no query per entry).

use super::item_rows::references;
use super::strategies::entries;
use crate::error::{Error, Result};
use crate::model::{validate, ItemKind, ItemRef, Strategy};
use std::collections::HashSet;

pub(crate) fn check(strategy: &Strategy) -> Result<()> {
    validate::meta(&strategy.meta)?;
    let entries = entries(strategy);
    entries
        .iter()
        .try_for_each(|entry| validate::entry(*entry))?;
    references_resolve(&entries)?;
    slots_resolve(strategy)
}

/// Every slot is well formed and belongs to a channel of the strategy.
fn slots_resolve(strategy: &Strategy) -> Result<()> {
    let channels: HashSet<&str> = strategy.channels.iter().map(|c| c.id.as_str()).collect();
    for slot in &strategy.slots {
        validate::slot(slot)?;
        if !channels.contains(slot.channel_id.as_str()) {
            return Err(Error::invalid(
                "channel_id",
                "refers to something that is not in this strategy",
            ));
        }
    }
    Ok(())
}

/// Every reference of every entry names an entry of the same strategy: a file
/// may point at entries it does not hold, or that belong to another strategy.
fn references_resolve(entries: &[ItemRef<'_>]) -> Result<()> {
    let own: HashSet<(ItemKind, &str)> = entries
        .iter()
        .map(|entry| (entry.kind(), entry.id()))
        .collect();
    for entry in entries {
        for (kind, id, field) in references(*entry) {
            if !own.contains(&(kind, id)) {
                return Err(Error::invalid(
                    field,
                    "refers to something that is not in this strategy",
                ));
            }
        }
    }
    Ok(())
}

/// A strategy that passed `check`, so that a file read (and checked) on its
/// way into the library is not checked a second time. Only `new` makes one.
pub(crate) struct Checked(Strategy);

impl Checked {
    pub(crate) fn new(strategy: Strategy) -> Result<Checked> {
        check(&strategy)?;
        Ok(Checked(strategy))
    }

    pub(crate) fn into_inner(self) -> Strategy {
        self.0
    }

    /// Still checked: fresh ids are short, and every reference, which resolved
    /// before, is rewritten through the same map as the ids it names.
    pub(crate) fn with_new_ids(&self) -> Checked {
        Checked(self.0.with_new_ids())
    }
}

impl std::ops::Deref for Checked {
    type Target = Strategy;

    fn deref(&self) -> &Strategy {
        &self.0
    }
}
