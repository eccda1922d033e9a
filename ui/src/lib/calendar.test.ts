import { describe, expect, it } from 'vitest';
import { applyMove, calendarLocale, fitDay, groupByDay, localToday, matches, NO_FILTERS, openSlots, previewMove } from './calendar';
import type { ContentItem } from './generated/ContentItem';

function item(id: string, date: string | null, extra: Partial<ContentItem> = {}): ContentItem {
  return {
    id,
    title: id,
    brief: '',
    channel_id: null,
    persona_id: null,
    pillar: '',
    status: 'idea',
    date,
    time: null,
    owner_id: null,
    notes: '',
    ...extra,
  };
}

describe('calendar filters', () => {
  const post = item('a', '2026-03-02', { channel_id: 'ig', status: 'draft', pillar: 'Recettes', owner_id: 'chloe' });
  it('combines fields and accepts alternatives within a field', () => {
    expect(matches(post, NO_FILTERS)).toBe(true);
    expect(matches(post, { ...NO_FILTERS, channel_ids: ['ig', 'li'] })).toBe(true);
    expect(matches(post, { ...NO_FILTERS, channel_ids: ['li'] })).toBe(false);
    expect(matches(post, { ...NO_FILTERS, channel_ids: ['ig'], statuses: ['published'] })).toBe(false);
    expect(matches(post, { ...NO_FILTERS, pillars: ['Recettes'], owner_ids: ['chloe'] })).toBe(true);
    expect(matches(post, { ...NO_FILTERS, persona_ids: ['p1'] })).toBe(false);
  });
  it('groups by day in list order, backlog apart', () => {
    const list = [item('a', '2026-03-02'), item('b', null), item('c', '2026-03-02'), item('d', '2026-03-03')];
    const { days, backlog } = groupByDay(list, NO_FILTERS);
    expect(days.get('2026-03-02')?.map((x) => x.id)).toEqual(['a', 'c']);
    expect(backlog.map((x) => x.id)).toEqual(['b']);
    expect(groupByDay(list, { ...NO_FILTERS, statuses: ['draft'] }).days.size).toBe(0);
  });
});

describe('calendar moves', () => {
  it('applies the engine answer: new day, kept time, engine order', () => {
    const list = [item('a', '2026-03-02', { time: '12:30' }), item('b', null), item('c', '2026-03-02')];
    const after = applyMove(list, { id: 'a', date: '2026-03-05', time: '12:30', order: ['b', 'c', 'a'] });
    expect(after.map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(after[2]).toMatchObject({ date: '2026-03-05', time: '12:30' });
  });
  it('previews a move like the engine does', () => {
    const list = [item('a', '2026-03-02'), item('b', null), item('c', '2026-03-02'), item('d', '2026-03-03')];
    expect(previewMove(list, 'd', '2026-03-02', 0).map((x) => x.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(previewMove(list, 'd', '2026-03-02', 5).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(previewMove(list, 'a', '2026-03-02', 1).map((x) => x.id)).toEqual(['b', 'c', 'a', 'd']);
    const toBacklog = previewMove([item('x', '2026-03-02', { time: '09:00' })], 'x', null, 0);
    expect(toBacklog[0]).toMatchObject({ date: null, time: null });
  });
});

describe('calendar days', () => {
  it('keeps open only the slots no item fills', () => {
    const slots = [
      { id: 's1', channel_id: 'ig', weekday: 2, time: '12:30' },
      { id: 's2', channel_id: 'ig', weekday: 4, time: '12:30' },
      { id: 's3', channel_id: 'li', weekday: 2, time: '08:00' },
    ];
    const tuesday = [item('a', '2026-03-03', { channel_id: 'ig', time: '12:30' })];
    expect(openSlots(slots, 2, tuesday).map((s) => s.id)).toEqual(['s3']);
    expect(openSlots(slots, 4, []).map((s) => s.id)).toEqual(['s2']);
  });
  it('fits a day and counts the rest', () => {
    expect(fitDay([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(fitDay([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], more: 3 });
  });
  it('picks the locale of the first weekday', () => {
    expect(calendarLocale('fr', 'en-US')).toBe('fr-FR');
    expect(calendarLocale('en', 'en-GB')).toBe('en-GB');
    expect(calendarLocale('en', 'fr-FR')).toBe('en-US');
  });
  it('formats today locally, across month and year ends', () => {
    expect(localToday(new Date(2028, 1, 29, 23, 59))).toBe('2028-02-29');
    expect(localToday(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('drop index within a filtered day', () => {
  it('maps the visible place to the place among all the day items', async () => {
    const { dayIndexFor } = await import('./calendar-moves');
    // Day holds a, h (hidden by a filter), b; x dropped between a and b.
    expect(dayIndexFor(['a', 'x', 'b'], 'x', ['a', 'h', 'b'])).toBe(2);
    expect(dayIndexFor(['x', 'a'], 'x', ['a', 'h', 'b'])).toBe(0);
    expect(dayIndexFor(['a', 'b', 'x'], 'x', ['a', 'h', 'b'])).toBe(3);
    expect(dayIndexFor(['x'], 'x', [])).toBe(0);
    // Reorder within the day: b moved first.
    expect(dayIndexFor(['b', 'a'], 'b', ['a', 'b'])).toBe(0);
  });
});
