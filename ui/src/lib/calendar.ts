// The editorial calendar's logic that lives in the UI: which items a day shows
// (filters, order), what the engine's move answer changes in the list, and the
// recurring slots still open on a day. Dates and grids come from the engine.
import type { CalendarFilters } from './generated/CalendarFilters';
import type { ContentItem } from './generated/ContentItem';
import type { ContentMove } from './generated/ContentMove';
import type { ContentStatus } from './generated/ContentStatus';
import type { Language } from './generated/Language';
import type { RecurringSlot } from './generated/RecurringSlot';

/** Status colours (with the legend); readable with dark text. */
export const STATUS_COLORS: Record<ContentStatus, string> = {
  idea: '#e0e0e0',
  draft: '#ffe082',
  in_review: '#ffcc80',
  approved: '#a5d6a7',
  scheduled: '#90caf9',
  published: '#ce93d8',
};

export const NO_FILTERS: CalendarFilters = { channel_ids: [], persona_ids: [], pillars: [], statuses: [], owner_ids: [] };

export function filterCount(f: CalendarFilters): number {
  return f.channel_ids.length + f.persona_ids.length + f.pillars.length + f.statuses.length + f.owner_ids.length;
}

/** Fields combine (AND); the values chosen for one field are alternatives (OR). */
export function matches(item: ContentItem, f: CalendarFilters): boolean {
  const among = <T>(chosen: readonly T[], value: T | null) => chosen.length === 0 || (value !== null && chosen.includes(value));
  return (
    among(f.channel_ids, item.channel_id) &&
    among(f.persona_ids, item.persona_id) &&
    among(f.pillars, item.pillar.trim() || null) &&
    among(f.statuses, item.status) &&
    among(f.owner_ids, item.owner_id)
  );
}

export interface ByDay {
  /** 'YYYY-MM-DD' → the day's items in list order (the order within the day). */
  days: Map<string, ContentItem[]>;
  /** Undated items, in list order. */
  backlog: ContentItem[];
}

/** One pass over the whole list (5,000 items): the views then only read the days they show. */
export function groupByDay(list: readonly ContentItem[], filters: CalendarFilters): ByDay {
  const days = new Map<string, ContentItem[]>();
  const backlog: ContentItem[] = [];
  const all = filterCount(filters) === 0;
  for (const item of list) {
    if (!all && !matches(item, filters)) continue;
    if (item.date === null) {
      backlog.push(item);
      continue;
    }
    const day = days.get(item.date);
    if (day) day.push(item);
    else days.set(item.date, [item]);
  }
  return { days, backlog };
}

/** The list after the engine's move: the moved item's new day and time, in the engine's order. */
export function applyMove(list: readonly ContentItem[], move: ContentMove): ContentItem[] {
  const byId = new Map(list.map((item) => [item.id, item]));
  const moved = byId.get(move.id);
  if (moved) {
    moved.date = move.date;
    moved.time = move.time;
  }
  const ordered = move.order.map((id) => byId.get(id)).filter((item): item is ContentItem => item !== undefined);
  // Items the engine did not list (added meanwhile) stay at the end.
  const listed = new Set(move.order);
  return [...ordered, ...list.filter((item) => !listed.has(item.id))];
}

/** The list as it looks while the move is on its way: the item on its new day at `index`. */
export function previewMove(list: readonly ContentItem[], id: string, date: string | null, index: number): ContentItem[] {
  const moved = list.find((item) => item.id === id);
  if (!moved) return [...list];
  const rest = list.filter((item) => item.id !== id);
  const sameDay = rest.map((item, at) => ({ item, at })).filter(({ item }) => item.date === date);
  const target = sameDay[index]?.at ?? (sameDay.length ? sameDay[sameDay.length - 1]!.at + 1 : list.indexOf(moved));
  const copy = { ...moved, date, time: date === null ? null : moved.time };
  rest.splice(Math.min(target, rest.length), 0, copy);
  return rest;
}

/** The slots of `weekday` (1 = Monday) not yet taken by an item of that channel at that time. */
export function openSlots(slots: readonly RecurringSlot[], weekday: number, items: readonly ContentItem[]): RecurringSlot[] {
  return slots.filter(
    (slot) => slot.weekday === weekday && !items.some((item) => item.channel_id === slot.channel_id && item.time === slot.time),
  );
}

/** At most `max` items shown in a month cell; the rest is "+N". */
export function fitDay<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  if (items.length <= max) return { shown: [...items], more: 0 };
  return { shown: items.slice(0, max - 1), more: items.length - (max - 1) };
}

/** The locale that decides the first weekday: French weeks start on Monday; English follows the OS. */
export function calendarLocale(language: Language, osLocale: string): string {
  if (language === 'fr') return 'fr-FR';
  return osLocale.toLowerCase().startsWith('en') ? osLocale : 'en-US';
}

/** Today on this computer, 'YYYY-MM-DD'. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
