// Small DOM behaviours used by several components.

const nativeSizing = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
const pending = new Set<HTMLTextAreaElement>();
let frame = 0;

/** Resizes every waiting textarea in one pass: all writes, one layout, all reads, all writes. */
function resizePending() {
  frame = 0;
  const nodes = [...pending].filter((node) => node.isConnected);
  pending.clear();
  const scrollers = new Map<HTMLElement, number>();
  for (const node of nodes) {
    const scroller = node.closest<HTMLElement>('[data-scroll]');
    if (scroller && !scrollers.has(scroller)) scrollers.set(scroller, scroller.scrollTop);
  }
  for (const node of nodes) node.style.height = 'auto';
  const heights = nodes.map((node) => node.scrollHeight);
  nodes.forEach((node, i) => (node.style.height = `${(heights[i] ?? 0) + 2}px`));
  for (const [scroller, top] of scrollers) scroller.scrollTop = top;
}

function schedule(node: HTMLTextAreaElement) {
  pending.add(node);
  if (!frame) frame = requestAnimationFrame(resizePending);
}

/**
 * Grows a textarea with its content. Uses CSS `field-sizing: content` where
 * the engine has it; elsewhere measures, batched so a page of a hundred
 * textareas lays out once, not a hundred times.
 */
export function autosize(node: HTMLTextAreaElement, _value?: unknown) {
  if (nativeSizing) return {};
  let width = -1;
  const observer = new ResizeObserver(([entry]) => {
    const next = Math.round(entry?.contentRect.width ?? 0);
    if (next !== width) {
      width = next;
      schedule(node);
    }
  });
  observer.observe(node);
  const onInput = () => schedule(node);
  node.addEventListener('input', onInput);
  return {
    update: () => schedule(node),
    destroy() {
      observer.disconnect();
      pending.delete(node);
      node.removeEventListener('input', onInput);
    },
  };
}

/** A keydown listener on a container, for shortcuts that apply while focus is inside it. */
export function keys(node: HTMLElement, handler: (event: KeyboardEvent) => void) {
  let current = handler;
  const listener = (event: KeyboardEvent) => current(event);
  node.addEventListener('keydown', listener);
  return {
    update(next: (event: KeyboardEvent) => void) {
      current = next;
    },
    destroy() {
      node.removeEventListener('keydown', listener);
    },
  };
}

/** Focuses the first element matching `selector` inside `root` (after the DOM settled). */
export function focusIn(root: ParentNode | null | undefined, selector: string): boolean {
  const target = root?.querySelector<HTMLElement>(selector);
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
  return true;
}
