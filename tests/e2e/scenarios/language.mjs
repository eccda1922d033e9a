// The language switch: English → French, kept across a relaunch, and back.
import { equal } from '../lib/assert.mjs';
import { expectUiLanguage } from '../lib/lang.mjs';

export default {
  name: 'switch language',
  slug: 'language',
  async run(t) {
    const profile = t.freshProfile();
    let app = await t.launch(profile, { lang: 'en_US.UTF-8', label: 'en' });
    await app.el('library');
    await expectUiLanguage(app, 'en');
    await app.select('language-select', 'fr', { within: 'library' });
    await expectUiLanguage(app, 'fr');
    await app.shot('library-fr');
    await app.quit();

    // The choice is kept: the OS still says English.
    app = await t.launch(profile, { lang: 'en_US.UTF-8', label: 'relaunch' });
    await app.el('library');
    await expectUiLanguage(app, 'fr');
    equal(await (await app.el('language-select')).getValue(), 'fr', 'language-select after relaunch');
    await app.shot('relaunch-fr');

    // Also switchable from the workspace header.
    await app.openStrategy('Stratège social 2027');
    await app.select('language-select', 'en', { within: 'workspace' });
    await expectUiLanguage(app, 'en');
    await app.shot('workspace-en');
    await app.toLibrary();
    await expectUiLanguage(app, 'en');
    equal(await (await app.el('language-select')).getValue(), 'en', 'language-select back on the library');
  },
};
