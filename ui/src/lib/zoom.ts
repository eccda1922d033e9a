// Presentation zoom: scales the root font size, remembered across runs.

export const ZOOM_LEVELS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const STORAGE_KEY = 'stratege.zoom';

export function nextZoom(current: number, direction: 1 | -1): number {
  const index = ZOOM_LEVELS.findIndex((level) => level >= current - 1e-9);
  const here = index === -1 ? ZOOM_LEVELS.length - 1 : index;
  const exact = Math.abs((ZOOM_LEVELS[here] ?? 1) - current) < 1e-9;
  const target = direction === 1 ? (exact ? here + 1 : here) : here - 1;
  return ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, Math.max(0, target))] ?? 1;
}

export function loadZoom(storage: Pick<Storage, 'getItem'> | undefined): number {
  const value = Number(storage?.getItem(STORAGE_KEY));
  return (ZOOM_LEVELS as readonly number[]).includes(value) ? value : 1;
}

export function applyZoom(zoom: number, storage: Pick<Storage, 'setItem'> | undefined): void {
  document.documentElement.style.setProperty('--zoom', String(zoom));
  try {
    storage?.setItem(STORAGE_KEY, String(zoom));
  } catch {
    // Private mode or full storage: the zoom still applies for this run.
  }
}
