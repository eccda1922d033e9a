import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportMode } from './generated/ImportMode';
import type { ImportOutcome } from './generated/ImportOutcome';
import type { StrategySummary } from './generated/StrategySummary';

const calls: { path: string; mode: ImportMode }[] = [];
let answers: ImportOutcome[] = [];

vi.mock('./api', () => ({
  ApiError: class ApiError extends Error {
    constructor(
      readonly kind: string,
      message: string,
    ) {
      super(message);
    }
  },
  api: {
    importStrategyFile: async (path: string, mode: ImportMode) => {
      calls.push({ path, mode });
      const next = answers.shift();
      if (!next) throw new Error('no answer prepared');
      return next;
    },
  },
}));
vi.mock('./saving.svelte', () => ({ saver: { flushAll: async () => undefined } }));
vi.mock('./notices.svelte', () => ({ notifyError: vi.fn(), notifyInfo: vi.fn() }));

const { answerImportChoice, draggedFiles, importQuestion, importStrategy } = await import('./exchange.svelte');

const summary = (id: string): StrategySummary => ({
  id,
  title: 'Plan',
  client_name: 'Client',
  consultant_name: '',
  language: 'fr',
  archived: false,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
});

/** Resolves once the dialog's question is up. */
async function question(): Promise<StrategySummary> {
  for (let i = 0; i < 50 && !importQuestion.existing; i++) await new Promise((r) => setTimeout(r, 0));
  if (!importQuestion.existing) throw new Error('no question asked');
  return importQuestion.existing;
}

describe('importing a .strategy file', () => {
  beforeEach(() => {
    calls.length = 0;
    answers = [];
  });

  it('opens a new strategy without asking', async () => {
    answers = [{ outcome: 'imported', strategy: summary('a'), backup: null }];
    expect(await importStrategy({ path: '/f.strategy' })).toBe('a');
    expect(calls).toEqual([{ path: '/f.strategy', mode: 'ask' }]);
  });

  it('asks when the strategy exists, then imports with the chosen mode', async () => {
    answers = [
      { outcome: 'conflict', existing: summary('a') },
      { outcome: 'imported', strategy: summary('b'), backup: null },
    ];
    const done = importStrategy({ path: '/f.strategy' });
    expect((await question()).id).toBe('a');
    answerImportChoice('copy');
    expect(await done).toBe('b');
    expect(calls.map((c) => c.mode)).toEqual(['ask', 'copy']);
  });

  it('changes nothing when the question is cancelled', async () => {
    answers = [{ outcome: 'conflict', existing: summary('a') }];
    const done = importStrategy({ path: '/f.strategy' });
    await question();
    answerImportChoice(null);
    expect(await done).toBeNull();
    expect(calls.map((c) => c.mode)).toEqual(['ask']);
    expect(importQuestion.existing).toBeNull();
  });
});

describe('drops', () => {
  const dragOf = (types: string[], files: unknown[]) => ({ dataTransfer: { types, files } }) as unknown as DragEvent;

  it('ignores drags that carry no files', () => {
    expect(draggedFiles(dragOf(['text/plain'], []))).toEqual([]);
    expect(draggedFiles({ dataTransfer: null } as unknown as DragEvent)).toEqual([]);
  });

  it('takes the files of a file drop', () => {
    const file = { name: 'x.strategy' };
    expect(draggedFiles(dragOf(['Files'], [file]))).toEqual([file]);
  });
});
