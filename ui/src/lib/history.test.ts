import { describe, expect, it } from 'vitest';
import { directionOf } from './history.svelte';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe('directionOf', () => {
  it('reads Ctrl+Z and Cmd+Z as undo', () => {
    expect(directionOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(directionOf(key('z', { metaKey: true }))).toBe('undo');
  });
  it('reads Shift+Ctrl+Z (capital Z) and Ctrl+Y as redo', () => {
    expect(directionOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(directionOf(key('y', { ctrlKey: true }))).toBe('redo');
  });
  it('ignores plain letters and Alt combinations', () => {
    expect(directionOf(key('z'))).toBeNull();
    expect(directionOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(directionOf(key('a', { ctrlKey: true }))).toBeNull();
  });
});
