// The calendar renders the shown period and the periods either side of it,
// each in a page of its own (the others hidden), so that previous / next only
// change which page shows. Pages are rewritten in place, cell by cell: a page
// is a slot, not a period.
import type { CalendarGrid } from './generated/CalendarGrid';

export interface Pages<T> {
  pages: T[];
  /** Index of the page shown. */
  active: number;
}

/** A period's identity: the same view of the same days. */
export function gridKey(grid: CalendarGrid): string {
  return `${grid.view}|${grid.month}|${grid.days[0]?.date ?? ''}|${grid.days.length}`;
}

/**
 * Shows `current`: the page already holding it if any (nothing to render),
 * else the shown page rewritten with it.
 */
export function showPage<T>(state: Pages<T>, current: T, key: (page: T) => string): Pages<T> {
  const wanted = key(current);
  const found = state.pages.findIndex((page) => key(page) === wanted);
  if (found >= 0) return found === state.active ? state : { pages: state.pages, active: found };
  if (state.pages.length === 0) return { pages: [current], active: 0 };
  const active = Math.min(state.active, state.pages.length - 1);
  const pages = [...state.pages];
  pages[active] = current;
  return { pages, active };
}

/**
 * Puts the `neighbours` of the shown page into the hidden pages: pages already
 * holding one are kept, the others are rewritten, and pages are added up to one
 * per neighbour. The shown page is never touched.
 */
export function fillPages<T>(state: Pages<T>, neighbours: readonly T[], key: (page: T) => string): Pages<T> {
  const wanted = new Set(neighbours.map(key));
  const shownKey = state.pages[state.active] === undefined ? null : key(state.pages[state.active] as T);
  wanted.delete(shownKey ?? '');
  const pages = [...state.pages];
  const free: number[] = [];
  pages.forEach((page, index) => {
    if (index === state.active) return;
    if (!wanted.delete(key(page))) free.push(index);
  });
  const missing = neighbours.filter((page) => wanted.delete(key(page)));
  for (const page of missing) {
    const slot = free.shift();
    if (slot === undefined) pages.push(page);
    else pages[slot] = page;
  }
  const changed = pages.length !== state.pages.length || pages.some((page, index) => page !== state.pages[index]);
  return changed ? { pages, active: state.active } : state;
}
