// The two grids, in French: the channel matrix edited by click and by keyboard
// (totals follow), a channel's hours pushed over the team's capacity (warning),
// a KPI target typed in the French number format (and a typo refused);
// quit, relaunch: all there. Screenshots of both grids and both matrix faces.
import { assert, equal } from '../lib/assert.mjs';

const SAMPLE = 'Fournils Vernier';

/** Level, row total and column total around the cell (channel, persona). */
async function cellState(app, channel, persona) {
  return app.browser.execute((c, p) => {
    const q = (s) => document.querySelector(s);
    return {
      level: q(`[data-testid="matrix-cell"][data-channel="${c}"][data-persona="${p}"]`)?.dataset.level,
      row: Number(q(`[data-testid="matrix-row-total"][data-channel="${c}"]`)?.dataset.count),
      col: Number(q(`[data-testid="matrix-col-total"][data-persona="${p}"]`)?.dataset.count),
    };
  }, channel, persona);
}

async function waitCell(app, channel, persona, expected, what) {
  let last;
  await app.browser.waitUntil(async () => {
    last = await cellState(app, channel, persona);
    return Object.entries(expected).every(([k, v]) => last[k] === v);
  }, { timeout: 10000 }).catch(() => {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(last)}`);
  });
}

const cell = (c, p) => `[data-testid="matrix-cell"][data-channel="${c}"][data-persona="${p}"]`;
const kpiCell = (kpi, field) => `[data-testid="kpi-cell"][data-kpi="${kpi}"][data-field="${field}"]`;

async function typeInto(app, selector, text) {
  const input = await app.browser.$(selector);
  await input.waitForDisplayed({ timeout: 10000 });
  await input.click();
  await input.addValue('\uE009a\uE000'); // Ctrl+A, release
  await input.addValue(text);
  return input;
}

async function waitValue(app, selector, expected, what) {
  let last;
  await app.browser.waitUntil(async () => (last = (await (await app.browser.$(selector)).getValue()).replace(/[\u00a0\u202f]/g, ' ')) === expected,
    { timeout: 10000 }).catch(() => {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(last)}`);
  });
}

export default {
  name: 'grids: channel matrix and KPI planner',
  slug: 'grids',
  async run(t) {
    const profile = t.freshProfile();
    let app = await t.launch(profile, { lang: 'fr_FR.UTF-8', label: 'fr' });
    await app.el('library');
    await app.openStrategy(SAMPLE);

    // ---- the matrix, by click ----
    await app.clickStep('channels');
    await app.el('channel-matrix');
    // The first active channel and a persona it does not reach yet.
    const [channel, persona, channel2] = await app.browser.execute(() => {
      const cells = [...document.querySelectorAll('[data-testid="matrix-cell"][data-level="none"]')]
        .filter((c) => !c.closest('tr').classList.contains('dimmed'));
      const first = cells[0];
      const other = cells.find((c) => c.dataset.persona === first.dataset.persona && c.dataset.channel !== first.dataset.channel);
      return [first.dataset.channel, first.dataset.persona, other?.dataset.channel];
    });
    assert(channel && persona && channel2, 'two channels that do not reach the same persona');
    const before = await cellState(app, channel, persona);
    equal(before.level, 'none', 'starting level');
    await (await app.browser.$(cell(channel, persona))).click();
    await waitCell(app, channel, persona, { level: 'secondary', row: before.row + 1, col: before.col + 1 }, 'after one click');
    await (await app.browser.$(cell(channel, persona))).click();
    await waitCell(app, channel, persona, { level: 'primary', row: before.row + 1, col: before.col + 1 }, 'after two clicks');
    await app.waitSaved();

    // ---- by keyboard: from the focused cell, arrows to another row, Space and Enter ----
    await (await app.browser.$(cell(channel, persona))).click(); // primary → none, and focus
    await waitCell(app, channel, persona, { level: 'none', row: before.row, col: before.col }, 'third click');
    const before2 = await cellState(app, channel2, persona);
    const rows = await app.browser.execute(() => [...new Set([...document.querySelectorAll('[data-testid="matrix-cell"]')].map((c) => c.dataset.channel))]);
    const steps = rows.indexOf(channel2) - rows.indexOf(channel);
    for (let i = 0; i < Math.abs(steps); i++) await app.browser.keys(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    const focused = await app.browser.execute(() => [document.activeElement?.dataset.channel, document.activeElement?.dataset.persona]);
    equal(focused.join(), [channel2, persona].join(), 'arrows moved the focus to the other channel, same persona');
    await app.browser.keys(' ');
    await waitCell(app, channel2, persona, { level: 'secondary', row: before2.row + 1, col: before2.col + 1 }, 'Space');
    await app.browser.keys('Enter');
    await waitCell(app, channel2, persona, { level: 'primary' }, 'Enter');
    // Back to the first one, made secondary: it is what the relaunch must show.
    for (let i = 0; i < Math.abs(steps); i++) await app.browser.keys(steps > 0 ? 'ArrowUp' : 'ArrowDown');
    await app.browser.keys(' ');
    await waitCell(app, channel, persona, { level: 'secondary' }, 'Space back on the first channel');
    // Alt+Shift+↓ moves the channel's row down (move_item), Alt+Shift+↑ brings it back.
    const order = () => app.browser.execute(() => [...document.querySelectorAll('[data-testid="matrix-row-total"]')].map((c) => c.dataset.channel));
    const start = await order();
    const from = start.indexOf(channel);
    const press = async (key) => app.browser.keys(['\uE00A', '\uE008', key, '\uE000']); // Alt+Shift held, then released
    await press(from < start.length - 1 ? 'ArrowDown' : 'ArrowUp');
    await app.browser.waitUntil(async () => (await order()).indexOf(channel) !== from, { timeout: 10000, timeoutMsg: 'Alt+arrow did not move the row' });
    // (waitSaved would blur: wait for the focus to come back to the moved row instead.)
    let focusedChannel;
    await app.browser.waitUntil(async () => (focusedChannel = await app.browser.execute(() => document.activeElement?.dataset.channel)) === channel,
      { timeout: 10000 }).catch(() => { throw new Error(`the moved channel keeps the focus: got ${focusedChannel}`); });
    await app.browser.pause(300); // the move's answer re-renders the rows once more
    await press(from < start.length - 1 ? 'ArrowUp' : 'ArrowDown');
    await app.browser.waitUntil(async () => (await order()).join() === start.join(), { timeout: 10000, timeoutMsg: 'Alt+arrow did not bring the row back' });
    await app.waitSaved();
    await app.shot('matrix');

    // ---- capacity: the second face, one channel's hours far beyond the team's ----
    equal(await app.count('capacity-warning'), 0, 'no capacity warning on the sample');
    await app.click('face-tab-resources');
    await app.el('channel-resources');
    const hours = `[data-testid="channel-hours"][data-channel="${channel}"]`;
    await typeInto(app, hours, '1 000');
    await app.el('capacity-warning');
    await app.waitSaved();
    await waitValue(app, hours, '1 000', 'hours shown in French after blur');
    await app.browser.execute(() => document.querySelector('[data-testid="capacity"]').scrollIntoView({ block: 'end' }));
    await app.shot('resources-over-capacity');

    // ---- KPI planner: French number format, a typo refused ----
    await app.clickStep('kpis');
    await app.el('kpi-table');
    await app.el('funnel-stage-reach');
    const kpi = await app.browser.execute(() => document.querySelector('[data-testid="item-kpi"]').dataset.id);
    const q2 = kpiCell(kpi, 'q2');
    await typeInto(app, q2, '12 345,5');
    await app.waitSaved();
    await waitValue(app, q2, '12 345,5', 'q2 reformatted after blur');
    // Enter moves down to the next KPI's Q2.
    await (await app.browser.$(q2)).click();
    await app.browser.keys('Enter');
    const below = await app.browser.execute(() => [document.activeElement?.dataset.field, document.activeElement?.dataset.kpi]);
    equal(below[0], 'q2', 'Enter keeps the column');
    assert(below[1] && below[1] !== kpi, 'Enter moved to another KPI');
    // A typo: the message shows, nothing is saved.
    const q3 = kpiCell(kpi, 'q3');
    const q3Before = (await (await app.browser.$(q3)).getValue()).replace(/[\u00a0\u202f]/g, ' ');
    await typeInto(app, q3, '12,3,4');
    await app.el('number-problem');
    await app.shot('kpi-table-typo');
    await typeInto(app, q3, q3Before);
    await app.waitSaved();
    await app.waitHidden('number-problem');
    // The funnel counts follow the stage of a KPI.
    const reachBefore = Number(await (await app.el('funnel-stage-reach')).getAttribute('data-count'));
    const stage = await app.browser.$(kpiCell(kpi, 'funnel_stage'));
    const oldStage = await stage.getValue();
    await stage.selectByAttribute('value', oldStage === 'reach' ? 'loyalty' : 'reach');
    await app.browser.waitUntil(async () =>
      Number(await (await app.el('funnel-stage-reach')).getAttribute('data-count')) === reachBefore + (oldStage === 'reach' ? -1 : 1),
    { timeout: 10000, timeoutMsg: 'funnel reach count did not follow the stage change' });
    await app.select('maturity-select', 'beginner');
    await app.waitSaved();
    await app.shot('kpi-planner');
    await app.quit();

    // ---- relaunch: all there ----
    app = await t.launch(profile, { lang: 'fr_FR.UTF-8', label: 'relaunch' });
    await app.el('library');
    await app.openStrategy(SAMPLE);
    await app.clickStep('channels');
    await app.el('channel-matrix');
    await waitCell(app, channel, persona, { level: 'secondary', row: before.row + 1 }, 'after relaunch, first cell');
    await waitCell(app, channel2, persona, { level: 'primary', row: before2.row + 1 }, 'after relaunch, second cell');
    await app.el('capacity-warning');
    await app.clickStep('kpis');
    await waitValue(app, kpiCell(kpi, 'q2'), '12 345,5', 'q2 after relaunch');
    equal(await (await app.el('maturity-select')).getValue(), 'beginner', 'maturity after relaunch');
  },
};
