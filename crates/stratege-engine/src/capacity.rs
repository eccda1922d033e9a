//! Step 7's resources: the weekly hours the channel plan needs against the
//! hours the team can give. Only channels in the plan (active or in test)
//! need hours now; "later" and "dropped" ones do not.

use crate::model::{Channel, ChannelStatus, TeamMember};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One team member's load: the hours of the channels they own against their availability.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct MemberLoad {
    pub member_id: String,
    pub needed_hours: f64,
    /// None when the member's availability is not known yet.
    pub available_hours: Option<f64>,
    pub is_over: bool,
}

/// The plan's weekly hours against the team's.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
#[ts(export)]
pub struct Capacity {
    /// Sum of `hours_per_week` of the active and test channels.
    pub needed_hours: f64,
    /// Sum of the team members' `hours_per_week`.
    pub available_hours: f64,
    /// How many hours the plan needs beyond what the team has (0 when it fits).
    pub over_by: f64,
    pub is_over: bool,
    /// Hours of planned channels that nobody owns.
    pub unassigned_hours: f64,
    /// Every team member, in team order.
    pub members: Vec<MemberLoad>,
}

/// Whether a channel's hours count now.
pub fn is_planned(channel: &Channel) -> bool {
    matches!(channel.status, ChannelStatus::Active | ChannelStatus::Test)
}

/// Tolerance for sums of decimal hours (0.1 + 0.2 is not 0.3 in binary).
const EPSILON: f64 = 1e-9;

pub fn capacity(team: &[TeamMember], channels: &[Channel]) -> Capacity {
    let planned: Vec<&Channel> = channels.iter().filter(|c| is_planned(c)).collect();
    let hours = |c: &Channel| c.hours_per_week.unwrap_or(0.0);
    let needed_hours: f64 = planned.iter().map(|c| hours(c)).sum();
    let available_hours: f64 = team.iter().map(|m| m.hours_per_week.unwrap_or(0.0)).sum();
    let is_known = |id: &Option<String>| id.as_ref().is_some_and(|id| team.iter().any(|m| &m.id == id));
    let unassigned_hours: f64 = planned.iter().filter(|c| !is_known(&c.owner_id)).map(|c| hours(c)).sum();
    let members = team
        .iter()
        .map(|member| {
            let needed: f64 = planned
                .iter()
                .filter(|c| c.owner_id.as_deref() == Some(member.id.as_str()))
                .map(|c| hours(c))
                .sum();
            let available = member.hours_per_week;
            MemberLoad {
                member_id: member.id.clone(),
                needed_hours: needed,
                available_hours: available,
                is_over: needed > available.unwrap_or(0.0) + EPSILON,
            }
        })
        .collect();
    let over = needed_hours - available_hours;
    Capacity {
        needed_hours,
        available_hours,
        over_by: if over > EPSILON { over } else { 0.0 },
        is_over: over > EPSILON,
        unassigned_hours,
        members,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, ItemKind};

    fn member(id: &str, hours: Option<f64>) -> TeamMember {
        let Item::TeamMember(m) = Item::blank(ItemKind::TeamMember) else { unreachable!() };
        TeamMember { id: id.into(), hours_per_week: hours, ..m }
    }

    fn channel(owner: Option<&str>, hours: Option<f64>, status: ChannelStatus) -> Channel {
        let Item::Channel(c) = Item::blank(ItemKind::Channel) else { unreachable!() };
        Channel { owner_id: owner.map(Into::into), hours_per_week: hours, status, ..c }
    }

    #[test]
    fn an_empty_plan_fits() {
        let c = capacity(&[], &[]);
        assert_eq!((c.needed_hours, c.available_hours, c.is_over, c.over_by), (0.0, 0.0, false, 0.0));
    }

    #[test]
    fn only_active_and_test_channels_need_hours() {
        let team = [member("a", Some(10.0))];
        let channels = [
            channel(Some("a"), Some(4.0), ChannelStatus::Active),
            channel(Some("a"), Some(3.0), ChannelStatus::Test),
            channel(Some("a"), Some(50.0), ChannelStatus::Later),
            channel(Some("a"), Some(50.0), ChannelStatus::Dropped),
        ];
        let c = capacity(&team, &channels);
        assert_eq!(c.needed_hours, 7.0);
        assert!(!c.is_over);
        assert_eq!(c.members[0].needed_hours, 7.0);
    }

    #[test]
    fn over_capacity_says_by_how_much() {
        let team = [member("a", Some(2.5)), member("b", None)];
        let channels = [channel(Some("a"), Some(4.0), ChannelStatus::Active), channel(None, Some(1.0), ChannelStatus::Active)];
        let c = capacity(&team, &channels);
        assert_eq!((c.needed_hours, c.available_hours), (5.0, 2.5));
        assert!(c.is_over);
        assert_eq!(c.over_by, 2.5);
        assert_eq!(c.unassigned_hours, 1.0);
    }

    #[test]
    fn exactly_full_is_not_over_despite_decimal_sums() {
        let team = [member("a", Some(0.3))];
        let channels = [
            channel(Some("a"), Some(0.1), ChannelStatus::Active),
            channel(Some("a"), Some(0.2), ChannelStatus::Active),
        ];
        let c = capacity(&team, &channels);
        assert!(!c.is_over, "{c:?}");
        assert!(!c.members[0].is_over);
    }

    #[test]
    fn a_member_can_be_over_while_the_team_fits() {
        let team = [member("a", Some(2.0)), member("b", Some(20.0))];
        let channels = [channel(Some("a"), Some(5.0), ChannelStatus::Active)];
        let c = capacity(&team, &channels);
        assert!(!c.is_over);
        assert!(c.members[0].is_over);
        assert!(!c.members[1].is_over);
        assert_eq!(c.members[1].needed_hours, 0.0);
    }

    #[test]
    fn an_owner_outside_the_team_counts_as_unassigned() {
        let c = capacity(&[member("a", Some(1.0))], &[channel(Some("gone"), Some(3.0), ChannelStatus::Active)]);
        assert_eq!(c.unassigned_hours, 3.0);
        assert_eq!(c.members[0].needed_hours, 0.0);
    }

    #[test]
    fn hours_left_empty_count_as_zero() {
        let c = capacity(&[member("a", None)], &[channel(Some("a"), None, ChannelStatus::Active)]);
        assert_eq!((c.needed_hours, c.available_hours, c.is_over), (0.0, 0.0, false));
        assert_eq!(c.members[0].available_hours, None);
    }
}
