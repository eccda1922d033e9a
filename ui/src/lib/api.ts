// The one module that talks to the Rust backend. Every command is typed with
// the types ts-rs generates from the engine (./generated); nothing else in the
// UI calls `invoke`. Failures arrive as `ApiError` with a stable kind.
import { invoke, type InvokeArgs, type InvokeOptions } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AboutInfo } from './generated/AboutInfo';
import type { AppSettings } from './generated/AppSettings';
import type { BackupInfo } from './generated/BackupInfo';
import type { ErrorKind } from './generated/ErrorKind';
import type { ErrorReport } from './generated/ErrorReport';
import type { ImportMode } from './generated/ImportMode';
import type { ImportOutcome } from './generated/ImportOutcome';
import type { Item } from './generated/Item';
import type { ItemKind } from './generated/ItemKind';
import type { Language } from './generated/Language';
import type { Strategy } from './generated/Strategy';
import type { StrategyMeta } from './generated/StrategyMeta';
import type { StrategySummary } from './generated/StrategySummary';
import type { Report } from './generated/Report';
import type { HistoryState } from './generated/HistoryState';
import type { UndoOutcome } from './generated/UndoOutcome';
import type { CalendarGrid } from './generated/CalendarGrid';
import type { CalendarPrefs } from './generated/CalendarPrefs';
import type { CalendarView } from './generated/CalendarView';
import type { Channel } from './generated/Channel';
import type { ContentMove } from './generated/ContentMove';
import type { RecurringSlot } from './generated/RecurringSlot';
import type { Capacity } from './generated/Capacity';
import type { TeamMember } from './generated/TeamMember';

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

async function call<T>(command: string, args: InvokeArgs = {}, options?: InvokeOptions): Promise<T> {
  try {
    return await invoke<T>(command, args, options);
  } catch (error) {
    if (isReport(error)) throw new ApiError(error.kind, error.message);
    throw new ApiError('io', String(error));
  }
}

/**
 * Reads and edits of strategy content run one after another, in the order the
 * UI sent them. The backend serves commands from a thread pool, so two sent
 * together (a save while a card is dropped) could commit, and answer, in either
 * order: a move's list read before a save would arrive after the save's answer
 * and show the entry as it was before.
 */
let queue: Promise<unknown> = Promise.resolve();

function inOrder<T>(command: string, args: InvokeArgs = {}): Promise<T> {
  const answer = queue.then(() => call<T>(command, args));
  queue = answer.catch(() => undefined);
  return answer;
}

export const api = {
  startup: () => call<AppSettings>('startup'),
  setLanguage: (language: Language) => call<AppSettings>('set_language', { language }),
  quit: () => call<void>('quit'),
  /** Tells the shell the first screen is interactive (start-up timing). */
  uiReady: () => call<void>('ui_ready'),
  /** Version, file format and library location for the About box. */
  aboutInfo: () => call<AboutInfo>('about_info'),

  listStrategies: (query: string, includeArchived: boolean) =>
    call<StrategySummary[]>('list_strategies', { query, includeArchived }),
  createStrategy: (title: string, language: Language) =>
    call<StrategySummary>('create_strategy', { title, language }),
  renameStrategy: (id: string, title: string) => call<StrategySummary>('rename_strategy', { id, title }),
  duplicateStrategy: (id: string) => call<StrategySummary>('duplicate_strategy', { id }),
  archiveStrategy: (id: string, archived: boolean) =>
    call<StrategySummary>('archive_strategy', { id, archived }),
  deleteStrategy: (id: string) => call<void>('delete_strategy', { id }),

  loadStrategy: (id: string) => inOrder<Strategy>('load_strategy', { id }),
  updateMeta: (meta: StrategyMeta) => inOrder<StrategyMeta>('update_meta', { meta }),
  addItem: (strategyId: string, kind: ItemKind) => inOrder<Item>('add_item', { strategyId, kind }),
  /** Saves one entry; returns every entry of its kind (a rule may have changed others). */
  updateItem: (strategyId: string, item: Item) => inOrder<Item[]>('update_item', { strategyId, item }),
  deleteItem: (strategyId: string, kind: ItemKind, id: string) =>
    inOrder<void>('delete_item', { strategyId, kind, id }),
  /** Moves an entry to `toIndex`; returns the list of that kind in its new order. */
  moveItem: (strategyId: string, kind: ItemKind, id: string, toIndex: number) =>
    inOrder<Item[]>('move_item', { strategyId, kind, id, toIndex }),

  /** Reverts the strategy's last edit; null when there is nothing to undo. */
  undo: (strategyId: string) => inOrder<UndoOutcome | null>('undo', { strategyId }),
  /** Replays the last undone edit; null when there is nothing to redo. */
  redo: (strategyId: string) => inOrder<UndoOutcome | null>('redo', { strategyId }),
  history: (strategyId: string) => inOrder<HistoryState>('history', { strategyId }),

  /** The method coach's findings on the saved strategy. */
  coachReport: (id: string) => call<Report>('coach_report', { id }),

  /** Renders the deliverable PDF and saves it where the user chooses (native dialog); null if cancelled. */
  exportPdf: (id: string, language: Language) => call<string | null>('export_pdf', { id, language }),
  /** Told when an export's file is chosen and its rendering starts (the event carries the extension). */
  onExportRendering: (handler: () => void): Promise<UnlistenFn> => listen('export-rendering', () => handler()),
  /** Opens a file exported in this session (the path an export returned) in the system's default application. */
  openExported: (path: string) => call<void>('open_exported', { path }),

  // ---- .strategy exchange (dialogs are opened by the backend) ----
  /** Writes the strategy to a `.strategy` file the user chooses; null if cancelled. */
  exportStrategy: (id: string) => call<string | null>('export_strategy', { id }),
  /** The native open dialog for `.strategy` files; null if cancelled. */
  chooseStrategyFile: () => call<string | null>('choose_strategy_file'),
  /** Imports a file; with 'ask', a strategy already in the library comes back as a conflict. */
  importStrategyFile: (path: string, mode: ImportMode) => call<ImportOutcome>('import_strategy_file', { path, mode }),
  /** The same for a file dropped on the window: its bytes travel as the raw request body. */
  importStrategyBytes: (bytes: Uint8Array, mode: ImportMode) =>
    call<ImportOutcome>('import_strategy_bytes', bytes, { headers: { 'x-import-mode': mode } }),
  /** The largest `.strategy` file the backend accepts, in bytes. */
  strategyFileLimit: () => call<number>('strategy_file_limit'),
  /** Files the OS asked us to open (double-click, second launch), each handed over once. */
  takeOpenedFiles: () => call<string[]>('take_opened_files'),
  /** Told when the OS hands over more files; then call takeOpenedFiles. */
  onOpenedFiles: (handler: () => void): Promise<UnlistenFn> => listen('open-files', () => handler()),

  // ---- persona board ----
  /** Opens the native file dialog (titled `title`); the chosen image comes back re-encoded as a data: URL, or null if cancelled. */
  choosePersonaPicture: (title: string) => call<string | null>('choose_persona_picture', { title }),
  /** The same dialog and re-encoding, for the consultant's logo on the deliverable's cover. */
  chooseLogo: (title: string) => call<string | null>('choose_persona_picture', { title }),

  // ---- editorial calendar ----
  /** The days of a month or week view around `anchor` ('YYYY-MM-DD'; null: today); `locale` picks the first weekday. */
  calendarGrid: (view: CalendarView, anchor: string | null, locale: string) =>
    call<CalendarGrid>('calendar_grid', { view, anchor, locale }),
  /** '#rrggbb' per channel, the same palette as the PDF. */
  channelColors: (channels: Channel[]) => call<string[]>('channel_colors', { channels }),
  /** Reschedules a content item (date null: the backlog) as the `index`-th of its day. */
  moveContent: (strategyId: string, id: string, date: string | null, index: number) =>
    inOrder<ContentMove>('move_content', { strategyId, id, date, index }),
  calendarPrefs: (strategyId: string) => inOrder<CalendarPrefs>('calendar_prefs', { strategyId }),
  setCalendarPrefs: (strategyId: string, prefs: CalendarPrefs) =>
    inOrder<CalendarPrefs>('set_calendar_prefs', { strategyId, prefs }),
  saveCalendarSlot: (strategyId: string, slot: RecurringSlot) =>
    inOrder<RecurringSlot[]>('save_calendar_slot', { strategyId, slot }),
  deleteCalendarSlot: (strategyId: string, id: string) =>
    inOrder<RecurringSlot[]>('delete_calendar_slot', { strategyId, id }),
  /** The calendar as .ics / .csv where the user chooses (native dialog); null if cancelled. */
  exportIcs: (id: string, language: Language, timeZone: string | null) =>
    call<string | null>('export_ics', { id, language, timeZone }),
  exportCsv: (id: string, language: Language) => call<string | null>('export_csv', { id, language }),

  // ---- channel matrix and KPI planner (grids) ----
  /** The channel plan's weekly hours against the team's (the engine's arithmetic). */
  channelCapacity: (team: TeamMember[], channels: Channel[]) =>
    call<Capacity>('channel_capacity', { team, channels }),

  // ---- backups (durability) ----
  /** The library's backups, newest first. */
  listBackups: () => call<BackupInfo[]>('list_backups'),
  /** Replaces the library with a backup (the current one is backed up first), then reopens it. */
  restoreBackup: (fileName: string) => call<void>('restore_backup', { fileName }),
  /** Why the library file is damaged (then it was not opened), or null. */
  libraryDamage: () => call<string | null>('library_damage'),

  /** Native menu items arrive here by id (new_strategy, library, quit, language_fr, ...). */
  onMenu: (handler: (id: string) => void): Promise<UnlistenFn> =>
    listen<string>('menu', (event) => handler(event.payload)),
};
