// Forgiveness and durability: a removal is undone from the keyboard and from
// the notice, typing is undone as one step and redone, and text typed just
// before the app is killed (SIGKILL) is there after a relaunch.
import { assert, equal } from '../lib/assert.mjs';
import { KEY } from '../lib/app.mjs';

const member = (app) => app.browser.$('[data-testid="item-team_member"]');

async function press(app, ...keys) {
  await app.browser.keys([...keys, KEY.null]);
}

async function nameIs(app, expected) {
  await app.browser.waitUntil(async () => {
    const entry = await member(app);
    if (!(await entry.isExisting())) return expected === null;
    if (expected === null) return false;
    return (await (await entry.$('[data-testid="field-name"]')).getValue()) === expected;
  }, { timeout: 10000, timeoutMsg: `team member name did not become ${JSON.stringify(expected)}` });
}

export default {
  name: 'undo, redo and a killed app lose nothing',
  slug: 'undo',
  async run(t) {
    const profile = t.freshProfile();
    let app = await t.launch(profile, { label: 'before-kill' });
    await app.el('library');
    await app.fill('new-strategy-title', 'Undo E2E');
    await app.click('create-strategy');
    await app.el('workspace');
    await app.clickStep('team');
    const { item } = await app.addItem('team_member');
    await app.fill('field-name', 'Amélie', { within: item });
    await app.waitSaved();

    // Typing more after a pause, then Ctrl+Z: that burst is one step, the first name is back.
    // (Saves of one field less than 3 s apart are one step.)
    await app.browser.pause(3200);
    await app.fill('field-name', 'Amélie Durand', { within: await member(app) });
    await app.waitSaved();
    await press(app, KEY.control, 'z');
    await nameIs(app, 'Amélie');
    await press(app, KEY.control, KEY.shift, 'z');
    await nameIs(app, 'Amélie Durand');

    // Remove (confirmed), then undo from the notice's button.
    await app.click('remove-item', { within: await member(app) });
    await app.click('confirm-ok', { within: 'confirm-dialog' });
    await nameIs(app, null);
    await app.shot('removed-with-undo-notice');
    await app.click('notice-action');
    await nameIs(app, 'Amélie Durand');
    // And with the toolbar: redo removes it again, undo restores it.
    await app.click('redo');
    await nameIs(app, null);
    await app.click('undo');
    await nameIs(app, 'Amélie Durand');
    await app.shot('restored');

    // Type, and kill the app within a second, before any blur or quit.
    const field = await (await member(app)).$('[data-testid="field-role"]');
    await field.click();
    await field.addValue('Cheffe de rayon');
    await app.browser.pause(700);
    const killed = await app.crash();
    assert(killed >= 1, `the app process was found and killed (${killed})`);

    app = await t.launch(profile, { label: 'after-kill' });
    await app.el('library');
    await app.openStrategy('Undo E2E');
    await app.clickStep('team');
    await nameIs(app, 'Amélie Durand');
    equal(await (await (await member(app)).$('[data-testid="field-role"]')).getValue(), 'Cheffe de rayon', 'role typed before the kill');
    await app.shot('after-kill');
  },
};
