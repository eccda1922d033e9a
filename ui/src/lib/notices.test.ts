import { beforeEach, describe, expect, it } from 'vitest';
import { dismiss, notices, notifyError, notifyInfo } from './notices.svelte';

describe('notices', () => {
  beforeEach(() => {
    for (const n of [...notices]) dismiss(n.id);
  });

  it('replaces a confirmation of the same group instead of stacking it', () => {
    notifyInfo('history.undone', { action: 'a' }, { group: 'history' });
    notifyInfo('library.created', { title: 'T' });
    notifyInfo('history.redone', { action: 'a' }, { group: 'history' });
    expect(notices.map((n) => n.key)).toEqual(['library.created', 'history.redone']);
  });

  it('keeps at most three confirmations, dropping the oldest, and never drops errors', () => {
    notifyError(new Error('disk full'));
    for (const title of ['1', '2', '3', '4']) notifyInfo('library.created', { title });
    expect(notices.filter((n) => n.tone === 'info').map((n) => n.values?.title)).toEqual(['2', '3', '4']);
    expect(notices.filter((n) => n.tone === 'error')).toHaveLength(1);
  });
});
