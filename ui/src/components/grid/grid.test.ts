import { describe, expect, it } from 'vitest';
import { channelTotals, levelOf, nextLevel, personaTotal, setLevel } from './matrix';
import { leavesInput, step } from './nav';

const persona = (channel_ids: string[], primary_channel_ids: string[] = []) => ({ channel_ids, primary_channel_ids });

describe('matrix levels', () => {
  it('reads a level from the two lists', () => {
    const p = persona(['a', 'b'], ['b']);
    expect([levelOf(p, 'a'), levelOf(p, 'b'), levelOf(p, 'c')]).toEqual(['secondary', 'primary', 'none']);
  });

  it('cycles none → secondary → primary → none', () => {
    expect([nextLevel('none'), nextLevel('secondary'), nextLevel('primary')]).toEqual(['secondary', 'primary', 'none']);
  });

  it('writes every level, keeping primary a subset of reachable', () => {
    const p = persona(['x']);
    setLevel(p, 'a', 'secondary');
    expect(p).toEqual(persona(['x', 'a']));
    setLevel(p, 'a', 'primary');
    expect(p).toEqual(persona(['x', 'a'], ['a']));
    setLevel(p, 'a', 'secondary');
    expect(p).toEqual(persona(['x', 'a']));
    setLevel(p, 'a', 'primary');
    setLevel(p, 'a', 'none');
    expect(p).toEqual(persona(['x']));
    setLevel(p, 'b', 'primary');
    expect(p).toEqual(persona(['x', 'b'], ['b']));
  });

  it('totals rows and columns, ignoring channels outside the matrix', () => {
    const personas = [persona(['a', 'b'], ['a']), persona(['a', 'gone'], ['gone']), persona([])];
    const totals = channelTotals(['a', 'b', 'c'], personas);
    expect(totals.get('a')).toEqual({ reached: 2, primary: 1 });
    expect(totals.get('b')).toEqual({ reached: 1, primary: 0 });
    expect(totals.get('c')).toEqual({ reached: 0, primary: 0 });
    const ids = new Set(['a', 'b', 'c']);
    expect(personas.map((p) => personaTotal(p, ids))).toEqual([
      { reached: 2, primary: 1 },
      { reached: 1, primary: 0 },
      { reached: 0, primary: 0 },
    ]);
  });
});

describe('grid navigation', () => {
  it('moves with arrows and stays inside the grid', () => {
    expect(step({ row: 0, col: 0 }, 'ArrowUp', 3, 4)).toEqual({ row: 0, col: 0 });
    expect(step({ row: 0, col: 0 }, 'ArrowDown', 3, 4)).toEqual({ row: 1, col: 0 });
    expect(step({ row: 2, col: 3 }, 'ArrowRight', 3, 4)).toEqual({ row: 2, col: 3 });
    expect(step({ row: 1, col: 2 }, 'Home', 3, 4)).toEqual({ row: 1, col: 0 });
    expect(step({ row: 1, col: 2 }, 'End', 3, 4, true)).toEqual({ row: 2, col: 3 });
    expect(step({ row: 1, col: 2 }, 'a', 3, 4)).toBeNull();
  });

  it('leaves a text box only at the edges of its text', () => {
    expect(leavesInput('ArrowLeft', 'abc', 0, 0, false)).toBe(true);
    expect(leavesInput('ArrowLeft', 'abc', 1, 1, false)).toBe(false);
    expect(leavesInput('ArrowRight', 'abc', 3, 3, false)).toBe(true);
    expect(leavesInput('ArrowRight', 'abc', 0, 3, false)).toBe(false);
    expect(leavesInput('ArrowDown', 'abc', 1, 1, false)).toBe(true);
    expect(leavesInput('ArrowDown', 'abc', 1, 1, true)).toBe(false);
    expect(leavesInput('ArrowUp', '', null, null, false)).toBe(true);
  });
});
