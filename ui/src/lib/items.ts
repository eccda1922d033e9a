// The generic list entries: which Strategy list holds each ItemKind, and the
// conversion between a plain entry and the tagged `Item` the backend takes.
import type { Channel } from './generated/Channel';
import type { Competitor } from './generated/Competitor';
import type { ContentItem } from './generated/ContentItem';
import type { Finding } from './generated/Finding';
import type { Item } from './generated/Item';
import type { ItemKind } from './generated/ItemKind';
import type { Kpi } from './generated/Kpi';
import type { Objective } from './generated/Objective';
import type { Persona } from './generated/Persona';
import type { Strategy } from './generated/Strategy';
import type { TeamMember } from './generated/TeamMember';

export interface EntryByKind {
  team_member: TeamMember;
  objective: Objective;
  finding: Finding;
  competitor: Competitor;
  persona: Persona;
  kpi: Kpi;
  channel: Channel;
  content_item: ContentItem;
}

export type Entry = EntryByKind[ItemKind];

/** Entries shown under one heading, with their index in the whole list. */
export interface EntryGroup<T> {
  key: string;
  label: string;
  entries: { entry: T; index: number }[];
}

/** The Strategy field holding each kind's list. */
export const LIST_OF = {
  team_member: 'team',
  objective: 'objectives',
  finding: 'findings',
  competitor: 'competitors',
  persona: 'personas',
  kpi: 'kpis',
  channel: 'channels',
  content_item: 'content',
} as const satisfies Record<ItemKind, keyof Strategy>;

// Compile-time proof that LIST_OF and EntryByKind agree with Strategy.
type Agrees = { [K in ItemKind]: Strategy[(typeof LIST_OF)[K]] extends EntryByKind[K][] ? true : false };
const agrees: Agrees = {
  team_member: true,
  objective: true,
  finding: true,
  competitor: true,
  persona: true,
  kpi: true,
  channel: true,
  content_item: true,
};
void agrees;

export function listOf<K extends ItemKind>(strategy: Strategy, kind: K): EntryByKind[K][] {
  return strategy[LIST_OF[kind]] as EntryByKind[K][];
}

export function setListOf<K extends ItemKind>(strategy: Strategy, kind: K, list: EntryByKind[K][]): void {
  (strategy as unknown as Record<string, unknown>)[LIST_OF[kind]] = list;
}

// Compile-time proof that the generated `Item` is tagged by an `item_kind` field
// (not `kind`, which Objective uses for its own field):
// if the Rust side renamed its serde tag, this line would stop compiling
// instead of toItem/fromItem silently sending the wrong shape.
type TaggedByKind = Item extends { item_kind: ItemKind } ? true : false;
const taggedByKind: TaggedByKind = true;
void taggedByKind;

/** The tagged form sent to `updateItem`: the entry's fields plus `item_kind`. */
export function toItem<K extends ItemKind>(kind: K, entry: EntryByKind[K]): Item {
  return { ...entry, item_kind: kind } as unknown as Item;
}

/** The plain entry inside a tagged `Item`. */
export function fromItem<K extends ItemKind>(item: Item): EntryByKind[K] {
  const { item_kind: _tag, ...entry } = item as Item & { item_kind: string };
  void _tag;
  return entry as unknown as EntryByKind[K];
}

/**
 * The list as the backend returned it, reusing the local objects (so the
 * screen keeps its elements) and keeping the local content of entries for
 * which `keepLocal` is true: unsaved edits are never reverted.
 * With `sameShape`, the local order and membership are kept and only the
 * content of entries present in both lists is updated.
 */
export function mergeList<T extends { id: string }>(
  local: T[],
  server: readonly T[],
  keepLocal: (id: string) => boolean,
  sameShape = false,
): T[] {
  const fromServer = new Map(server.map((entry) => [entry.id, entry]));
  const update = (entry: T): T => {
    const incoming = fromServer.get(entry.id);
    if (incoming && !keepLocal(entry.id)) Object.assign(entry, incoming);
    return entry;
  };
  if (sameShape) return local.map(update);
  const byId = new Map(local.map((entry) => [entry.id, entry]));
  return server.map((incoming) => {
    const mine = byId.get(incoming.id);
    return mine ? update(mine) : incoming;
  });
}

/** What the database does when an entry is deleted: references to it become empty. */
export function scrubReferences(strategy: Strategy, kind: ItemKind, id: string): void {
  if (kind === 'team_member') {
    for (const entry of [...strategy.kpis, ...strategy.channels, ...strategy.content]) {
      if (entry.owner_id === id) entry.owner_id = null;
    }
  } else if (kind === 'persona') {
    for (const entry of strategy.content) if (entry.persona_id === id) entry.persona_id = null;
  } else if (kind === 'channel') {
    for (const entry of strategy.content) if (entry.channel_id === id) entry.channel_id = null;
    for (const entry of [...strategy.personas, ...strategy.kpis]) {
      if (entry.channel_ids.includes(id)) entry.channel_ids = entry.channel_ids.filter((x) => x !== id);
    }
    for (const persona of strategy.personas) {
      if (persona.primary_channel_ids.includes(id)) {
        persona.primary_channel_ids = persona.primary_channel_ids.filter((x) => x !== id);
      }
    }
    // A channel's recurring slots go with it (as in the library).
    strategy.slots = strategy.slots.filter((slot) => slot.channel_id !== id);
  }
}
