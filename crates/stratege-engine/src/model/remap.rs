//! Gives a strategy and every entry in it fresh ids, keeping every reference
//! pointing at the same entry: what duplication and "import as a copy" need.

use super::*;
use std::collections::HashMap;

impl Strategy {
    pub fn with_new_ids(&self) -> Strategy {
        let mut map: HashMap<String, String> = HashMap::new();
        let mut fresh = |old: &str| map.entry(old.to_string()).or_insert_with(new_id).clone();
        let mut copy = self.clone();
        copy.meta.id = fresh(&self.meta.id);
        for x in &mut copy.team {
            x.id = fresh(&x.id);
        }
        for x in &mut copy.objectives {
            x.id = fresh(&x.id);
        }
        for x in &mut copy.findings {
            x.id = fresh(&x.id);
        }
        for x in &mut copy.competitors {
            x.id = fresh(&x.id);
        }
        for x in &mut copy.channels {
            x.id = fresh(&x.id);
        }
        for x in &mut copy.personas {
            x.id = fresh(&x.id);
        }
        for x in &mut copy.kpis {
            x.id = fresh(&x.id);
        }
        for x in &mut copy.content {
            x.id = fresh(&x.id);
        }
        // Every id now has its new value; references are rewritten through the same map.
        let lookup = |old: &Option<String>| old.as_ref().and_then(|id| map.get(id).cloned());
        let lookup_all =
            |old: &[String]| old.iter().filter_map(|id| map.get(id).cloned()).collect();
        for x in &mut copy.channels {
            x.owner_id = lookup(&x.owner_id);
        }
        for x in &mut copy.personas {
            x.channel_ids = lookup_all(&x.channel_ids);
            x.primary_channel_ids = lookup_all(&x.primary_channel_ids);
        }
        for x in &mut copy.kpis {
            x.owner_id = lookup(&x.owner_id);
            x.channel_ids = lookup_all(&x.channel_ids);
        }
        for x in &mut copy.content {
            x.channel_id = lookup(&x.channel_id);
            x.persona_id = lookup(&x.persona_id);
            x.owner_id = lookup(&x.owner_id);
        }
        // A slot of a channel the strategy does not hold has nothing to refer to.
        copy.slots.retain(|x| map.contains_key(&x.channel_id));
        for x in &mut copy.slots {
            x.channel_id = map.get(&x.channel_id).cloned().unwrap_or_default();
            x.id = new_id();
        }
        copy
    }
}
