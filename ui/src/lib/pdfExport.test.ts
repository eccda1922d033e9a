import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let renderingHandler: (() => void) | undefined;
let finish: ((path: string | null) => void) | undefined;
const opened: string[] = [];

vi.mock('./api', () => ({
  api: {
    onExportRendering: async (handler: () => void) => {
      renderingHandler = handler;
      return () => (renderingHandler = undefined);
    },
    exportPdf: () => new Promise<string | null>((resolve) => (finish = resolve)),
    openExported: async (path: string) => void opened.push(path),
  },
}));
vi.mock('./saving.svelte', () => ({ saver: { flushAll: async () => undefined } }));

const { exportPdf, pdfExport, SLOW_MS } = await import('./pdfExport.svelte');
const { notices } = await import('./notices.svelte');

/** Lets pending promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('exporting the PDF', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    notices.splice(0);
    opened.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('shows progress only once rendering lasts, then offers to open the file', async () => {
    const done = exportPdf('s1', 'fr');
    await settle();
    expect(pdfExport.running).toBe(true);
    // The save dialog is open: no progress yet, however long the user takes.
    await vi.advanceTimersByTimeAsync(2000);
    expect(notices).toHaveLength(0);
    renderingHandler?.();
    await vi.advanceTimersByTimeAsync(SLOW_MS - 50);
    expect(pdfExport.slow).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(pdfExport.slow).toBe(true);
    expect(notices.map((n) => n.key)).toEqual(['export.pdfRendering']);
    finish?.('/tmp/plan.pdf');
    await done;
    expect(pdfExport).toEqual({ running: false, slow: false });
    expect(notices.map((n) => n.key)).toEqual(['export.pdfDone']);
    expect(renderingHandler).toBeUndefined();
    notices[0]?.action?.run();
    await settle();
    expect(opened).toEqual(['/tmp/plan.pdf']);
  });

  it('a quick render shows no progress, and a cancelled dialog no notice', async () => {
    const quick = exportPdf('s1', 'fr');
    await settle();
    renderingHandler?.();
    await vi.advanceTimersByTimeAsync(100);
    finish?.('/tmp/a.pdf');
    await quick;
    await vi.advanceTimersByTimeAsync(1000);
    expect(notices.map((n) => n.key)).toEqual(['export.pdfDone']);
    notices.splice(0);
    const cancelled = exportPdf('s1', 'fr');
    await settle();
    finish?.(null);
    await cancelled;
    expect(notices).toHaveLength(0);
  });
});
