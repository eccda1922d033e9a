// Saving edits as the user types, without losing any and without flooding the
// backend. Each entry (the strategy header, one list entry...) has a key.
// Per key:
// - `schedule` debounces: the job runs once typing pauses for `delay` ms, and
//   at least every `maxWait` ms during continuous typing (a crash mid-sentence
//   loses at most that much);
// - `now` runs the job as soon as possible (blur, select, checkbox...);
// - at most one save is in flight; a newer job waits for it and replaces any
//   older job still waiting, so the last value wins and nothing runs twice;
// - a failed save is reported, and the key stays "dirty" until a later save
//   of the same key succeeds: the caller keeps what the user typed.
// Jobs read the current value when they run, not when they were scheduled.

export type SaveState = 'saved' | 'saving' | 'error';
export type SaveJob = () => Promise<unknown>;

export interface AutosaveOptions {
  /** Debounce for `schedule`, in milliseconds. */
  delay?: number;
  /** Longest time a scheduled job waits while edits keep coming, in milliseconds. */
  maxWait?: number;
  /** Called whenever the overall state or the set of failed keys changes. */
  onChange?: (state: SaveState, failed: ReadonlySet<string>) => void;
  /** Called with every failed save; the autosaver never throws. */
  onError?: (key: string, error: unknown) => void;
}

interface Slot {
  job?: SaveJob;
  timer?: ReturnType<typeof setTimeout>;
  /** When the waiting job was first scheduled (for `maxWait`). */
  since?: number;
  running?: Promise<void>;
  failed: boolean;
  /** The job that failed last, tried again by the next flushAll(). */
  retry?: SaveJob;
}

export const DEFAULT_DELAY = 400;
export const DEFAULT_MAX_WAIT = 500;

export class Autosaver {
  private readonly slots = new Map<string, Slot>();
  private readonly delay: number;
  private readonly maxWait: number;
  private readonly options: AutosaveOptions;
  private lastState: SaveState = 'saved';
  private lastFailed = '';

  constructor(options: AutosaveOptions = {}) {
    this.options = options;
    this.delay = options.delay ?? DEFAULT_DELAY;
    this.maxWait = Math.max(options.maxWait ?? DEFAULT_MAX_WAIT, this.delay);
  }

  /** Saves `key` with `job` once edits pause (debounced). */
  schedule(key: string, job: SaveJob): void {
    const slot = this.slot(key);
    slot.job = job;
    if (slot.timer !== undefined) clearTimeout(slot.timer);
    const now = Date.now();
    slot.since ??= now;
    const wait = Math.max(0, Math.min(this.delay, slot.since + this.maxWait - now));
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      slot.since = undefined;
      void this.kick(key);
    }, wait);
    this.emit();
  }

  /** Saves `key` with `job` as soon as no other save of `key` is in flight. */
  now(key: string, job: SaveJob): Promise<void> {
    this.slot(key).job = job;
    return this.flush(key);
  }

  /** Runs the waiting job of `key` now; resolves when `key` has nothing left to save. */
  flush(key: string): Promise<void> {
    const slot = this.slots.get(key);
    if (!slot) return Promise.resolve();
    if (slot.timer !== undefined) {
      clearTimeout(slot.timer);
      slot.timer = undefined;
    }
    slot.since = undefined;
    return this.kick(key);
  }

  /**
   * Runs every waiting job now, and tries failed saves once more (the disk
   * may have room again); resolves when nothing is waiting or in flight.
   */
  async flushAll(): Promise<void> {
    for (const slot of this.slots.values()) {
      if (slot.failed && slot.retry && !slot.job) slot.job = slot.retry;
    }
    for (let round = 0; round < 100; round += 1) {
      const busy = [...this.slots].filter(([, slot]) => slot.job || slot.running);
      if (busy.length === 0) return;
      await Promise.all(busy.map(([key]) => this.flush(key)));
    }
  }

  /** Drops the waiting job of `key` (its entry is going away); resolves once its in-flight save ended. */
  async discard(key: string): Promise<void> {
    const slot = this.slots.get(key);
    if (!slot) return;
    if (slot.timer !== undefined) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.since = undefined;
    slot.job = undefined;
    slot.retry = undefined;
    if (slot.running) await slot.running;
    slot.failed = false;
    slot.retry = undefined;
    if (!slot.job && slot.timer === undefined && !slot.running) this.slots.delete(key);
    this.emit();
  }

  /** True while `key` has unsaved changes: waiting, in flight, or failed. */
  isDirty(key: string): boolean {
    const slot = this.slots.get(key);
    return !!slot && (!!slot.job || !!slot.running || slot.failed);
  }

  /** True while `key` has a job that has not started yet (typed after the last save began). */
  isWaiting(key: string): boolean {
    return !!this.slots.get(key)?.job;
  }

  get state(): SaveState {
    return this.computeState();
  }

  get failedKeys(): ReadonlySet<string> {
    return new Set([...this.slots].filter(([, slot]) => slot.failed).map(([key]) => key));
  }

  private slot(key: string): Slot {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { failed: false };
      this.slots.set(key, slot);
    }
    return slot;
  }

  private kick(key: string): Promise<void> {
    const slot = this.slots.get(key);
    if (!slot) return Promise.resolve();
    // A running drain picks up a due job when its current save ends.
    if (!slot.running && slot.job && slot.timer === undefined) {
      slot.running = this.drain(key, slot);
    }
    this.emit();
    return slot.running ?? Promise.resolve();
  }

  private async drain(key: string, slot: Slot): Promise<void> {
    // Let the caller's synchronous code (and `running`) settle before the first job.
    await Promise.resolve();
    while (slot.job && slot.timer === undefined) {
      const job = slot.job;
      slot.job = undefined;
      try {
        await job();
        slot.failed = false;
        slot.retry = undefined;
      } catch (error) {
        slot.failed = true;
        slot.retry = job;
        this.options.onError?.(key, error);
      }
      this.emit();
    }
    slot.running = undefined;
    if (!slot.job && !slot.failed && slot.timer === undefined) this.slots.delete(key);
    this.emit();
  }

  private computeState(): SaveState {
    let failed = false;
    for (const slot of this.slots.values()) {
      if (slot.job || slot.running) return 'saving';
      if (slot.failed) failed = true;
    }
    return failed ? 'error' : 'saved';
  }

  private emit(): void {
    const state = this.computeState();
    const failed = this.failedKeys;
    const signature = [...failed].sort().join('\n');
    if (state === this.lastState && signature === this.lastFailed) return;
    this.lastState = state;
    this.lastFailed = signature;
    this.options.onChange?.(state, failed);
  }
}
