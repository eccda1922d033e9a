// The persona board's logic, kept out of the components so it is unit tested:
// columns by priority, where a drop lands in the one ordered list, what a card
// shows at a glance, and the coach's advice about one persona.
import type { Advice } from './generated/Advice';
import type { Persona } from './generated/Persona';
import type { PersonaPriority } from './generated/PersonaPriority';
import type { Report } from './generated/Report';

/** The board's columns, left to right. */
export const PRIORITIES = ['primary', 'secondary', 'other'] as const satisfies readonly PersonaPriority[];

// Compile-time proof that PRIORITIES lists every PersonaPriority the engine knows.
type Missing = Exclude<PersonaPriority, (typeof PRIORITIES)[number]>;
const complete: Missing extends never ? true : false = true;
void complete;

export type Columns = Record<PersonaPriority, Persona[]>;

/** The personas of each column, in list order. */
export function columnsOf(personas: readonly Persona[]): Columns {
  const columns: Columns = { primary: [], secondary: [], other: [] };
  for (const persona of personas) columns[persona.priority].push(persona);
  return columns;
}

/**
 * The index in the whole list (as `move_item` takes it: counted once the moved
 * persona is taken out) that puts persona `id` at `position` of column `priority`.
 * `personas` is the list before the move; only the moved persona's own priority
 * may differ from where it lands.
 */
export function listIndexFor(
  personas: readonly Pick<Persona, 'id' | 'priority'>[],
  id: string,
  priority: PersonaPriority,
  position: number,
): number {
  const others = personas.filter((p) => p.id !== id);
  const column = others.flatMap((p, index) => (p.priority === priority ? [index] : []));
  const at = column[Math.max(0, position)];
  if (at !== undefined) return at;
  const last = column[column.length - 1];
  if (last !== undefined) return last + 1;
  // An empty column: after every persona of the columns to its left, so the
  // list order still reads column by column (what the PDF follows).
  const rank = PRIORITIES.indexOf(priority);
  let after = 0;
  others.forEach((p, index) => {
    if (PRIORITIES.indexOf(p.priority) < rank) after = index + 1;
  });
  return after;
}

/** Up to two letters for an initials avatar ("Anne-Sophie Roux" → "AR"), whole characters only. */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-–—'’,.]+/u)
    .filter((word) => /\p{L}|\p{N}/u.test(word));
  const first = (word: string | undefined) => (word ? (Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '') : '');
  const letters = words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
  return letters.toLocaleUpperCase();
}

/** The first item of a free-text list ("Authenticité, savoir-faire…" → "Authenticité"): the card's "top" value or challenge. */
export function firstPoint(text: string): string {
  const [head] = text
    .split(/[\n;•]|,\s|\.\s/u)
    .map((part) => part.trim().replace(/[.,;:]+$/u, ''))
    .filter(Boolean);
  return head ?? '';
}

/** The first sentence of a text: the card's line on age and situation. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[.;!?](\s|$)/u);
  return end === -1 ? trimmed : trimmed.slice(0, end + 1);
}

/** What the coach says about persona `id`, most severe first. */
export function adviceFor(report: Report | null, id: string): Advice[] {
  if (!report) return [];
  const order = { blocker: 0, warning: 1, tip: 2 } as const;
  return report.advice
    .filter((advice) => advice.target.kind === 'persona' && advice.target.item_id === id)
    .sort((a, b) => order[a.severity] - order[b.severity]);
}
