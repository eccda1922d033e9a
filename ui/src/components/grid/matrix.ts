// The channel × persona matrix: a cell's level, and the persona fields that
// hold it. A persona reaches a channel when the channel is in `channel_ids`;
// `primary_channel_ids` (a subset, checked by the engine) marks the ones that matter most.
import type { Persona } from '../../lib/generated/Persona';

export type Level = 'none' | 'secondary' | 'primary';

export const LEVELS: readonly Level[] = ['none', 'secondary', 'primary'];

type Links = Pick<Persona, 'channel_ids' | 'primary_channel_ids'>;

export function levelOf(persona: Links, channelId: string): Level {
  if (!persona.channel_ids.includes(channelId)) return 'none';
  return persona.primary_channel_ids.includes(channelId) ? 'primary' : 'secondary';
}

/** The level a click or Space gives: none → secondary → primary → none. */
export function nextLevel(level: Level): Level {
  return LEVELS[(LEVELS.indexOf(level) + 1) % LEVELS.length] ?? 'none';
}

/** Writes `level` into the persona's links, keeping the order of the other channels. */
export function setLevel(persona: Links, channelId: string, level: Level): void {
  const reachable = persona.channel_ids.includes(channelId);
  if (level === 'none') {
    if (reachable) persona.channel_ids = persona.channel_ids.filter((id) => id !== channelId);
  } else if (!reachable) {
    persona.channel_ids = [...persona.channel_ids, channelId];
  }
  const primary = persona.primary_channel_ids.includes(channelId);
  if (level === 'primary' && !primary) persona.primary_channel_ids = [...persona.primary_channel_ids, channelId];
  if (level !== 'primary' && primary) {
    persona.primary_channel_ids = persona.primary_channel_ids.filter((id) => id !== channelId);
  }
}

export interface Total {
  reached: number;
  primary: number;
}

/** Per channel: how many personas it reaches, and for how many it is primary. */
export function channelTotals(channelIds: readonly string[], personas: readonly Links[]): Map<string, Total> {
  const totals = new Map(channelIds.map((id) => [id, { reached: 0, primary: 0 }]));
  for (const persona of personas) {
    for (const id of persona.channel_ids) {
      const total = totals.get(id);
      if (total) total.reached += 1;
    }
    for (const id of persona.primary_channel_ids) {
      const total = totals.get(id);
      if (total) total.primary += 1;
    }
  }
  return totals;
}

/** Per persona: how many of `channelIds` reach it, and how many are primary. */
export function personaTotal(persona: Links, channelIds: ReadonlySet<string>): Total {
  return {
    reached: persona.channel_ids.filter((id) => channelIds.has(id)).length,
    primary: persona.primary_channel_ids.filter((id) => channelIds.has(id)).length,
  };
}
