// The one module that talks to the Rust backend. Every command is typed with
// the types ts-rs generates from the engine (./generated); nothing else in the
// UI calls `invoke`. Failures arrive as `ApiError` with a stable kind.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AppSettings } from './generated/AppSettings';
import type { ErrorKind } from './generated/ErrorKind';
import type { ErrorReport } from './generated/ErrorReport';
import type { Item } from './generated/Item';
import type { ItemKind } from './generated/ItemKind';
import type { Language } from './generated/Language';
import type { Strategy } from './generated/Strategy';
import type { StrategyMeta } from './generated/StrategyMeta';
import type { StrategySummary } from './generated/StrategySummary';
import type { Report } from './generated/Report';

export class ApiError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

function isReport(value: unknown): value is ErrorReport {
  return typeof value === 'object' && value !== null && 'kind' in value && 'message' in value;
}

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isReport(error)) throw new ApiError(error.kind, error.message);
    throw new ApiError('io', String(error));
  }
}

export const api = {
  startup: () => call<AppSettings>('startup'),
  setLanguage: (language: Language) => call<AppSettings>('set_language', { language }),
  quit: () => call<void>('quit'),
  /** Tells the shell the first screen is interactive (start-up timing). */
  uiReady: () => call<void>('ui_ready'),

  listStrategies: (query: string, includeArchived: boolean) =>
    call<StrategySummary[]>('list_strategies', { query, includeArchived }),
  createStrategy: (title: string, language: Language) =>
    call<StrategySummary>('create_strategy', { title, language }),
  renameStrategy: (id: string, title: string) => call<StrategySummary>('rename_strategy', { id, title }),
  duplicateStrategy: (id: string) => call<StrategySummary>('duplicate_strategy', { id }),
  archiveStrategy: (id: string, archived: boolean) =>
    call<StrategySummary>('archive_strategy', { id, archived }),
  deleteStrategy: (id: string) => call<void>('delete_strategy', { id }),

  loadStrategy: (id: string) => call<Strategy>('load_strategy', { id }),
  updateMeta: (meta: StrategyMeta) => call<StrategyMeta>('update_meta', { meta }),
  addItem: (strategyId: string, kind: ItemKind) => call<Item>('add_item', { strategyId, kind }),
  /** Saves one entry; returns every entry of its kind (a rule may have changed others). */
  updateItem: (strategyId: string, item: Item) => call<Item[]>('update_item', { strategyId, item }),
  deleteItem: (strategyId: string, kind: ItemKind, id: string) =>
    call<void>('delete_item', { strategyId, kind, id }),
  /** Moves an entry to `toIndex`; returns the list of that kind in its new order. */
  moveItem: (strategyId: string, kind: ItemKind, id: string, toIndex: number) =>
    call<Item[]>('move_item', { strategyId, kind, id, toIndex }),

  /** The method coach's findings on the saved strategy. */
  coachReport: (id: string) => call<Report>('coach_report', { id }),

  /** Renders the deliverable PDF and saves it where the user chooses (native dialog); null if cancelled. */
  exportPdf: (id: string, language: Language) => call<string | null>('export_pdf', { id, language }),

  /** Native menu items arrive here by id (new_strategy, library, quit, language_fr, ...). */
  onMenu: (handler: (id: string) => void): Promise<UnlistenFn> =>
    listen<string>('menu', (event) => handler(event.payload)),
};
