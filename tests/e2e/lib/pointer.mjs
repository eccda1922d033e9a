// Pointer drags in real WebDriver input, for the drag-and-drop library
// (svelte-dnd-action). The library does not look under the pointer on every
// move: it looks every 200 ms, and only decides again once the pointer has
// moved 10 px since its last look. So a drag rests over its target longer than
// one look before it lets go, as a hand does, and can wait until the target
// shows the dragged item's placeholder.

const LIBRARY_LOOK_MS = 200;

/** `n` pointer moves from `from` to `to`, one per frame. */
function glide(from, to, n) {
  return Array.from({ length: n }, (_, i) => ({
    type: 'pointerMove', duration: 16, origin: 'viewport',
    x: Math.round(from.x + ((to.x - from.x) * (i + 1)) / n), y: Math.round(from.y + ((to.y - from.y) * (i + 1)) / n),
  }));
}

async function act(app, actions) {
  await app.browser.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
}

/** What is under viewport point `at`, and whether the library is dragging (for failure messages). */
function look(app, at) {
  return app.browser.execute((point) => {
    const describe = (el) => el && `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const under = document.elementFromPoint(point.x, point.y);
    return { dragging: document.getElementById('dnd-action-dragged-el') !== null, under: describe(under), parent: describe(under?.parentElement) };
  }, at).catch((error) => error.message);
}

/**
 * The viewport point of `selector` a hand would aim at, once it is still and
 * not covered: the same box 50 ms apart, and the topmost element there is
 * it or inside it. `yFraction` of its height from the top, at most `maxDy` px
 * (JSON carries the arguments: no Infinity).
 */
export async function aimAt(app, selector, { yFraction = 0.5, maxDy = null } = {}) {
  let last;
  await app.browser.waitUntil(async () => {
    last = await app.browser.executeAsync((sel, fraction, cap, done) => {
      const el = document.querySelector(sel);
      if (!el) return done({ missing: true });
      const box = () => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; };
      const before = box();
      setTimeout(() => {
        const [left, top, width, height] = box();
        const point = { x: Math.round(left + width / 2), y: Math.round(top + Math.min(height * fraction, cap ?? height)) };
        const still = before.every((v, i) => Math.abs(v - [left, top, width, height][i]) < 0.5);
        const hit = document.elementFromPoint(point.x, point.y);
        done({ point, still, visible: hit !== null && el.contains(hit) });
      }, 50);
    }, selector, yFraction, maxDy);
    return last.point && last.still && last.visible;
  }, { timeout: 5000, interval: 50 }).catch(() => {
    throw new Error(`${selector} is not still and in view to aim at: ${JSON.stringify(last)}`);
  });
  return last.point;
}

/** Presses at `start`, moves past the library's threshold, glides to `end`; the button stays down. */
export async function pressAndGlide(app, start, end, steps = 12) {
  const pressed = await look(app, start);
  const started = { x: start.x + 10, y: start.y + 8 };
  await act(app, [
    { type: 'pointerMove', duration: 0, origin: 'viewport', x: start.x, y: start.y },
    { type: 'pointerDown', button: 0 },
    { type: 'pause', duration: 60 },
    ...glide(start, started, 2),
  ]);
  const now = await look(app, started);
  if (!now.dragging) {
    await release(app);
    throw new Error(`a press at ${JSON.stringify(start)} on ${JSON.stringify(pressed)} started no drag`);
  }
  await glideOn(app, started, end, steps);
}

async function release(app) {
  await act(app, [{ type: 'pointerUp', button: 0 }]).catch(() => {});
  await app.browser.releaseActions().catch(() => {});
}

/** Moves on to `end` with the button still down. */
export async function glideOn(app, from, end, steps = 12) {
  await act(app, glide(from, end, steps));
}

/** Keeps the pointer still, button down, for `ms`. */
export async function hold(app, ms) {
  await act(app, [{ type: 'pause', duration: ms }]);
}

/**
 * Rests at `at` for longer than one look of the library; when `over` (a CSS
 * selector) is given, waits until it matches (the placeholder in the target),
 * so a drag that never reached its target fails here and says so. Then lets go.
 */
export async function restAndRelease(app, at, { over } = {}) {
  await hold(app, LIBRARY_LOOK_MS + 100);
  if (over) {
    await app.browser.waitUntil(() => app.browser.execute((s) => document.querySelector(s) !== null, over), {
      timeout: 3000, interval: 50,
    }).catch(async () => {
      const seen = await look(app, at);
      await release(app);
      throw new Error(`the drag to ${JSON.stringify(at)} never showed ${over} (${JSON.stringify(seen)})`);
    });
  }
  await act(app, [
    { type: 'pointerMove', duration: 30, origin: 'viewport', x: at.x + 1, y: at.y },
    { type: 'pause', duration: 100 },
    { type: 'pointerUp', button: 0 },
  ]);
  await app.browser.releaseActions();
}

/** A whole drag from `start` to `end` (viewport points); see `restAndRelease` for `over`. */
export async function drag(app, start, end, { steps = 12, over } = {}) {
  await pressAndGlide(app, start, end, steps);
  await restAndRelease(app, end, { over });
}
