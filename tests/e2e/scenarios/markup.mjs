// User text that looks like HTML is shown as text, never parsed.
import { equal } from '../lib/assert.mjs';

const PAYLOAD = '<img src=x onerror=alert(1)>';

async function noInjectedImage(app, where) {
  const n = await app.browser.execute(() => document.querySelectorAll('img[src="x"]').length);
  equal(n, 0, `img[src="x"] elements (${where})`);
  // An alert would block the page: WebDriver would report it here.
  const alert = await app.browser.getAlertText().then((text) => text, () => null);
  equal(alert, null, `alert text (${where})`);
}

export default {
  name: 'markup stays text',
  slug: 'markup',
  async run(t) {
    const app = await t.launch(t.freshProfile());
    await app.el('library');
    await app.fill('new-strategy-title', PAYLOAD);
    await app.click('create-strategy');
    await app.el('workspace');
    const overview = await app.clickStep('overview');
    await app.expectValue('field-title', PAYLOAD, { within: overview });
    await app.fill('field-client_name', PAYLOAD, { within: overview });
    await app.expectValue('field-client_name', PAYLOAD, { within: overview });
    await app.waitSaved();
    await noInjectedImage(app, 'workspace');
    await app.shot('workspace');

    await app.toLibrary();
    const card = await app.cardWithText(PAYLOAD); // the literal text is visible in the card
    await noInjectedImage(app, 'library');
    equal(await card.$('img[src="x"]').isExisting(), false, 'image inside the card');
    await app.shot('library');
  },
};
