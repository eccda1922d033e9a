// The persona board: cards typed in place and in the full editor, a picture
// through the (replaced) native dialog, a pointer drag to reorder, a keyboard
// reorder, a drag into another priority column; quit, relaunch: all there.
// Hostile text (markup, quotes, emoji, 2,000 characters) shows literally.
import fs from 'node:fs';
import path from 'node:path';
import { assert, equal } from '../lib/assert.mjs';
import { replaceText } from '../lib/app.mjs';
import { aimAt, drag } from '../lib/pointer.mjs';
import { writePng } from '../lib/png.mjs';

// WebKitWebDriver types characters of the BMP only: the emoji is ☕ (U+2615).
const MARKUP = '<img src=x onerror=alert(1)> « Zoé » "quoted" ☕';
const LONG = `Née à Saint-Étienne, ${'très '.repeat(400)}`.slice(0, 2000);
const A = { name: 'Élodie, 34 ans', tagline: 'Cherche des idées « prêtes à l’emploi »', values: 'Authenticité, proximité', challenges: 'Le temps' };
const B = { name: MARKUP, tagline: 'Parent pressé', demographics: LONG, values: 'Famille', challenges: '' };

const card = (id) => `[data-testid="persona-card"][data-id="${id}"]`;

/** The card of persona `id`, once displayed (looked up afresh: cards move). */
async function cardEl(app, id) {
  const element = await app.browser.$(card(id));
  await element.waitForDisplayed({ timeout: 10000, timeoutMsg: `${card(id)} not displayed` });
  return element;
}

async function columnIds(app, priority) {
  return app.browser.execute((p) =>
    [...document.querySelectorAll(`[data-testid="persona-column-${p}"] [data-testid="persona-card"]`)].map((c) => c.dataset.id), priority);
}

async function waitColumn(app, priority, expected, what) {
  let last;
  await app.browser.waitUntil(async () => {
    last = await columnIds(app, priority).catch((error) => `error: ${error.message}`);
    return JSON.stringify(last) === JSON.stringify(expected);
  }, { timeout: 10000, interval: 50 }).catch(() => {
    throw new Error(`${what}: column ${priority} is ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`);
  });
}

/** Adds a persona with the board's button; resolves with its id once its card shows. */
async function addPersona(app) {
  const before = new Set(await app.browser.execute(() =>
    [...document.querySelectorAll('[data-testid="persona-card"]')].map((c) => c.dataset.id)));
  await app.click('add-persona');
  let id;
  await app.browser.waitUntil(async () => {
    const now = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-testid="persona-card"]')].map((c) => c.dataset.id));
    id = now.find((x) => !before.has(x));
    return id !== undefined;
  }, { timeout: 10000, timeoutMsg: 'add-persona added no card' });
  // The new card's name field has the keyboard: type straight into it.
  const focused = await app.browser.execute((sel) => document.activeElement === document.querySelector(sel), `${card(id)} [data-testid="field-name"]`);
  assert(focused, 'the new card\'s name field is focused');
  return id;
}

/**
 * A pointer drag from the centre of `from` to a point of `to` (fraction of its
 * height); lets go once `over` (the placeholder where it should land) shows.
 */
async function dragCard(app, fromSelector, toSelector, { yFraction, over }) {
  // Both ends in view: the higher of the dragged card and the target at the
  // top of the view, a little off its edge (where a drag scrolls the view).
  await app.browser.execute((from, to) => {
    const ends = [document.querySelector(from).closest('li'), document.querySelector(to)];
    const [higher] = ends.sort((x, y) => x.getBoundingClientRect().top - y.getBoundingClientRect().top);
    higher.scrollIntoView({ block: 'start' });
    higher.closest('[data-scroll]')?.scrollBy(0, -40);
  }, fromSelector, toSelector);
  const start = await aimAt(app, fromSelector);
  const end = await aimAt(app, toSelector, { yFraction });
  await drag(app, start, end, { steps: 20, over });
}

/** Scrolls the step back to its top (the board's column headings in view). */
async function toTop(app) {
  await app.browser.execute(() => {
    const scroller = document.querySelector('[data-testid="persona-board"]').closest('[data-scroll]');
    if (scroller) scroller.scrollTop = 0;
    window.scrollTo(0, 0);
  });
}

async function commitMs(app) {
  const value = await (await app.el('persona-board')).getAttribute('data-commit-ms');
  return value === null ? null : Number(value);
}

async function fillIn(app, within, fields) {
  for (const [field, value] of Object.entries(fields)) {
    const element = await app.el(`field-${field}`, { within });
    await element.click();
    await replaceText(element, value);
  }
}

async function expectFields(app, within, fields, what) {
  for (const [field, value] of Object.entries(fields)) {
    const actual = await (await app.el(`field-${field}`, { within })).getValue();
    equal(actual, value, `${what}: ${field}`);
  }
}

export default {
  name: 'persona board: type, picture, drag, keyboard, relaunch',
  slug: 'persona-board',
  async run(t) {
    const profile = t.freshProfile();
    const picturePath = path.join(profile.root, 'face.png');
    writePng(picturePath);
    process.env.STRATEGE_E2E_PICTURE = picturePath; // replaces the native open dialog
    const title = `E2E Personas ${Date.now()}`;
    let app;
    try {
      app = await t.launch(profile, { label: 'before' });
    } finally {
      delete process.env.STRATEGE_E2E_PICTURE; // read at launch; no other scenario sees it
    }
    await app.el('library');
    await app.fill('new-strategy-title', title);
    await app.click('create-strategy');
    await app.el('workspace');
    await app.clickStep('personas');
    await app.el('persona-board');

    const a = await addPersona(app);
    await fillIn(app, await cardEl(app, a), { name: A.name, tagline: A.tagline });
    const b = await addPersona(app);
    await fillIn(app, await cardEl(app, b), { name: B.name, tagline: B.tagline });
    const c = await addPersona(app);
    await fillIn(app, await cardEl(app, c), { name: 'Chloé' });

    // The full editor of A, then of B (with a picture).
    for (const [id, fields, picture] of [[a, { values: A.values, challenges: A.challenges }, false], [b, { demographics: B.demographics, values: B.values }, true]]) {
      await app.click('persona-open', { within: await cardEl(app, id) });
      const editor = await app.el('persona-editor');
      await fillIn(app, editor, fields);
      if (picture) {
        await app.click('persona-picture-choose', { within: editor });
        await app.el('persona-picture', { within: editor });
      }
      await app.click('persona-editor-close');
      await app.waitHidden('persona-editor');
    }
    await app.waitSaved();
    await app.el('persona-picture', { within: await cardEl(app, b) });
    const src = await (await app.el('persona-picture', { within: await cardEl(app, b) })).getAttribute('src');
    assert(src.startsWith('data:image/jpeg;base64,') && src.length < 60000, `the picture is a small re-encoded JPEG (${src.slice(0, 30)}…, ${src.length} chars)`);
    // Markup stays text: no <img> made from it, the quotes and emoji as typed.
    const injected = await app.browser.execute(() => document.querySelectorAll('img[src="x"]').length);
    equal(injected, 0, '<img> elements created from user text');
    const glance = await app.browser.execute((sel) => document.querySelector(sel).textContent, `${card(b)} [data-testid="glance-situation"]`);
    assert(glance === B.demographics, `the long demographics show on the card as typed (${JSON.stringify(glance.slice(0, 40))}…, ${glance.length} chars)`);
    const layout = await app.browser.execute((sel) => {
      const el = document.querySelector(sel);
      return { card: el.getBoundingClientRect().width, scroll: el.scrollWidth, client: el.clientWidth, height: el.getBoundingClientRect().height };
    }, card(b));
    assert(layout.scroll <= layout.client + 1 && layout.height < 700, `the card with 2,000 characters keeps its shape (${JSON.stringify(layout)})`);
    await waitColumn(app, 'primary', [a, b, c], 'after adding');
    await app.shot('board-filled');

    // Pointer drag: B before A.
    await dragCard(app, `${card(b)} [data-testid="persona-handle"]`, card(a),
      { yFraction: 0.1, over: `[data-testid="persona-column-primary"] li[data-id="${b}"] + li[data-id="${a}"]` });
    await waitColumn(app, 'primary', [b, a, c], 'after dragging B before A');
    const dragMs = await commitMs(app);
    t.roundTrip('persona reorder: drop → move_item committed (in page)', { inPageMs: dragMs });

    // Keyboard: C's handle, Space, ↑, Space: C before A.
    await app.browser.execute((sel) => document.querySelector(sel).focus(), `${card(c)} [data-testid="persona-handle"]`);
    await app.browser.keys(' ');
    await app.browser.keys('ArrowUp');
    await waitColumn(app, 'primary', [b, c, a], 'after moving C up with the keyboard');
    const handleFocused = await app.browser.execute((sel) => document.querySelector(sel).contains(document.activeElement), card(c));
    assert(handleFocused, 'the moved card keeps the keyboard focus');
    await app.browser.keys(' '); // drop
    await app.browser.pause(200);

    // Pointer drag of B into the empty "secondary" column: its priority changes.
    await dragCard(app, `${card(b)} [data-testid="persona-handle"]`, '[data-testid="persona-column-secondary"] .persona-list',
      { yFraction: 0.5, over: `[data-testid="persona-column-secondary"] li[data-id="${b}"]` });
    await waitColumn(app, 'secondary', [b], 'after dragging B to the secondary column');
    await waitColumn(app, 'primary', [c, a], 'primary after dragging B away');
    await app.waitSaved();
    await app.shot('board-reordered');
    await app.quit();

    // Same library, new process: order, columns, fields, picture.
    app = await t.launch(profile, { label: 'after' });
    await app.el('library');
    await app.openStrategy(title);
    await app.clickStep('personas');
    await app.el('persona-board');
    await waitColumn(app, 'primary', [c, a], 'primary after relaunch');
    await waitColumn(app, 'secondary', [b], 'secondary after relaunch');
    await expectFields(app, await cardEl(app, a), { name: A.name, tagline: A.tagline }, 'A after relaunch');
    await expectFields(app, await cardEl(app, b), { name: B.name, tagline: B.tagline }, 'B after relaunch');
    await app.el('persona-picture', { within: await cardEl(app, b) });
    await app.click('persona-open', { within: await cardEl(app, b) });
    const editor = await app.el('persona-editor');
    await expectFields(app, editor, { demographics: B.demographics, values: B.values, challenges: '' }, 'B in the editor after relaunch');
    await app.shot('editor-after-relaunch');
    await app.click('persona-editor-close');
    // B has no challenge: the coach's tip shows on its card.
    await app.el('persona-warnings', { within: await cardEl(app, b) });
    await toTop(app);
    await app.shot('board-after-relaunch');

    // Duplicate A: the copy lands right after it, named as a copy; then remove the copy.
    await app.click('persona-duplicate', { within: await cardEl(app, a) });
    let copy;
    await app.browser.waitUntil(async () => {
      const ids = await columnIds(app, 'primary');
      copy = ids.length === 3 ? ids[2] : undefined;
      return copy !== undefined && ids[1] === a;
    }, { timeout: 10000, timeoutMsg: 'duplicating A added no card after it' });
    await app.expectValue('field-name', `${A.name} (copy)`, { within: await cardEl(app, copy) });
    await app.browser.waitUntil(() => app.browser.execute((sel) => document.activeElement === document.querySelector(sel),
      `${card(copy)} [data-testid="field-name"]`), { timeout: 5000, timeoutMsg: 'the copy\'s name field has the keyboard' });
    await app.waitSaved();
    await app.click('remove-item', { within: await cardEl(app, copy) });
    await app.click('confirm-ok');
    await waitColumn(app, 'primary', [c, a], 'after removing the copy');

    // A channel created from A's editor is linked at once and shows as a badge on the card.
    await app.click('persona-open', { within: await cardEl(app, a) });
    await app.click('persona-new-channel', { within: await app.el('persona-editor') });
    await app.click('persona-editor-close');
    await app.waitSaved();
    await app.el('persona-channel', { within: await cardEl(app, a) });

    // The bundled sample's board (four personas, pictures none: initials).
    await app.toLibrary();
    await app.openStrategy('Stratège social 2027');
    await app.clickStep('personas');
    await app.waitCount('persona-card', 4);
    await toTop(app);
    await app.shot('sample-board');
    console.log(`#   persona reorder, drop → committed (in page): ${dragMs} ms`);
  },
};
