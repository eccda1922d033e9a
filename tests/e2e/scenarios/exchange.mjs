// .strategy exchange: export the sample, delete it, import the file back and
// find its content; import the same file again and meet the copy/replace
// choice (each answer taken once); drop the file on the window (the bytes path).
// The native dialogs are replaced by STRATEGE_E2E_SAVE_DIR / STRATEGE_E2E_OPEN_FILE.
import fs from 'node:fs';
import path from 'node:path';
import { assert, equal } from '../lib/assert.mjs';

const TITLE = 'Stratège social 2027';
const CLIENT = 'Les Fournils Vernier';

async function countOn(app, step, kind) {
  await app.clickStep(step);
  return app.count(`item-${kind}`);
}

/** Closes the confirmations, whose stack can cover the library's right-hand controls. */
async function dismissInfo(app) {
  for (const notice of await app.all('info-notice')) await (await notice.$('button')).click();
  await app.waitCount('info-notice', 0);
}

/** Clicks import-strategy in the library; resolves when the choice dialog is up. */
async function importAgain(app) {
  await app.click('import-strategy');
  await app.el('import-choice-dialog');
  const text = await (await app.el('import-choice-dialog')).getText();
  assert(text.includes(TITLE), `the dialog names the strategy: ${text}`);
}

export default {
  name: 'exchange: export, import, copy or replace',
  slug: 'exchange',
  async run(t) {
    const profile = t.freshProfile();
    // The open dialog "chooses" the newest .strategy file of the exports folder.
    process.env.STRATEGE_E2E_OPEN_FILE = profile.exports;
    let app;
    try {
      app = await t.launch(profile);
    } finally {
      delete process.env.STRATEGE_E2E_OPEN_FILE;
    }
    await app.el('library');

    // Export from the workspace.
    await app.openStrategy(TITLE);
    const team = await countOn(app, 'team', 'team_member');
    const objectives = await countOn(app, 'objectives', 'objective');
    assert(team > 0 && objectives > 0, 'the sample has a team and objectives');
    await app.click('export-strategy');
    const exported = () => fs.readdirSync(profile.exports).filter((f) => f.endsWith('.strategy'));
    await app.browser.waitUntil(async () => exported().length === 1, {
      timeout: 15000,
      timeoutMsg: `no .strategy file in ${profile.exports}`,
    });
    const file = path.join(profile.exports, exported()[0]);
    assert(path.basename(file).startsWith(TITLE), `the file is named after the strategy: ${file}`);
    const head = fs.readFileSync(file).subarray(0, 16).toString('latin1');
    equal(head, 'SQLite format 3\u0000', 'the export is an SQLite file');
    await app.shot('exported');

    // Delete it from the library.
    await app.toLibrary();
    await app.click('delete-strategy', { within: await app.cardWithText(TITLE) });
    await app.click('confirm-ok', { within: 'confirm-dialog' });
    await app.waitHidden('confirm-dialog');
    await app.waitCount('strategy-card', 0);

    // Import: no conflict, the strategy opens with its content.
    const started = performance.now();
    await app.click('import-strategy');
    await app.el('workspace');
    // textContent: the heading is clamped on screen, its visible text is cut.
    await app.browser.waitUntil(
      async () => String(await (await app.el('strategy-title')).getProperty('textContent')).includes(TITLE),
      { timeoutMsg: 'the imported strategy did not open' },
    );
    console.log(`#   import (click → workspace open): ${Math.round(performance.now() - started)} ms`);
    equal(await countOn(app, 'team', 'team_member'), team, 'team members after import');
    equal(await countOn(app, 'objectives', 'objective'), objectives, 'objectives after import');
    await app.shot('imported');
    await app.toLibrary();
    await app.cardWithText(CLIENT);
    await app.waitCount('strategy-card', 1);

    // Import the same file again: the choice. Cancel changes nothing.
    await importAgain(app);
    await app.shot('choice-dialog');
    await app.click('import-cancel', { within: 'import-choice-dialog' });
    await app.waitHidden('import-choice-dialog');
    await app.waitCount('strategy-card', 1);

    // As a copy: a second strategy beside the first.
    await importAgain(app);
    await app.click('import-as-copy', { within: 'import-choice-dialog' });
    await app.el('workspace');
    await app.toLibrary();
    await app.waitCount('strategy-card', 2);
    await app.shot('copied');

    // Replace: still two cards, and the backup among the archived ones.
    await importAgain(app);
    await app.click('import-replace', { within: 'import-choice-dialog' });
    await app.el('workspace');
    await app.toLibrary();
    await app.waitCount('strategy-card', 2);
    await app.shot('replaced');
    await dismissInfo(app);
    await app.setChecked('show-archived', true);
    await app.waitCount('strategy-card', 3);
    await app.shot('replaced-with-backup');
    await app.setChecked('show-archived', false);
    await app.waitCount('strategy-card', 2);

    // Dropped on the window: the same file as bytes meets the same choice.
    const base64 = fs.readFileSync(file).toString('base64');
    await app.browser.execute((data, name) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, base64, path.basename(file));
    await app.el('import-choice-dialog');
    await app.shot('dropped-file-choice');
    await app.click('import-as-copy', { within: 'import-choice-dialog' });
    await app.el('workspace');
    await app.toLibrary();
    await app.waitCount('strategy-card', 3);

    // A dropped file that is not a strategy: a clear error, nothing added.
    await app.browser.execute(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['not a strategy'], 'notes.strategy'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const notice = await app.el('error-notice');
    equal(await notice.getAttribute('data-kind'), 'not_a_strategy_file', 'the refused drop names its kind');
    await app.shot('dropped-junk');
    await app.waitCount('strategy-card', 3);
  },
};
