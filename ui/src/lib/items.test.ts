import { describe, expect, it } from 'vitest';
import type { Strategy } from './generated/Strategy';
import { fromItem, LIST_OF, mergeList, scrubReferences, toItem } from './items';

type Row = { id: string; text: string };

describe('mergeList', () => {
  it('takes the server order and content, reusing local objects', () => {
    const a: Row = { id: 'a', text: 'A' };
    const b: Row = { id: 'b', text: 'B' };
    const merged = mergeList([a, b], [{ id: 'b', text: 'B2' }, { id: 'a', text: 'A2' }], () => false);
    expect(merged.map((r) => r.text)).toEqual(['B2', 'A2']);
    expect(merged[0]).toBe(b);
  });

  it('never reverts an entry with unsaved edits', () => {
    const local = [{ id: 'a', text: 'typed by the user' }];
    const merged = mergeList(local, [{ id: 'a', text: 'older server value' }], (id) => id === 'a');
    expect(merged[0]!.text).toBe('typed by the user');
  });

  it('keeps the local shape when the list changed since the save started', () => {
    const local = [
      { id: 'a', text: 'A' },
      { id: 'new', text: '' },
    ];
    const merged = mergeList(local, [{ id: 'a', text: 'A2' }, { id: 'gone', text: 'x' }], () => false, true);
    expect(merged.map((r) => [r.id, r.text])).toEqual([
      ['a', 'A2'],
      ['new', ''],
    ]);
  });
});

describe('items', () => {
  it('tags and untags entries', () => {
    const member = {
      id: 'm1',
      name: 'Claire',
      department: 'customer_service' as const,
      department_other: '',
      role: '',
      contribution: '',
      hours_per_week: 2,
    };
    const item = toItem('team_member', member);
    expect(item).toMatchObject({ item_kind: 'team_member', id: 'm1' });
    expect(fromItem<'team_member'>(item)).toEqual(member);
    expect(LIST_OF.content_item).toBe('content');
  });

  it('empties references to a deleted entry, as the database does', () => {
    const strategy = {
      personas: [{ id: 'p', channel_ids: ['c1', 'c2'], primary_channel_ids: ['c1'] }],
      kpis: [{ id: 'k', channel_ids: ['c1'], owner_id: 'm' }],
      channels: [{ id: 'c1', owner_id: 'm' }],
      content: [{ id: 'x', channel_id: 'c1', persona_id: 'p', owner_id: 'm' }],
      slots: [
        { id: 's1', channel_id: 'c1', weekday: 2, time: '12:30' },
        { id: 's2', channel_id: 'c2', weekday: 4, time: '08:30' },
      ],
    } as unknown as Strategy;
    scrubReferences(strategy, 'channel', 'c1');
    expect(strategy.slots.map((slot) => slot.id)).toEqual(['s2']);
    expect(strategy.personas[0]!.channel_ids).toEqual(['c2']);
    expect(strategy.personas[0]!.primary_channel_ids).toEqual([]);
    expect(strategy.kpis[0]!.channel_ids).toEqual([]);
    expect(strategy.content[0]!.channel_id).toBeNull();
    scrubReferences(strategy, 'team_member', 'm');
    expect(strategy.kpis[0]!.owner_id).toBeNull();
    expect(strategy.channels[0]!.owner_id).toBeNull();
    expect(strategy.content[0]!.owner_id).toBeNull();
    scrubReferences(strategy, 'persona', 'p');
    expect(strategy.content[0]!.persona_id).toBeNull();
  });
});
