import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, parseNumber } from './numbers';

const ok = (value: number | null) => ({ ok: true, value });
const bad = { ok: false };

describe('parseNumber', () => {
  it('reads French numbers with spaces and a decimal comma', () => {
    expect(parseNumber('1 200,5', 'fr')).toEqual(ok(1200.5));
    expect(parseNumber('1\u202f200,5', 'fr')).toEqual(ok(1200.5));
    expect(parseNumber('1\u00a0000\u00a0000', 'fr')).toEqual(ok(1_000_000));
    expect(parseNumber('12,5 %', 'fr')).toEqual(ok(12.5));
    expect(parseNumber('-3,25', 'fr')).toEqual(ok(-3.25));
  });

  it('reads English numbers with comma groups and a decimal point', () => {
    expect(parseNumber('1,200.5', 'en')).toEqual(ok(1200.5));
    expect(parseNumber('1,000,000', 'en')).toEqual(ok(1_000_000));
    expect(parseNumber('12.5%', 'en')).toEqual(ok(12.5));
    expect(parseNumber('1 200.5', 'en')).toEqual(ok(1200.5));
  });

  it('takes a keypad decimal point in French and dotted thousands', () => {
    expect(parseNumber('1.5', 'fr')).toEqual(ok(1.5));
    expect(parseNumber('1.200', 'fr')).toEqual(ok(1200));
    expect(parseNumber('1.200,5', 'fr')).toEqual(ok(1200.5));
  });

  it('an empty box is no value', () => {
    expect(parseNumber('', 'fr')).toEqual(ok(null));
    expect(parseNumber('   ', 'en')).toEqual(ok(null));
  });

  it('refuses what it cannot read without guessing', () => {
    for (const text of ['abc', '12a', '1,2,3', '1,,2', '%', '1,2', '1,20.5', '--1', '1.2.3', 'Infinity', '1e5']) {
      expect(parseNumber(text, 'en'), text).toEqual(bad);
    }
    for (const text of ['abc', '1,2,3', '1,5,', '1.2.3', '12 ,', 'NaN']) {
      expect(parseNumber(text, 'fr'), text).toEqual(bad);
    }
  });
});

describe('formatNumber', () => {
  it('writes each language its own way', () => {
    expect(formatNumber(1200.5, 'fr').replace(/\s/g, ' ')).toBe('1 200,5');
    expect(formatNumber(1200.5, 'en')).toBe('1,200.5');
    expect(formatNumber(null, 'en')).toBe('');
    expect(formatPercent(12.5, 'fr').replace(/\s/g, ' ')).toBe('12,5 %');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
  });

  it('reads back what it writes', () => {
    for (const n of [0, 1, 1200.5, 987654.25, -42.5]) {
      expect(parseNumber(formatNumber(n, 'fr'), 'fr')).toEqual(ok(n));
      expect(parseNumber(formatNumber(n, 'en'), 'en')).toEqual(ok(n));
    }
  });
});
