import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from './autosave';

/** A fake backend call whose completion the test controls. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

async function settle() {
  // Let chained promise callbacks run (fake timers do not touch microtasks).
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces edits of one entry into a single save of the last value', async () => {
    const saved: string[] = [];
    let value = '';
    const saver = new Autosaver({ delay: 400 });
    for (const text of ['B', 'Bo', 'Bon', 'Bonj']) {
      value = text;
      saver.schedule('meta', async () => {
        saved.push(value);
      });
      vi.advanceTimersByTime(100);
    }
    expect(saved).toEqual([]);
    expect(saver.state).toBe('saving');
    vi.advanceTimersByTime(400);
    await settle();
    expect(saved).toEqual(['Bonj']);
    expect(saver.state).toBe('saved');
  });

  it('saves at least every maxWait during continuous typing', async () => {
    const saved: string[] = [];
    let value = '';
    const saver = new Autosaver({ delay: 400, maxWait: 500 });
    for (let i = 1; i <= 20; i += 1) {
      value = 'x'.repeat(i);
      saver.schedule('meta', async () => {
        saved.push(value);
      });
      vi.advanceTimersByTime(100);
      await settle();
    }
    // 2 s of typing, a key every 100 ms: never a 400 ms pause, yet a save every 500 ms.
    expect(saved.length).toBeGreaterThanOrEqual(3);
    expect(saved.length).toBeLessThanOrEqual(5);
    vi.advanceTimersByTime(500);
    await settle();
    expect(saved.at(-1)).toBe('x'.repeat(20));
  });

  it('keeps separate debounces per entry', async () => {
    const saved: string[] = [];
    const saver = new Autosaver({ delay: 400 });
    saver.schedule('a', async () => void saved.push('a'));
    vi.advanceTimersByTime(300);
    saver.schedule('b', async () => void saved.push('b'));
    vi.advanceTimersByTime(100);
    await settle();
    expect(saved).toEqual(['a']);
    vi.advanceTimersByTime(300);
    await settle();
    expect(saved).toEqual(['a', 'b']);
  });

  it('saves immediately with now()', async () => {
    const job = vi.fn(async () => undefined);
    const saver = new Autosaver();
    await saver.now('x', job);
    expect(job).toHaveBeenCalledTimes(1);
    expect(saver.state).toBe('saved');
  });

  it('never runs two saves of one entry at once, and the last value wins', async () => {
    const calls: { value: string; done: ReturnType<typeof deferred> }[] = [];
    let value = 'one';
    const job = () => {
      const done = deferred();
      calls.push({ value, done });
      return done.promise;
    };
    const saver = new Autosaver({ delay: 400 });
    void saver.now('k', job);
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['one']);

    value = 'two';
    void saver.now('k', job);
    value = 'three';
    void saver.now('k', job);
    await settle();
    // Still one in flight: the newer jobs wait, and only the last one will run.
    expect(calls.length).toBe(1);

    calls[0]!.done.resolve();
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['one', 'three']);
    calls[1]!.done.resolve();
    await settle();
    expect(calls.length).toBe(2);
    expect(saver.state).toBe('saved');
  });

  it('lets different entries save in parallel', async () => {
    const a = deferred();
    const b = deferred();
    const saver = new Autosaver();
    const started: string[] = [];
    void saver.now('a', () => (started.push('a'), a.promise));
    void saver.now('b', () => (started.push('b'), b.promise));
    await settle();
    expect(started).toEqual(['a', 'b']);
    a.resolve();
    b.resolve();
    await settle();
    expect(saver.state).toBe('saved');
  });

  it('flushAll runs waiting jobs at once and waits for saves in flight', async () => {
    const inFlight = deferred();
    const saved: string[] = [];
    const saver = new Autosaver({ delay: 400 });
    void saver.now('slow', () => inFlight.promise.then(() => void saved.push('slow')));
    saver.schedule('typed', async () => void saved.push('typed'));
    let done = false;
    const flushed = saver.flushAll().then(() => {
      done = true;
    });
    await settle();
    expect(saved).toEqual(['typed']);
    expect(done).toBe(false);
    inFlight.resolve();
    await flushed;
    expect(saved).toEqual(['typed', 'slow']);
    expect(saver.state).toBe('saved');
  });

  it('flushAll also runs a job queued behind an in-flight save', async () => {
    const first = deferred();
    const saved: string[] = [];
    let value = 'a';
    const saver = new Autosaver({ delay: 400 });
    void saver.now('k', () => (value === 'a' ? first.promise.then(() => void saved.push('a')) : Promise.resolve(void saved.push(value))));
    await settle();
    value = 'ab';
    saver.schedule('k', async () => void saved.push(value));
    const flushed = saver.flushAll();
    first.resolve();
    await flushed;
    expect(saved).toEqual(['a', 'ab']);
  });

  it('reports a failed save, marks the entry dirty and recovers on the next success', async () => {
    const states: SaveState[] = [];
    const errors: string[] = [];
    const saver = new Autosaver({
      onChange: (state) => {
        if (states.at(-1) !== state) states.push(state);
      },
      onError: (key, error) => errors.push(`${key}: ${String(error)}`),
    });
    // The user's value lives in the caller; a failure must not touch it.
    const field = { value: 'texte tapé' };
    await saver.now('entry', () => Promise.reject(new Error('disk full')));
    expect(field.value).toBe('texte tapé');
    expect(errors).toEqual(['entry: Error: disk full']);
    expect(saver.state).toBe('error');
    expect(saver.isDirty('entry')).toBe(true);
    expect([...saver.failedKeys]).toEqual(['entry']);

    await saver.now('entry', async () => undefined);
    expect(saver.state).toBe('saved');
    expect(saver.isDirty('entry')).toBe(false);
    expect(states).toEqual(['saving', 'error', 'saving', 'saved']);
  });

  it('flushAll resolves even when a save fails', async () => {
    const saver = new Autosaver({ onError: () => undefined });
    const job = vi.fn(() => Promise.reject(new Error('read only')));
    saver.schedule('k', job);
    await saver.flushAll();
    expect(saver.state).toBe('error');
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('flushAll tries a failed save once more, and succeeds if the cause went away', async () => {
    let diskFull = true;
    const saved: string[] = [];
    const saver = new Autosaver({ onError: () => undefined });
    const job = async () => {
      if (diskFull) throw new Error('disk full');
      saved.push('text');
    };
    await saver.now('k', job);
    expect(saver.state).toBe('error');
    await saver.flushAll();
    expect(saver.state).toBe('error'); // still full: tried once, no loop
    diskFull = false;
    await saver.flushAll();
    expect(saved).toEqual(['text']);
    expect(saver.state).toBe('saved');
  });

  it('discard drops a waiting job and waits for the save in flight', async () => {
    const inFlight = deferred();
    const saved: string[] = [];
    const saver = new Autosaver({ delay: 400 });
    void saver.now('k', () => inFlight.promise.then(() => void saved.push('first')));
    await settle();
    saver.schedule('k', async () => void saved.push('second'));
    let discarded = false;
    const done = saver.discard('k').then(() => {
      discarded = true;
    });
    await settle();
    expect(discarded).toBe(false);
    inFlight.resolve();
    await done;
    vi.advanceTimersByTime(1000);
    await settle();
    expect(saved).toEqual(['first']);
    expect(saver.isDirty('k')).toBe(false);
    expect(saver.state).toBe('saved');
  });

  it('reports saving while typing and saved once done', async () => {
    const states: SaveState[] = [];
    const saver = new Autosaver({ delay: 400, onChange: (state) => states.push(state) });
    saver.schedule('k', async () => undefined);
    saver.schedule('k', async () => undefined);
    expect(states).toEqual(['saving']);
    vi.advanceTimersByTime(400);
    await settle();
    expect(states).toEqual(['saving', 'saved']);
  });
});
