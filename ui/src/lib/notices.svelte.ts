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
  /** A newer notice of the same group replaces this one (e.g. successive undos). */
  group?: string;
}

export interface InfoOptions {
  action?: NoticeAction;
  group?: string;
  /** Kept until dismissed or replaced (progress of a long task), instead of fading after a while. */
  sticky?: boolean;
}

export interface NoticeAction {
  key: MessageKey;
  run: () => void;
}

let nextId = 1;
export const notices = $state<Notice[]>([]);

const INFO_LIFETIME_MS = 6000;
// Confirmations are toasts over the page: never more than a few at once.
const MAX_INFO = 3;

export function notifyError(error: unknown, key?: MessageKey): void {
  const problem = problemOf(error);
  // One message per distinct failure: a field failing at each keystroke must not stack copies.
  const same = notices.findIndex(
    (n) => n.tone === 'error' && n.key === key && n.problem?.kind === problem.kind && n.problem.detail === problem.detail,
  );
  if (same !== -1) notices.splice(same, 1);
  notices.push({ id: nextId++, tone: 'error', key, problem });
}

/** Shows a confirmation; returns its id (to dismiss a sticky one). */
export function notifyInfo(key: MessageKey, values?: Record<string, string>, options: InfoOptions = {}): number {
  const id = nextId++;
  const { action, group, sticky } = options;
  if (group) removeWhere((n) => n.group === group);
  notices.push({ id, tone: 'info', key, values, action, group });
  const infos = notices.filter((n) => n.tone === 'info');
  for (const old of infos.slice(0, Math.max(0, infos.length - MAX_INFO))) dismiss(old.id);
  if (!sticky) setTimeout(() => dismiss(id), INFO_LIFETIME_MS);
  return id;
}

function removeWhere(test: (notice: Notice) => boolean): void {
  for (const notice of notices.filter(test)) dismiss(notice.id);
}

export function dismiss(id: number): void {
  const index = notices.findIndex((n) => n.id === id);
  if (index !== -1) notices.splice(index, 1);
}
