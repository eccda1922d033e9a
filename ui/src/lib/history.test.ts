import { describe, expect, it } from 'vitest';
import { directionOf, PressPairing } from './history.svelte';

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

describe('PressPairing', () => {
  it('counts a key press once when the menu accelerator echoes it, however late', () => {
    const pairing = new PressPairing(1000);
    expect(pairing.accept('key', 'undo', 0)).toBe(true);
    expect(pairing.accept('menu', 'undo', 400)).toBe(false);
    // The next press is a new one, echoed again.
    expect(pairing.accept('key', 'undo', 450)).toBe(true);
    expect(pairing.accept('menu', 'undo', 460)).toBe(false);
  });
  it('keeps quick repeats from one source, and the echo in either order', () => {
    const pairing = new PressPairing(1000);
    expect(pairing.accept('menu', 'redo', 0)).toBe(true);
    expect(pairing.accept('menu', 'redo', 50)).toBe(true);
    expect(pairing.accept('key', 'redo', 60)).toBe(false);
  });
  it('does not pair other directions, buttons, or requests far apart', () => {
    const pairing = new PressPairing(1000);
    expect(pairing.accept('key', 'undo', 0)).toBe(true);
    expect(pairing.accept('menu', 'redo', 10)).toBe(true);
    expect(pairing.accept('button', 'redo', 20)).toBe(true);
    expect(pairing.accept('key', 'undo', 30)).toBe(true);
    expect(pairing.accept('menu', 'undo', 2000)).toBe(true);
  });
});
