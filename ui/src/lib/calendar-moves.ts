// Rescheduling from the calendar (drop or keyboard): the screen moves the item
// at once, the engine commits the move in one transaction and answers the new
// order, which then replaces the preview. A refusal puts the list back.
import { api } from './api';
import { applyMove, previewMove } from './calendar';
import { setListOf } from './items';
import { notifyError } from './notices.svelte';
import type { Workspace } from './workspace.svelte';

export async function moveContent(ws: Workspace, id: string, date: string | null, index: number): Promise<void> {
  const before = ws.strategy.content;
  setListOf(ws.strategy, 'content_item', previewMove(before, id, date, index));
  try {
    const move = await api.moveContent(ws.id, id, date, index);
    setListOf(ws.strategy, 'content_item', applyMove(ws.strategy.content, move));
  } catch (error) {
    setListOf(ws.strategy, 'content_item', before);
    notifyError(error);
  }
}

/**
 * The place among all the day's items (`dayIds`, filters ignored) of an item
 * dropped in a zone that shows only some of them (`zoneIds`, after the drop):
 * just before the visible item that follows it, or just after the one before.
 */
export function dayIndexFor(zoneIds: readonly string[], movedId: string, dayIds: readonly string[]): number {
  const others = dayIds.filter((id) => id !== movedId);
  const at = zoneIds.indexOf(movedId);
  const next = zoneIds[at + 1];
  if (next !== undefined && others.includes(next)) return others.indexOf(next);
  const previous = at > 0 ? zoneIds[at - 1] : undefined;
  if (previous !== undefined && others.includes(previous)) return others.indexOf(previous) + 1;
  return at <= 0 && next !== undefined ? 0 : others.length;
}
