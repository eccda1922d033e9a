// The workspace's steps, in the method's order.

export const STEPS = [
  'overview',
  'team',
  'objectives',
  'listening',
  'personas',
  'kpis',
  'differentiator',
  'channels',
  'content',
  'human',
] as const;

export type Step = (typeof STEPS)[number];

/** What the navigation shows before each step's name: the method's numbering. */
export const STEP_NUMBERS: Record<Step, string> = {
  overview: 'i',
  team: '1',
  objectives: '2',
  listening: '3',
  personas: '4',
  kpis: '5',
  differentiator: '6',
  channels: '7',
  content: '7',
  human: '+',
};

/** The step `delta` places away from `step`, clamped to the first and last. */
export function stepAfter(step: Step, delta: number): Step {
  const index = STEPS.indexOf(step) + delta;
  return STEPS[Math.min(STEPS.length - 1, Math.max(0, index))] ?? step;
}

export function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}
