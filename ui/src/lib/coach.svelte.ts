// The method coach's report on the open strategy. Rust evaluates the rules on
// what is saved; the UI asks again shortly after each save, so the report
// follows the user's typing without running on every keystroke.
import { api } from './api';
import type { Advice } from './generated/Advice';
import type { Report } from './generated/Report';
import type { Language } from './generated/Language';
import type { Step } from './steps';

export const REFRESH_DELAY = 250;

export const coach = $state<{ report: Report | null; failed: boolean }>({ report: null, failed: false });

let timer: ReturnType<typeof setTimeout> | undefined;
let latest = 0;

/** Asks for a fresh report after a short pause; a newer request supersedes an older one. */
export function refreshCoach(strategyId: string, delay = REFRESH_DELAY): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const request = ++latest;
    api
      .coachReport(strategyId)
      .then((report) => {
        if (request !== latest) return;
        coach.report = report;
        coach.failed = false;
      })
      .catch(() => {
        if (request === latest) coach.failed = true;
      });
  }, delay);
}

export function resetCoach(): void {
  clearTimeout(timer);
  latest += 1;
  coach.report = null;
  coach.failed = false;
}

export function adviceMessage(advice: Advice, language: Language): string {
  return language === 'fr' ? advice.message_fr : advice.message_en;
}

/** Blockers and warnings of a step: what its badge counts (tips stay in the panel). */
export function badgeCount(report: Report | null, step: Step): number {
  const score = report?.steps.find((s) => s.step === step);
  return score ? score.blockers + score.warnings : 0;
}

const SEVERITY_ORDER = { blocker: 0, warning: 1, tip: 2 } as const;

/** Advice sorted as the panel lists it: most severe first, then in the method's order. */
export function sortedAdvice(report: Report | null, steps: readonly Step[]): Advice[] {
  if (!report) return [];
  return [...report.advice].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      steps.indexOf(a.target.step) - steps.indexOf(b.target.step),
  );
}

/** The CSS selector of the field an advice points at, most precise first. */
export function targetSelectors(advice: Advice): string[] {
  const { kind, item_id, field } = advice.target;
  const entry = kind && item_id ? `[data-testid="item-${kind}"][data-id="${CSS.escape(item_id)}"]` : null;
  const fieldSel = field ? `[data-testid="field-${field}"]` : null;
  const selectors: string[] = [];
  if (entry && fieldSel) selectors.push(`${entry} ${fieldSel}`, `${entry} ${fieldSel} input`);
  if (entry) selectors.push(entry);
  if (fieldSel && !entry) selectors.push(fieldSel);
  if (kind && !item_id) selectors.push(`[data-testid="add-${kind}"]`);
  return selectors;
}
