import { describe, expect, it } from 'vitest';
import { fillPages, showPage, type Pages } from './calendar-pages';

const key = (page: string) => page;

describe('calendar pages', () => {
  it('renders the first period into a first page', () => {
    expect(showPage({ pages: [], active: 0 }, 'feb', key)).toEqual({ pages: ['feb'], active: 0 });
  });

  it('shows a period rendered ahead without rendering anything', () => {
    const state: Pages<string> = { pages: ['feb', 'jan', 'mar'], active: 0 };
    const next = showPage(state, 'mar', key);
    expect(next).toEqual({ pages: ['feb', 'jan', 'mar'], active: 2 });
    expect(next.pages).toBe(state.pages);
    expect(showPage(next, 'mar', key)).toBe(next);
  });

  it('rewrites the shown page for a period not rendered ahead', () => {
    expect(showPage({ pages: ['feb', 'jan', 'mar'], active: 2 }, 'aug', key)).toEqual({ pages: ['feb', 'jan', 'aug'], active: 2 });
  });

  it('fills hidden pages with the neighbours, keeping those already there', () => {
    // March shown: February stays, January is rewritten with April.
    const filled = fillPages({ pages: ['feb', 'jan', 'mar'], active: 2 }, ['feb', 'apr'], key);
    expect(filled).toEqual({ pages: ['feb', 'apr', 'mar'], active: 2 });
  });

  it('adds pages up to one per neighbour and never touches the shown one', () => {
    expect(fillPages({ pages: ['feb'], active: 0 }, ['jan', 'mar'], key)).toEqual({ pages: ['feb', 'jan', 'mar'], active: 0 });
    const state: Pages<string> = { pages: ['feb', 'jan', 'mar'], active: 0 };
    expect(fillPages(state, ['jan', 'mar'], key)).toBe(state);
    expect(fillPages(state, ['feb', 'feb'], key)).toBe(state);
  });
});
