//! Step 7's channel matrix: the plan's hours against the team's (pure arithmetic, no database).

use super::Reply;
use stratege_engine::capacity::{capacity, Capacity};
use stratege_engine::model::{Channel, TeamMember};

#[tauri::command]
pub fn channel_capacity(team: Vec<TeamMember>, channels: Vec<Channel>) -> Reply<Capacity> {
    Ok(capacity(&team, &channels))
}
