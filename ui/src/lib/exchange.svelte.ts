// `.strategy` export and import as the user meets them: from a button or the
// menu, a file dropped on the window, or a file the OS asks us to open. Every
// import asks first; a strategy already in the library leads to the one
// ImportChoiceDialog (open as a copy, or replace keeping a backup).
import { api, ApiError } from './api';
import type { ImportMode } from './generated/ImportMode';
import type { ImportOutcome } from './generated/ImportOutcome';
import type { StrategySummary } from './generated/StrategySummary';
import { notifyError, notifyInfo } from './notices.svelte';
import { saver } from './saving.svelte';

export type ImportSource = { path: string } | { bytes: Uint8Array };
export type ImportChoice = Exclude<ImportMode, 'ask'>;

/** The open question, if any: the strategy already in the library. */
export const importQuestion = $state<{ existing: StrategySummary | null }>({ existing: null });
let resolveQuestion: ((choice: ImportChoice | null) => void) | null = null;

function askImportChoice(existing: StrategySummary): Promise<ImportChoice | null> {
  resolveQuestion?.(null);
  return new Promise((resolve) => {
    resolveQuestion = resolve;
    importQuestion.existing = existing;
  });
}

/** The dialog's answer; null cancels the import. */
export function answerImportChoice(choice: ImportChoice | null): void {
  const resolve = resolveQuestion;
  resolveQuestion = null;
  importQuestion.existing = null;
  resolve?.(choice);
}

function send(source: ImportSource, mode: ImportMode): Promise<ImportOutcome> {
  return 'path' in source ? api.importStrategyFile(source.path, mode) : api.importStrategyBytes(source.bytes, mode);
}

/** Imports from `source`, asking if the strategy is already there. Returns the id to open, or null. */
export async function importStrategy(source: ImportSource): Promise<string | null> {
  try {
    // A replace may overwrite the open strategy: what was typed is saved first (and kept in the backup).
    await saver.flushAll();
    let outcome = await send(source, 'ask');
    let choice: ImportChoice | null = null;
    if (outcome.outcome === 'conflict') {
      choice = await askImportChoice(outcome.existing);
      if (!choice) return null;
      outcome = await send(source, choice);
    }
    if (outcome.outcome !== 'imported') return null; // copy and replace never conflict
    if (outcome.backup) {
      notifyInfo('exchange.replaced', { title: outcome.strategy.title, backup: outcome.backup.title });
    } else if (choice === 'copy') {
      notifyInfo('exchange.copied', { title: outcome.strategy.title });
    } else {
      notifyInfo('exchange.imported', { title: outcome.strategy.title });
    }
    return outcome.strategy.id;
  } catch (error) {
    const newer = error instanceof ApiError && error.kind === 'newer_version';
    notifyError(error, newer ? 'exchange.newerFile' : 'exchange.importFailed');
    return null;
  }
}

/** The native open dialog, then the import. */
export async function importChosenFile(): Promise<string | null> {
  let path: string | null;
  try {
    path = await api.chooseStrategyFile();
  } catch (error) {
    notifyError(error, 'exchange.importFailed');
    return null;
  }
  return path ? importStrategy({ path }) : null;
}

/** Saves what is typed, then writes the strategy where the user chooses. */
export async function exportStrategy(id: string): Promise<void> {
  try {
    await saver.flushAll();
    const path = await api.exportStrategy(id);
    if (path) notifyInfo('exchange.exported', { path });
  } catch (error) {
    notifyError(error, 'exchange.exportFailed');
  }
}

let limit: number | undefined;

/** A file dropped on the window: its size is checked before it is read, then the backend reads it as any file. */
export async function importDroppedFile(file: File): Promise<string | null> {
  try {
    limit ??= await api.strategyFileLimit();
    if (file.size > limit) {
      const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;
      const problem = new ApiError('not_a_strategy_file', `${file.name}: ${mb(file.size)}, at most ${mb(limit)}`);
      notifyError(problem, 'exchange.tooLarge');
      return null;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    return await importStrategy({ bytes });
  } catch (error) {
    notifyError(error, 'exchange.importFailed');
    return null;
  }
}

/** The files of a drag, or none when it carries something else (text, a link, an in-page drag). */
export function draggedFiles(event: DragEvent): File[] {
  const transfer = event.dataTransfer;
  if (!transfer || !Array.from(transfer.types).includes('Files')) return [];
  return Array.from(transfer.files);
}

/** Whether a drag carries files, so the page accepts the drop instead of the webview opening the file. */
export function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}
