// One open strategy: its reactive state, and every edit routed to the backend
// through the autosaver. The screen always shows what the user typed; the
// backend's answers update only what the user is not editing.
import { api } from './api';
import type { Item } from './generated/Item';
import type { ItemKind } from './generated/ItemKind';
import type { Strategy } from './generated/Strategy';
import { fromItem, listOf, mergeList, scrubReferences, setListOf, toItem, type EntryByKind } from './items';
import { notifyError } from './notices.svelte';
import { saver, type SaveHook } from './saving.svelte';

export function itemKey(id: string): string {
  return `item:${id}`;
}

export class Workspace {
  strategy: Strategy = $state() as Strategy;
  /** Bumped by every add, move and removal: a save answer older than that must not reorder. */
  private readonly shapes: Record<ItemKind, number> = {
    team_member: 0,
    objective: 0,
    finding: 0,
    competitor: 0,
    persona: 0,
    kpi: 0,
    channel: 0,
    content_item: 0,
  };

  constructor(strategy: Strategy) {
    this.strategy = strategy;
  }

  get id(): string {
    return this.strategy.meta.id;
  }

  private get metaKey(): string {
    return `meta:${this.id}`;
  }

  private readonly saveMeta = async (): Promise<void> => {
    await api.updateMeta($state.snapshot(this.strategy.meta));
  };

  /** Saving the header and the single-valued steps (all of StrategyMeta). */
  readonly meta: SaveHook = {
    edit: () => saver.schedule(this.metaKey, this.saveMeta),
    flush: () => void saver.flush(this.metaKey),
    commit: () => void saver.now(this.metaKey, this.saveMeta),
  };

  /** Saving one list entry. */
  hook(kind: ItemKind, id: string): SaveHook {
    const key = itemKey(id);
    const job = () => this.saveItem(kind, id);
    return {
      edit: () => saver.schedule(key, job),
      flush: () => void saver.flush(key),
      commit: () => void saver.now(key, job),
    };
  }

  list<K extends ItemKind>(kind: K): EntryByKind[K][] {
    return listOf(this.strategy, kind);
  }

  private async saveItem<K extends ItemKind>(kind: K, id: string): Promise<void> {
    const entry = this.list(kind).find((e) => e.id === id);
    if (!entry) return;
    const shape = this.shapes[kind];
    const snapshot = $state.snapshot(entry) as EntryByKind[K];
    const items = await api.updateItem(this.id, toItem(kind, snapshot));
    this.merge(kind, items, shape, itemKey(id));
  }

  private merge<K extends ItemKind>(kind: K, items: Item[], shape: number, saving?: string): void {
    const server = items.map((item) => fromItem<K>(item));
    const keepLocal = (id: string) => {
      const key = itemKey(id);
      // The entry being saved is up to date unless the user typed again meanwhile.
      return key === saving ? saver.isWaiting(key) : saver.isDirty(key);
    };
    const merged = mergeList(this.list(kind), server, keepLocal, shape !== this.shapes[kind]);
    setListOf(this.strategy, kind, merged);
  }

  /** Appends a blank entry; returns its id, or null when the backend refused. */
  async add(kind: ItemKind): Promise<string | null> {
    try {
      const entry = fromItem(await api.addItem(this.id, kind));
      this.shapes[kind] += 1;
      setListOf(this.strategy, kind, [...this.list(kind), entry]);
      return entry.id;
    } catch (error) {
      notifyError(error);
      return null;
    }
  }

  /** Moves an entry to `toIndex` of its whole list (the backend's order). */
  async move(kind: ItemKind, id: string, toIndex: number): Promise<void> {
    const before = [...this.list(kind)];
    const from = before.findIndex((e) => e.id === id);
    if (from === -1 || toIndex < 0 || toIndex >= before.length || from === toIndex) return;
    const reordered = [...before];
    const [moved] = reordered.splice(from, 1);
    if (!moved) return;
    reordered.splice(toIndex, 0, moved);
    const shape = ++this.shapes[kind];
    setListOf(this.strategy, kind, reordered);
    try {
      this.merge(kind, await api.moveItem(this.id, kind, id, toIndex), shape);
    } catch (error) {
      if (shape === this.shapes[kind]) setListOf(this.strategy, kind, before);
      notifyError(error);
    }
  }

  /** Deletes an entry once its pending save settled; true when it is gone. */
  async remove(kind: ItemKind, id: string): Promise<boolean> {
    await saver.discard(itemKey(id));
    try {
      await api.deleteItem(this.id, kind, id);
    } catch (error) {
      notifyError(error);
      return false;
    }
    this.shapes[kind] += 1;
    setListOf(
      this.strategy,
      kind,
      this.list(kind).filter((e) => e.id !== id),
    );
    scrubReferences(this.strategy, kind, id);
    return true;
  }

  /**
   * Shows the strategy as the backend now has it (after undo or redo): every
   * list changed shape, so answers to saves sent before must not reorder it.
   */
  replaceAll(strategy: Strategy): void {
    for (const kind of Object.keys(this.shapes) as ItemKind[]) this.shapes[kind] += 1;
    this.strategy = strategy;
  }

  /** The method's rule: one primary objective. The backend demotes the others too. */
  makePrimary(id: string): void {
    for (const objective of this.strategy.objectives) objective.is_primary = objective.id === id;
    this.hook('objective', id).commit();
  }
}
