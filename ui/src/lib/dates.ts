// Dates as the backend stores them ('YYYY-MM-DD', RFC 3339) and as people read them.
import type { Language } from './generated/Language';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

// Building an Intl formatter is slow next to using one: keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], options);
    formatters.set(key, found);
  }
  return found;
}

/** "12 mars 2026 à 14:05" / "12 Mar 2026, 14:05" from an RFC 3339 stamp; the raw text if unreadable. */
export function formatStamp(stamp: string, language: Language): string {
  const date = new Date(stamp);
  if (Number.isNaN(date.getTime())) return stamp;
  return formatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date 'YYYY-MM-DD' in long form ("jeudi 12 mars 2026"). */
export function formatDay(day: string, language: Language): string {
  const date = parseDay(day);
  if (!date) return day;
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** 'YYYY-MM-DD' as a UTC date, or null when it is not a real day. */
export function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
  return real ? date : null;
}

/** 'YYYY-MM' of a 'YYYY-MM-DD' day, or null when the day is unreadable. */
export function monthOf(day: string | null): string | null {
  return day && parseDay(day) ? day.slice(0, 7) : null;
}

/** "Mars 2026" / "March 2026" for 'YYYY-MM'. */
export function formatMonth(month: string, language: Language): string {
  const date = parseDay(`${month}-01`);
  if (!date) return month;
  const text = formatter(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return text.charAt(0).toLocaleUpperCase(LOCALES[language]) + text.slice(1);
}

export interface MonthGroup<T> {
  /** 'backlog' for undated entries, else 'YYYY-MM'. */
  key: string;
  /** Entries of the group with their index in the full list, in list order. */
  entries: { entry: T; index: number }[];
}

/** Undated entries first (the backlog), then one group per month in calendar order. */
export function groupByMonth<T extends { date: string | null }>(list: readonly T[]): MonthGroup<T>[] {
  const groups = new Map<string, MonthGroup<T>>();
  list.forEach((entry, index) => {
    const key = monthOf(entry.date) ?? 'backlog';
    let group = groups.get(key);
    if (!group) {
      group = { key, entries: [] };
      groups.set(key, group);
    }
    group.entries.push({ entry, index });
  });
  return [...groups.values()].sort((a, b) => {
    if (a.key === b.key) return 0;
    if (a.key === 'backlog') return -1;
    if (b.key === 'backlog') return 1;
    return a.key < b.key ? -1 : 1;
  });
}
