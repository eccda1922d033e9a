// Labels and <select> options for enums and for references between entries.
import type { Channel } from './generated/Channel';
import type { ItemKind } from './generated/ItemKind';
import type { Strategy } from './generated/Strategy';
import { t, type MessageKey } from './i18n/index.svelte';
import type fr from './i18n/fr.json';
import type { EntryByKind } from './items';

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

type Enums = (typeof fr)['enum'];
/** The values of an enum group that have a label: the compiler checks every value passed. */
type Labelled<G extends keyof Enums> = keyof Enums[G] & string;

/** Options for an enum whose labels live under `enum.<group>.<value>`. */
export function enumOptions<G extends keyof Enums, T extends Labelled<G>>(group: G, values: readonly T[]): Option<T>[] {
  return values.map((value) => ({ value, label: enumLabel(group, value) }));
}

export function enumLabel<G extends keyof Enums>(group: G, value: Labelled<G>): string {
  return t(`enum.${group}.${value}` as MessageKey);
}

/** A channel as people name it: its platform, or its own name for a custom one. */
export function channelName(channel: Channel): string {
  if (channel.platform === 'custom') return channel.custom_name.trim() || t('enum.platform.custom');
  return t(`enum.platform.${channel.platform}`);
}

export function channelOptions(strategy: Strategy): Option[] {
  return strategy.channels.map((channel) => ({ value: channel.id, label: channelName(channel) }));
}

export function teamOptions(strategy: Strategy): Option[] {
  return strategy.team.map((member) => ({
    value: member.id,
    label: member.name.trim() || t('items.team_member.untitled'),
  }));
}

export function personaOptions(strategy: Strategy): Option[] {
  return strategy.personas.map((persona) => ({
    value: persona.id,
    label: persona.name.trim() || t('items.persona.untitled'),
  }));
}

/** The name an entry goes by in headings, confirmations and announcements. */
export function entryName<K extends ItemKind>(kind: K, entry: EntryByKind[K]): string {
  const untitled = t(`items.${kind as ItemKind}.untitled`);
  const pick = (text: string) => text.trim() || untitled;
  const e = entry as EntryByKind[ItemKind];
  switch (kind as ItemKind) {
    case 'team_member':
    case 'competitor':
    case 'persona':
    case 'kpi':
      return pick((e as EntryByKind['team_member']).name);
    case 'objective': {
      const objective = e as EntryByKind['objective'];
      return objective.kind === 'other' && objective.other_label.trim()
        ? objective.other_label.trim()
        : enumLabel('objective_kind', objective.kind);
    }
    case 'finding':
      return pick((e as EntryByKind['finding']).source);
    case 'channel':
      return channelName(e as EntryByKind['channel']);
    case 'content_item':
      return pick((e as EntryByKind['content_item']).title);
  }
}
