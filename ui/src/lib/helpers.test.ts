import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn, safeAccent } from './color';
import { formatMonth, groupByMonth, monthOf, parseDay } from './dates';
import { joinLines, parseLines, sameList } from './lines';
import { STEPS, stepAfter } from './steps';
import { nextZoom } from './zoom';

describe('lines', () => {
  it('keeps one trimmed entry per non-blank line', () => {
    expect(parseLines('  un \n\n deux\r\n\ttrois\t\n   \n')).toEqual(['un', 'deux', 'trois']);
    expect(parseLines('')).toEqual([]);
    expect(parseLines('\n \n')).toEqual([]);
  });

  it('round-trips a list', () => {
    const list = ['Répondre sous 2 h', '<img src=x onerror=alert(1)>', 'é « » —'];
    expect(parseLines(joinLines(list))).toEqual(list);
    expect(sameList(list, [...list])).toBe(true);
    expect(sameList(list, list.slice(1))).toBe(false);
  });
});

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(parseDay('2026-02-28')).not.toBeNull();
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-2-3')).toBeNull();
    expect(monthOf('2026-03-12')).toBe('2026-03');
    expect(monthOf(null)).toBeNull();
    expect(monthOf('garbage')).toBeNull();
  });

  it('names months in the UI language', () => {
    expect(formatMonth('2026-03', 'fr')).toBe('Mars 2026');
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
  });

  it('groups content by month, backlog first, months in calendar order, list order inside', () => {
    const items = [
      { id: 'a', date: '2026-04-02' },
      { id: 'b', date: null },
      { id: 'c', date: '2026-03-30' },
      { id: 'd', date: '2026-04-01' },
      { id: 'e', date: null },
      { id: 'f', date: '2025-12-31' },
    ];
    const groups = groupByMonth(items);
    expect(groups.map((g) => g.key)).toEqual(['backlog', '2025-12', '2026-03', '2026-04']);
    expect(groups[0]!.entries.map((e) => [e.entry.id, e.index])).toEqual([
      ['b', 1],
      ['e', 4],
    ]);
    expect(groups[3]!.entries.map((e) => e.entry.id)).toEqual(['a', 'd']);
  });

  it('has no groups for no content', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('steps', () => {
  it('follow the method and stop at both ends', () => {
    expect(STEPS[0]).toBe('overview');
    expect(STEPS.at(-1)).toBe('human');
    expect(stepAfter('team', 1)).toBe('objectives');
    expect(stepAfter('overview', -1)).toBe('overview');
    expect(stepAfter('human', 1)).toBe('human');
  });
});

describe('zoom', () => {
  it('steps through the levels and stops at the ends', () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(2, 1)).toBe(2);
    expect(nextZoom(0.8, -1)).toBe(0.8);
    expect(nextZoom(1.2, 1)).toBe(1.25);
  });
});

describe('accent colour', () => {
  it('falls back on an unusable colour and picks readable text', () => {
    expect(safeAccent('javascript:alert(1)')).toBe('#1f3a5f');
    expect(safeAccent('#ABCDEF')).toBe('#abcdef');
    for (const accent of ['#1f3a5f', '#ffcc00', '#e63946', '#ffffff', '#000000', '#4f7cac']) {
      expect(contrastRatio(accent, readableOn(accent))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
