import { describe, expect, it } from 'vitest';
import { badgeCount, sortedAdvice } from './coach.svelte';
import type { Report } from './generated/Report';
import { STEPS } from './steps';

const report: Report = {
  overall: 70,
  steps: [
    { step: 'team', score: 85, blockers: 0, warnings: 1, tips: 0 },
    { step: 'objectives', score: 60, blockers: 1, warnings: 0, tips: 1 },
  ],
  advice: [
    { rule: 'team.x', severity: 'warning', target: { step: 'team', kind: null, item_id: null, field: null }, message_fr: 'fr', message_en: 'en' },
    { rule: 'goals.tip', severity: 'tip', target: { step: 'objectives', kind: null, item_id: null, field: null }, message_fr: 'fr', message_en: 'en' },
    { rule: 'goals.no_primary', severity: 'blocker', target: { step: 'objectives', kind: 'objective', item_id: null, field: null }, message_fr: 'fr', message_en: 'en' },
  ],
};

describe('coach', () => {
  it('counts blockers and warnings per step, not tips', () => {
    expect(badgeCount(report, 'team')).toBe(1);
    expect(badgeCount(report, 'objectives')).toBe(1);
    expect(badgeCount(report, 'human')).toBe(0);
    expect(badgeCount(null, 'team')).toBe(0);
  });

  it('lists blockers first, then warnings, then tips', () => {
    expect(sortedAdvice(report, STEPS).map((a) => a.rule)).toEqual(['goals.no_primary', 'team.x', 'goals.tip']);
  });
});
