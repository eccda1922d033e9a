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
  },
};
