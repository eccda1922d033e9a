// Messages shown to the user: errors (never swallowed) and confirmations of
// actions. They hold translation keys, so they follow a language change.
// Rendered by components/Notices.svelte.
import { problemOf, type Problem } from './errors';
import type { MessageKey } from './i18n/index.svelte';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  /** What happened, e.g. "saving failed"; errors add their kind's sentence and detail. */
  key?: MessageKey;
  values?: Record<string, string>;
  problem?: Problem;
  /** A button on the notice, e.g. "Undo" after a removal. */
  action?: NoticeAction;
}

export interface NoticeAction {
  key: MessageKey;
  run: () => void;
}

let nextId = 1;
export const notices = $state<Notice[]>([]);

const INFO_LIFETIME_MS = 6000;

export function notifyError(error: unknown, key?: MessageKey): void {
  const problem = problemOf(error);
  // One message per distinct failure: a field failing at each keystroke must not stack copies.
  const same = notices.findIndex(
    (n) => n.tone === 'error' && n.key === key && n.problem?.kind === problem.kind && n.problem.detail === problem.detail,
  );
  if (same !== -1) notices.splice(same, 1);
  notices.push({ id: nextId++, tone: 'error', key, problem });
}

export function notifyInfo(key: MessageKey, values?: Record<string, string>, action?: NoticeAction): void {
  const id = nextId++;
  notices.push({ id, tone: 'info', key, values, action });
  setTimeout(() => dismiss(id), INFO_LIFETIME_MS);
}

export function dismiss(id: number): void {
  const index = notices.findIndex((n) => n.id === id);
  if (index !== -1) notices.splice(index, 1);
}
