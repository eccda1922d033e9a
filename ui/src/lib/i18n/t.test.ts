import { describe, expect, it } from 'vitest';
import { i18n, t } from './index.svelte';

describe('t', () => {
  it('fills placeholders, per language, however often the same values come back', async () => {
    (globalThis as { document?: unknown }).document ??= { documentElement: {} };
    await i18n.use('fr');
    const french = t('calendar.quickAddOn', { day: 'jeudi 4 mars' });
    expect(french).toContain('jeudi 4 mars');
    expect(t('calendar.quickAddOn', { day: 'jeudi 4 mars' })).toBe(french);
    expect(t('calendar.quickAddOn', { day: 'vendredi 5 mars' })).toContain('vendredi 5 mars');
    await i18n.use('en');
    const english = t('calendar.quickAddOn', { day: 'jeudi 4 mars' });
    expect(english).toContain('jeudi 4 mars');
    expect(english).not.toBe(french);
    await i18n.use('fr');
  });
});
