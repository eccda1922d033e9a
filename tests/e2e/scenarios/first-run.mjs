import { readFileSync } from 'node:fs';
import { assert, equal } from '../lib/assert.mjs';
import { expectUiLanguage } from '../lib/lang.mjs';

export default {
  name: 'first run shows the sample',
  slug: 'first-run',
  async run(t) {
    const app = await t.launch(t.freshProfile(), { lang: 'fr_FR.UTF-8' });
    await app.el('library');
    await app.waitCount('strategy-card', 1);
    const card = await app.cardWithText('Stratège social 2027');
    assert(await card.getAttribute('data-id'), 'the sample card has a data-id');
    await expectUiLanguage(app, 'fr');
    equal(await (await app.el('language-select')).getValue(), 'fr', 'language-select on first run under fr_FR');
    await app.shot('library-fr');

    // About: the version is the workspace's, the one the CLI and the installers report.
    const manifest = readFileSync(new URL('../../../Cargo.toml', import.meta.url), 'utf8');
    const version = manifest.split('[workspace.package]')[1].match(/version = "([^"]+)"/)[1];
    await app.click('open-about');
    const shown = await (await app.el('about-version')).getText();
    equal(shown, `Version ${version}`, 'About shows the workspace version');
    assert((await (await app.el('about-library')).getText()).endsWith('library.sqlite3'), 'About shows the library file');
    await app.shot('about-fr');
    await app.click('about-close');
    await app.waitHidden('about-dialog');
  },
};
