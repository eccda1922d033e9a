// Rename, duplicate, delete (confirmed), search.
import { assert, equal } from '../lib/assert.mjs';
import { KEY, replaceText } from '../lib/app.mjs';

export default {
  name: 'library actions',
  slug: 'library',
  async run(t) {
    const app = await t.launch(t.freshProfile());
    await app.el('library');
    await app.waitCount('strategy-card', 1);
    const [sampleId] = await app.cardIds();
    const name = `Renamed sample ${Date.now()}`;

    // Rename: rename-strategy → rename-input, Enter saves.
    const sample = await app.cardWithText('Stratège social 2027');
    await app.click('rename-strategy', { within: sample });
    const input = await app.el('rename-input');
    await replaceText(input, name);
    await app.expectValue('rename-input', name);
    await input.addValue(KEY.enter);

    await app.cardWithText(name);
    await app.waitHidden('rename-input');
    await app.shot('renamed');

    // Duplicate: a second card, with a new id.
    await app.click('duplicate-strategy', { within: await app.cardWithText(name) });
    await app.waitCount('strategy-card', 2);
    const copyId = (await app.cardIds()).find((id) => id !== sampleId);
    assert(copyId, 'the duplicate has its own data-id');
    await app.shot('duplicated');

    // Delete the copy: the dialog, cancel first, then confirm.
    const copySel = `[data-testid="strategy-card"][data-id="${copyId}"]`;
    await app.click('delete-strategy', { within: await app.browser.$(copySel) });
    await app.el('confirm-dialog');
    await app.shot('confirm-delete');
    await app.click('confirm-cancel', { within: 'confirm-dialog' });
    await app.waitHidden('confirm-dialog');
    await app.waitCount('strategy-card', 2);
    await app.click('delete-strategy', { within: await app.browser.$(copySel) });
    await app.click('confirm-ok', { within: 'confirm-dialog' });
    await app.waitHidden('confirm-dialog');
    await app.waitCount('strategy-card', 1);
    equal((await app.cardIds())[0], sampleId, 'the card left is the original');
    await app.shot('deleted-copy');

    // Search filters the cards.
    await app.fill('strategy-search', 'zz-no-such-strategy');
    await app.waitCount('strategy-card', 0);
    await app.shot('search-none');
    await app.fill('strategy-search', name.slice(-8)); // the timestamp: only this card
    await app.waitCount('strategy-card', 1);
    await app.fill('strategy-search', '');
    await app.waitCount('strategy-card', 1);
  },
};
