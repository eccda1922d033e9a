// Undo and redo of the open strategy. The engine keeps the history (every
// edit is journaled there); the UI asks for a step, then shows the strategy
// the engine hands back. Pending typing is saved first, so it is undoable too.
import { api } from './api';
import type { EditAction } from './generated/EditAction';
import type { HistoryState } from './generated/HistoryState';
import { t } from './i18n/index.svelte';
import { notifyError, notifyInfo, type NoticeAction } from './notices.svelte';
import { saver } from './saving.svelte';
import type { Workspace } from './workspace.svelte';

export type Direction = 'undo' | 'redo';

export const history = $state<{ state: HistoryState; busy: boolean }>({
  state: { undo: null, redo: null },
  busy: false,
});

/** Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo. */
export function directionOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Direction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** "suppression · persona « Marie »": what a step did, in the UI language. */
export function describeAction(action: EditAction): string {
  const verb = t(`history.verb.${action.verb}`);
  const kind = action.item_kind ? ` · ${t(`history.kind.${action.item_kind}`)}` : '';
  const label = action.label.trim() ? ` « ${action.label.trim().slice(0, 60)} »` : '';
  return `${verb}${kind}${label}`;
}

export async function refreshHistory(strategyId: string): Promise<void> {
  try {
    history.state = await api.history(strategyId);
  } catch {
    // Only the buttons' hints depend on it; the next edit asks again.
  }
}

/** Where an undo/redo request came from. */
export type Source = 'key' | 'menu' | 'button';

/**
 * On some platforms one key press arrives twice: as the page's keydown and as
 * the native menu's accelerator, at a distance that grows with the machine's
 * load. A request from one of these two sources that follows an unpaired one
 * from the other, same direction, shortly after, is that press's echo.
 */
export class PressPairing {
  private pending: { source: Source; direction: Direction; at: number } | null = null;

  constructor(private readonly windowMs = 1000) {}

  /** true: act on this request; false: it repeats the previous one. */
  accept(source: Source, direction: Direction, now: number): boolean {
    const previous = this.pending;
    if (source === 'button') {
      this.pending = null;
      return true;
    }
    if (previous && previous.source !== source && previous.direction === direction && now - previous.at < this.windowMs) {
      this.pending = null;
      return false;
    }
    this.pending = { source, direction, at: now };
    return true;
  }
}

const pairing = new PressPairing();

/** Takes one step back or forward and shows the strategy as it is after it. */
export async function step(ws: Workspace, direction: Direction, source: Source): Promise<void> {
  if (!pairing.accept(source, direction, performance.now()) || history.busy) return;
  history.busy = true;
  try {
    await saver.flushAll();
    const outcome = direction === 'undo' ? await api.undo(ws.id) : await api.redo(ws.id);
    if (!outcome) {
      notifyInfo(direction === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo', {}, { group: HISTORY_GROUP });
      return;
    }
    ws.replaceAll(outcome.strategy);
    history.state = outcome.history;
    notifyInfo(
      direction === 'undo' ? 'history.undone' : 'history.redone',
      { action: describeAction(outcome.action) },
      { group: HISTORY_GROUP },
    );
  } catch (error) {
    notifyError(error);
    await refreshHistory(ws.id);
  } finally {
    history.busy = false;
  }
}

// Undo/redo confirmations and removal notices share one slot: after an undo,
// the removal's "Undo" button would be stale.
const HISTORY_GROUP = 'history';

/** Confirms a removal with an "Undo" button that asks the open workspace to undo. */
export function notifyRemoved(name: string): void {
  const action: NoticeAction = { key: 'history.undo', run: () => window.dispatchEvent(new CustomEvent('stratege:undo')) };
  notifyInfo('list.removed', { name }, { action, group: HISTORY_GROUP });
}
