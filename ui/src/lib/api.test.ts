// Edits reach the backend one after another, and their answers come back in
// the order they were sent, whatever order the backend would finish them in.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Pending = { command: string; resolve: (value: unknown) => void; reject: (error: unknown) => void };
const pending: Pending[] = [];

vi.mock('@tauri-apps/api/core', () => ({
  invoke: (command: string) =>
    new Promise((resolve, reject) => {
      pending.push({ command, resolve, reject });
    }),
}));
vi.mock('@tauri-apps/api/event', () => ({ listen: async () => () => undefined }));

const { api, ApiError } = await import('./api');

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('api ordering', () => {
  beforeEach(() => {
    pending.length = 0;
  });

  it('sends an edit only once the one before it has answered', async () => {
    const answered: string[] = [];
    const save = api.updateItem('s', { kind: 'persona' } as never).then(() => answered.push('save'));
    const move = api.moveItem('s', 'persona', 'p', 0).then(() => answered.push('move'));
    await settle();
    expect(pending.map((p) => p.command)).toEqual(['update_item']);
    pending[0]!.resolve([]);
    await settle();
    expect(pending.map((p) => p.command)).toEqual(['update_item', 'move_item']);
    pending[1]!.resolve([]);
    await Promise.all([save, move]);
    expect(answered).toEqual(['save', 'move']);
  });

  it('goes on after a refused edit, which fails with its kind', async () => {
    const refused = api.deleteItem('s', 'persona', 'gone');
    const next = api.undo('s');
    await settle();
    pending[0]!.reject({ kind: 'not_found', message: 'No such entry.' });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await settle();
    expect(pending.map((p) => p.command)).toEqual(['delete_item', 'undo']);
    pending[1]!.resolve(null);
    await expect(next).resolves.toBeNull();
  });

  it('does not hold reads that change nothing behind edits', async () => {
    void api.updateItem('s', { kind: 'persona' } as never);
    void api.coachReport('s');
    await settle();
    // Both sent though the save has not answered.
    expect(pending.map((p) => p.command).sort()).toEqual(['coach_report', 'update_item']);
  });
});
