// One launch of the real app: tauri-driver + a WebDriver session, and the UI
// helpers the scenarios use (all lookups by data-testid).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { remote } from 'webdriverio';
import { DRIVER_PORT, noteDescendants, startDriver, stopDriver } from './proc.mjs';

export const STEPS = ['overview', 'team', 'objectives', 'listening', 'personas', 'kpis',
  'differentiator', 'channels', 'content', 'human'];

const WAIT = Number(process.env.E2E_WAIT_MS || 10000);
const FIRST_RENDER_WAIT = Number(process.env.E2E_FIRST_RENDER_MS || 30000);

/** WebDriver key codes. */
export const KEY = { null: '\uE000', enter: '\uE007', backspace: '\uE003', tab: '\uE004', shift: '\uE008', control: '\uE009' };

export const sel = (testid) => `[data-testid="${testid}"]`;

/** A fresh, empty folder used as HOME, XDG dirs and STRATEGE_DATA_DIR. */
export function freshProfile(tmpRoot, label) {
  const root = fs.mkdtempSync(path.join(tmpRoot, `${label}-`));
  const dirs = { root, home: path.join(root, 'home'), data: path.join(root, 'data'), exports: path.join(root, 'exports') };
  for (const dir of [dirs.home, dirs.data, dirs.exports]) fs.mkdirSync(dir, { recursive: true });
  return dirs;
}

/** The environment for tauri-driver, WebKitWebDriver and the app. */
export function appEnv(profile, lang) {
  const env = { ...process.env };
  // sys-locale reads LC_ALL, then LC_MESSAGES, then LANG: let LANG decide.
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANGUAGE;
  env.LANG = lang;
  // Keep X authorisation working once HOME moves (xvfb-run already sets XAUTHORITY).
  if (!env.XAUTHORITY && fs.existsSync(path.join(os.homedir(), '.Xauthority'))) {
    env.XAUTHORITY = path.join(os.homedir(), '.Xauthority');
  }
  const home = profile.home;
  Object.assign(env, {
    HOME: home,
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    STRATEGE_DATA_DIR: profile.data,
    // Exports go here instead of through the native save dialog, which WebDriver cannot drive.
    STRATEGE_E2E_SAVE_DIR: profile.exports,
  });
  // WebKit's CLI flags never come from here; GTK accessibility bus noise off.
  env.NO_AT_BRIDGE = '1';
  return env;
}

export class App {
  constructor({ browser, driver, run, scenario }) {
    this.browser = browser;
    this.driver = driver;
    this.run = run; // shared run state: artifacts dir, screenshot counter, timings
    this.scenario = scenario;
    this.closed = false;
  }

  /**
   * Starts tauri-driver and opens a session on the app; waits for the first render.
   * Records session-open and first-render times.
   */
  static async launch({ run, scenario, profile, lang = 'en_US.UTF-8', label = 'launch' }) {
    const env = appEnv(profile, lang);
    const logFile = path.join(run.logsDir, `${scenario.slug}-${label}.log`);
    const driver = await startDriver({ env, logFile });
    let browser;
    try {
      const t0 = performance.now();
      browser = await remote({
        hostname: '127.0.0.1',
        port: DRIVER_PORT,
        logLevel: process.env.E2E_WDIO_LOG || 'silent', // our own messages say what failed
        connectionRetryCount: 0,
        connectionRetryTimeout: 60000,
        waitforTimeout: WAIT,
        waitforInterval: 50,
        capabilities: {
          browserName: 'wry',
          'wdio:enforceWebDriverClassic': true,
          'tauri:options': { application: run.appPath },
        },
      });
      const tSession = performance.now();
      noteDescendants(driver);
      const app = new App({ browser, driver, run, scenario });
      const first = await app.waitFirstRender();
      const tRender = performance.now();
      noteDescendants(driver);
      run.timings.launches.push({
        scenario: scenario.name,
        label,
        lang,
        sessionOpenMs: Math.round(tSession - t0),
        firstRender: first,
        sessionStartToFirstRenderMs: Math.round(tRender - t0),
      });
      return app;
    } catch (error) {
      if (browser) {
        await browser.saveScreenshot(run.nextShot(scenario.slug, `${label}-FAILED`)).catch(() => {});
        await browser.deleteSession().catch(() => {});
      }
      await stopDriver(driver).catch(() => {});
      throw error;
    }
  }

  /** Waits until the library, the workspace or the damaged-library screen is displayed (no other lookup before that). */
  async waitFirstRender() {
    let which = null;
    await this.browser.waitUntil(async () => {
      which = await this.browser.execute((a, b, c) => {
        const visible = (el) => el && el.getClientRects().length > 0;
        if (visible(document.querySelector(a))) return 'library';
        if (visible(document.querySelector(b))) return 'workspace';
        // A damaged library opens on the damaged-library screen (backups.mjs).
        if (visible(document.querySelector(c))) return 'damaged';
        return null;
      }, sel('library'), sel('workspace'), sel('damaged-screen')).catch(() => null);
      return which !== null;
    }, {
      timeout: FIRST_RENDER_WAIT,
      interval: 25,
      timeoutMsg: `first render: neither ${sel('library')} nor ${sel('workspace')} became visible within ${FIRST_RENDER_WAIT} ms`,
    });
    return which;
  }

  /** Ends the session (the app quits) and kills tauri-driver and its children. */
  async quit() {
    if (this.closed) return;
    this.closed = true;
    try {
      noteDescendants(this.driver);
      await Promise.race([
        this.browser.deleteSession(),
        new Promise((resolve) => setTimeout(resolve, 10000)),
      ]).catch(() => {});
    } finally {
      await stopDriver(this.driver);
    }
  }

  /**
   * Kills the app process with SIGKILL (a crash, a dead battery): no quit path,
   * no flush. Returns how many app processes were killed; then tears the driver down.
   */
  async crash() {
    noteDescendants(this.driver);
    const isApp = (pid) => {
      try { return fs.realpathSync(`/proc/${pid}/exe`) === this.run.appPath; } catch { return false; }
    };
    const targets = [...this.driver.known].filter(isApp);
    for (const pid of targets) { try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ } }
    this.closed = true;
    await Promise.race([this.browser.deleteSession(), new Promise((r) => setTimeout(r, 3000))]).catch(() => {});
    await stopDriver(this.driver);
    return targets.length;
  }

  // ---- lookups ---------------------------------------------------------------

  /** The element with data-testid `testid` (inside `within`, an element or testid), once displayed. */
  async el(testid, { within, timeout = WAIT } = {}) {
    const scope = await this.scope(within);
    const element = await scope.$(sel(testid));
    await element.waitForDisplayed({
      timeout,
      timeoutMsg: `${sel(testid)}${within ? ` inside ${describe(within)}` : ''} not displayed within ${timeout} ms`,
    });
    return element;
  }

  /** All elements with data-testid `testid` (no wait). */
  async all(testid, { within } = {}) {
    const scope = await this.scope(within);
    return Array.from(await scope.$$(sel(testid)));
  }

  async scope(within) {
    if (!within) return this.browser;
    if (typeof within === 'string') return this.el(within);
    return within;
  }

  async count(testid, opts) {
    return (await this.all(testid, opts)).length;
  }

  async waitCount(testid, n, { within, timeout = WAIT } = {}) {
    let last = -1;
    await this.browser.waitUntil(async () => (last = await this.count(testid, { within })) === n, {
      timeout,
      interval: 50,
    }).catch(() => { throw new Error(`expected ${n} × ${sel(testid)}, still ${last} after ${timeout} ms`); });
  }

  /** Waits until no element `testid` is displayed (gone, or hidden like a closed <dialog>). */
  async waitHidden(testid, { timeout = WAIT } = {}) {
    let shown = -1;
    await this.browser.waitUntil(async () => {
      shown = await this.browser.execute((s) => Array.from(document.querySelectorAll(s))
        .filter((el) => el.getClientRects().length > 0).length, sel(testid));
      return shown === 0;
    }, { timeout, interval: 50 }).catch(() => { throw new Error(`${sel(testid)} still displayed (${shown}) after ${timeout} ms`); });
  }

  /**
   * Clicks `testid` once it stands still (the same box 50 ms apart), as a
   * hand would: a card that grows or slides while its coach tips arrive must
   * not take the click meant for a button that was under the pointer.
   */
  async click(testid, opts) {
    const element = await this.el(testid, opts);
    await this.browser.waitUntil(() => this.browser.executeAsync((el, done) => {
      const box = () => { const r = el.getBoundingClientRect(); return `${r.left},${r.top},${r.width},${r.height}`; };
      const before = box();
      setTimeout(() => done(box() === before), 50);
    }, element), { timeout: 3000, interval: 20 }).catch(() => {}); // still moving after 3 s: click anyway, the check after it will say
    await element.click();
    return element;
  }

  // ---- editing ---------------------------------------------------------------

  /**
   * Replaces the text of the input/textarea `testid` by typing `text` (real key
   * events, so the UI sees `input` events); checks the value took.
   */
  async fill(testid, text, { within } = {}) {
    const element = await this.el(testid, { within });
    await element.click();
    await replaceText(element, text);
    await this.expectValue(testid, text, { within });
    return element;
  }

  /** Waits until the field's value is exactly `text` (re-finding it: the UI may re-render). */
  async expectValue(testid, text, { within, timeout = WAIT } = {}) {
    let last;
    await this.browser.waitUntil(async () => {
      const element = await (await this.scope(within)).$(sel(testid));
      last = (await element.isExisting()) ? await element.getValue() : '<missing>';
      return last === text;
    }, { timeout, interval: 50 }).catch(() => {
      throw new Error(`${sel(testid)}${within ? ` inside ${describe(within)}` : ''}: expected value ${JSON.stringify(text)}, got ${JSON.stringify(last)}`);
    });
  }

  /** Ticks (or unticks) a checkbox. */
  async setChecked(testid, checked, { within } = {}) {
    const element = await this.el(testid, { within });
    if ((await element.isSelected()) !== checked) await element.click();
    await this.browser.waitUntil(async () => (await element.isSelected()) === checked, {
      timeout: WAIT,
      timeoutMsg: `${sel(testid)} did not become ${checked ? 'checked' : 'unchecked'}`,
    });
  }

  /** Chooses the <option value=…> of the <select> `testid`. */
  async select(testid, value, { within } = {}) {
    const element = await this.el(testid, { within });
    await element.selectByAttribute('value', value);
    await this.expectValue(testid, value, { within });
  }

  /** Blurs the focused field (flushes the debounced save). */
  async blur() {
    await this.browser.execute(() => {
      const active = document.activeElement;
      if (active && active !== document.body && typeof active.blur === 'function') active.blur();
    });
  }

  /**
   * Blurs the focused field (which flushes the pending save) and waits for
   * save-status[data-state="saved"].
   */
  async waitSaved({ timeout = WAIT } = {}) {
    await this.blur();
    let state;
    await this.browser.waitUntil(async () => {
      state = await this.browser.execute((s) => {
        const el = document.querySelector(s);
        return el ? el.getAttribute('data-state') : '<no save-status>';
      }, sel('save-status'));
      return state === 'saved';
    }, { timeout, interval: 50 }).catch(async () => {
      const notices = await this.noticeText();
      throw new Error(`not saved after ${timeout} ms: ${sel('save-status')} data-state=${JSON.stringify(state)}`
        + `${notices ? `; the UI says: ${notices}` : ''}`);
    });
  }

  /** Text of the error notices / alerts on screen (to explain a failure). */
  async noticeText() {
    return this.browser.execute(() => Array.from(document.querySelectorAll('[data-testid="error-notice"], [role="alert"]'))
      .map((el) => el.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ')).catch(() => '');
  }

  // ---- navigation ------------------------------------------------------------

  async clickStep(step) {
    await this.click(`step-nav-${step}`);
    return this.el(`step-${step}`);
  }

  async toLibrary() {
    await this.click('nav-library');
    return this.el('library');
  }

  /** The strategy card whose text contains `text`. */
  async cardWithText(text, { timeout = WAIT } = {}) {
    let card;
    await this.browser.waitUntil(async () => {
      for (const candidate of await this.all('strategy-card')) {
        if ((await candidate.getText()).includes(text)) { card = candidate; return true; }
      }
      return false;
    }, { timeout, interval: 50, timeoutMsg: `no ${sel('strategy-card')} containing ${JSON.stringify(text)}` });
    return card;
  }

  async cardIds() {
    const ids = [];
    for (const card of await this.all('strategy-card')) ids.push(await card.getAttribute('data-id'));
    return ids;
  }

  /** Opens the card containing `text`; resolves with the workspace. */
  async openStrategy(text) {
    const card = await this.cardWithText(text);
    await (await this.el('open-strategy', { within: card })).click();
    return this.el('workspace');
  }

  /**
   * Clicks add-<kind> and waits for the new item-<kind> (an id not seen before).
   * Returns { item, id, ms } where ms is the click → IPC → DOM time seen from here.
   */
  async addItem(kind, { within } = {}) {
    const before = new Set(await this.itemIds(kind, { within }));
    const button = await this.el(`add-${kind}`, { within });
    const t0 = performance.now();
    await button.click();
    let id;
    await this.browser.waitUntil(async () => {
      id = (await this.itemIds(kind, { within })).find((x) => !before.has(x));
      return id !== undefined;
    }, { timeout: WAIT, interval: 10, timeoutMsg: `clicking ${sel(`add-${kind}`)} added no new ${sel(`item-${kind}`)}` });
    const ms = performance.now() - t0;
    return { item: await this.item(kind, id), id, ms };
  }

  /**
   * Same as addItem, but timed inside the page: click() then a MutationObserver
   * sees the new item. Measures click → IPC → SQLite → DOM without WebDriver overhead.
   */
  async addItemTimedInPage(kind) {
    const before = new Set(await this.itemIds(kind));
    const ms = await this.browser.executeAsync((kind, done) => {
      const selector = `[data-testid="item-${kind}"]`;
      const count = () => document.querySelectorAll(selector).length;
      const n = count();
      const t0 = performance.now();
      const timer = setTimeout(() => { observer.disconnect(); done(-1); }, 8000);
      const observer = new MutationObserver(() => {
        if (count() > n) { clearTimeout(timer); observer.disconnect(); done(performance.now() - t0); }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      document.querySelector(`[data-testid="add-${kind}"]`).click();
    }, kind);
    if (ms < 0) throw new Error(`in-page click on add-${kind}: no new item-${kind} within 8 s`);
    const id = (await this.itemIds(kind)).find((x) => !before.has(x));
    return { item: await this.item(kind, id), id, ms };
  }

  async itemIds(kind, { within } = {}) {
    const ids = [];
    for (const item of await this.all(`item-${kind}`, { within })) ids.push(await item.getAttribute('data-id'));
    return ids;
  }

  /** The entry item-<kind> with data-id `id`, once displayed. */
  async item(kind, id) {
    const element = await this.browser.$(`[data-testid="item-${kind}"][data-id="${id}"]`);
    await element.waitForDisplayed({ timeout: WAIT, timeoutMsg: `${sel(`item-${kind}`)}[data-id="${id}"] not displayed` });
    return element;
  }

  // ---- language --------------------------------------------------------------

  /**
   * The <html lang>, and the UI's own text: text nodes and placeholder / title /
   * aria-label attributes, leaving out user content (cards, field values).
   */
  async uiText() {
    return this.browser.execute(() => {
      const skip = '[data-testid="strategy-card"], textarea, select, script, style';
      const parts = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest(skip)) parts.push(node.nodeValue);
      }
      for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
        if (el.closest(skip)) continue;
        for (const name of ['placeholder', 'title', 'aria-label']) if (el.hasAttribute(name)) parts.push(el.getAttribute(name));
      }
      return { lang: document.documentElement.lang || '', text: parts.join(' \n ') };
    });
  }

  // ---- artifacts -------------------------------------------------------------

  /** Saves artifacts/NN-<scenario>-<what>.png. */
  async shot(what) {
    const file = this.run.nextShot(this.scenario.slug, what);
    // Let the last DOM change reach the screen: two animation frames = one full paint.
    await this.browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
      .catch(() => {});
    await this.browser.saveScreenshot(file);
    return file;
  }
}

/**
 * Selects all the field's text with Ctrl+A and types over it. Not Element Clear:
 * the WebDriver spec makes Clear blur the field, which commits or closes
 * blur-sensitive inputs (rename) and saves an empty value first.
 */
export async function replaceText(element, text) {
  await element.addValue(`${KEY.control}a${KEY.null}`); // Ctrl+A, then release Ctrl
  if (text === '') {
    await element.addValue(KEY.backspace);
    return;
  }
  // WebKitWebDriver drops "\n" from typed text: lines are separated by the Enter key.
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) await element.addValue(KEY.enter);
    if (line) await element.addValue(line);
  }
}

function describe(within) {
  return typeof within === 'string' ? sel(within) : 'element';
}
