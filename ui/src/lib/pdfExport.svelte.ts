// Exporting the deliverable PDF: the button's busy state, a progress notice
// when rendering lasts more than a moment, then a notice offering to open the
// file. Rendering runs in the backend, off the UI thread; the backend says
// when the save dialog has closed and rendering begins ('export-rendering'),
// so no progress shows while the user is still choosing where to save.
import { api } from './api';
import type { Language } from './generated/Language';
import { dismiss, notifyError, notifyInfo } from './notices.svelte';
import { saver } from './saving.svelte';

/** Below this, a progress notice would only flash. */
export const SLOW_MS = 300;
const GROUP = 'pdf-export';

export const pdfExport = $state({ running: false, slow: false });

/** Saves what is typed, then renders strategy `id` in `language` where the user chooses. */
export async function exportPdf(id: string, language: Language): Promise<void> {
  if (pdfExport.running) return;
  pdfExport.running = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let progress: number | undefined;
  const unlisten = await api
    .onExportRendering(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        pdfExport.slow = true;
        progress = notifyInfo('export.pdfRendering', undefined, { group: GROUP, sticky: true });
      }, SLOW_MS);
    })
    .catch(() => undefined);
  try {
    await saver.flushAll();
    const path = await api.exportPdf(id, language);
    clearTimeout(timer);
    if (progress !== undefined) dismiss(progress);
    if (path) {
      notifyInfo('export.pdfDone', { path }, { group: GROUP, action: { key: 'export.open', run: () => void open(path) } });
    }
  } catch (error) {
    notifyError(error);
  } finally {
    clearTimeout(timer);
    if (progress !== undefined) dismiss(progress);
    unlisten?.();
    pdfExport.running = false;
    pdfExport.slow = false;
  }
}

async function open(path: string): Promise<void> {
  try {
    await api.openExported(path);
  } catch (error) {
    notifyError(error, 'export.openFailed');
  }
}
