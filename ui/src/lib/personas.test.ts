import { describe, expect, it } from 'vitest';
import type { PersonaPriority } from './generated/PersonaPriority';
import type { Report } from './generated/Report';
import { adviceFor, columnsOf, firstPoint, firstSentence, initials, listIndexFor } from './personas';

const p = (id: string, priority: PersonaPriority) => ({ id, priority });

/** What `move_item` does with an index: take the persona out, insert it there. */
function moved<T extends { id: string }>(list: T[], id: string, to: number): string[] {
  const rest = list.filter((x) => x.id !== id);
  const it = list.find((x) => x.id === id);
  if (it) rest.splice(to, 0, it);
  return rest.map((x) => x.id);
}

describe('persona board columns', () => {
  const list = [p('a', 'primary'), p('x', 'secondary'), p('b', 'primary'), p('c', 'primary'), p('y', 'secondary')];

  it('groups by priority keeping the list order', () => {
    const columns = columnsOf(list as never);
    expect(columns.primary.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(columns.secondary.map((x) => x.id)).toEqual(['x', 'y']);
    expect(columns.other).toEqual([]);
  });

  it('reorders within a column', () => {
    // c to the top of the primary column.
    expect(moved(list, 'c', listIndexFor(list, 'c', 'primary', 0))).toEqual(['c', 'a', 'x', 'b', 'y']);
    // a after b.
    expect(moved(list, 'a', listIndexFor(list, 'a', 'primary', 1))).toEqual(['x', 'b', 'a', 'c', 'y']);
    // a to the end of its column.
    const columnOrder = (ids: string[]) => ids.filter((id) => ['a', 'b', 'c'].includes(id));
    expect(columnOrder(moved(list, 'a', listIndexFor(list, 'a', 'primary', 2)))).toEqual(['b', 'c', 'a']);
  });

  it('lands at the asked position of another column', () => {
    // b (now secondary) between x and y.
    const landed = list.map((x) => (x.id === 'b' ? { ...x, priority: 'secondary' as const } : x));
    const ids = moved(landed, 'b', listIndexFor(landed, 'b', 'secondary', 1));
    expect(ids.filter((id) => ['x', 'b', 'y'].includes(id))).toEqual(['x', 'b', 'y']);
    // At the end of the secondary column.
    const end = moved(landed, 'b', listIndexFor(landed, 'b', 'secondary', 5));
    expect(end.filter((id) => ['x', 'b', 'y'].includes(id))).toEqual(['x', 'y', 'b']);
  });

  it('puts a persona dropped in an empty column after the columns to its left', () => {
    const landed = list.map((x) => (x.id === 'a' ? { ...x, priority: 'other' as const } : x));
    expect(moved(landed, 'a', listIndexFor(landed, 'a', 'other', 0))).toEqual(['x', 'b', 'c', 'y', 'a']);
    const first = [p('a', 'secondary'), p('b', 'secondary')];
    expect(listIndexFor(first, 'b', 'primary', 0)).toBe(0);
  });
});

describe('what a card shows', () => {
  it('makes initials from whole letters, accents and all', () => {
    expect(initials('Anne-Sophie Roux')).toBe('AR');
    expect(initials('élodie')).toBe('É');
    expect(initials('  ')).toBe('');
    expect(initials('« Zoé » 🙂 Martin')).toBe('ZM');
    expect(initials('<img src=x>')).toBe('IS');
  });

  it('picks the first point of a list and the first sentence of a text', () => {
    expect(firstPoint('Authenticité, savoir-faire visible, commerce de quartier.')).toBe('Authenticité');
    expect(firstPoint('Fidélité\nPolitesse')).toBe('Fidélité');
    expect(firstPoint('   ')).toBe('');
    expect(firstSentence('31 ans, cheffe de projet. Vit à Nantes.')).toBe('31 ans, cheffe de projet.');
    expect(firstSentence('63 ans')).toBe('63 ans');
  });

  it("keeps the coach's advice about one persona, most severe first", () => {
    const advice = (id: string, severity: 'tip' | 'warning', kind: 'persona' | 'channel' = 'persona') => ({
      rule: `r.${severity}`,
      severity,
      target: { step: 'personas', kind, item_id: id, field: null },
      message_fr: 'fr',
      message_en: 'en',
    });
    const report = {
      advice: [advice('a', 'tip'), advice('b', 'warning'), advice('a', 'warning'), advice('a', 'warning', 'channel')],
      steps: [],
      overall: 50,
    } as unknown as Report;
    expect(adviceFor(report, 'a').map((x) => x.severity)).toEqual(['warning', 'tip']);
    expect(adviceFor(null, 'a')).toEqual([]);
  });
});
