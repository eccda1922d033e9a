// Numbers as people type and read them in the UI language: "1 200,5" in
// French, "1,200.5" in English. Display goes through Intl.NumberFormat; input
// goes through `parseNumber`, which accepts what a French or English speaker
// types (group separators, a trailing %, the other language's decimal point
// when it cannot be a group separator) and refuses anything ambiguous, so a
// typo is reported rather than saved as a different number.
import type { Language } from './generated/Language';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-US' };

const formatters = new Map<string, Intl.NumberFormat>();

/** `n` in the language's format, with up to `digits` decimals (none when null). */
export function formatNumber(n: number | null, language: Language, digits = 2): string {
  if (n === null) return '';
  const key = `${language}:${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter.format(n);
}

/** A percentage: "12,5 %" in French, "12.5%" in English. The number is in percent. */
export function formatPercent(n: number | null, language: Language, digits = 2): string {
  if (n === null) return '';
  const text = formatNumber(n, language, digits);
  return language === 'fr' ? `${text}\u202f%` : `${text}%`;
}

export type Parsed = { ok: true; value: number | null } | { ok: false };

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** What the user typed, as a number (null for an empty box), or not ok. */
export function parseNumber(typed: string, language: Language): Parsed {
  let text = typed.trim().replace(/%$/, '').trim();
  if (text === '') return typed.trim() === '' ? { ok: true, value: null } : { ok: false };
  let sign = '';
  if (/^[-\u2212]/.test(text)) {
    sign = '-';
    text = text.slice(1);
  }
  // Spaces (plain, no-break, narrow) and apostrophes group digits in both languages.
  text = text.replace(SPACES, '');
  const decimal = language === 'fr' ? ',' : '.';
  const group = language === 'fr' ? '.' : ',';
  if (text.includes(decimal)) {
    // The language's decimal separator is present: the other mark may only group thousands.
    const [whole, fraction, extra] = text.split(decimal);
    if (extra !== undefined || !validGroups(whole ?? '', group) || !/^\d+$/.test(fraction ?? '')) return { ok: false };
    return finish(`${sign}${(whole ?? '').split(group).join('')}.${fraction}`);
  }
  if (text.includes(group)) {
    // "1,200" in English or "1.200" in French groups thousands; "1.5" in French is a decimal point
    // typed from a numeric keypad. Anything else ("1,2" in English) is ambiguous: refused.
    if (validGroups(text, group)) return finish(`${sign}${text.split(group).join('')}`);
    const parts = text.split(group);
    if (language === 'fr' && parts.length === 2 && /^\d+$/.test(parts[0] ?? '') && /^\d+$/.test(parts[1] ?? '')) {
      return finish(`${sign}${parts[0]}.${parts[1]}`);
    }
    return { ok: false };
  }
  return /^\d+$/.test(text) ? finish(`${sign}${text}`) : { ok: false };
}

/** Digits grouped by threes: "1,234,567" (or no group at all). */
function validGroups(text: string, group: string): boolean {
  if (!text.includes(group)) return /^\d+$/.test(text);
  const parts = text.split(group);
  return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function finish(canonical: string): Parsed {
  const value = Number(canonical);
  return Number.isFinite(value) ? { ok: true, value: Object.is(value, -0) ? 0 : value } : { ok: false };
}
