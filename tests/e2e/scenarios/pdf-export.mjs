// The deliverable PDF exported from the workspace: a consultant logo chosen in
// the overview (through the replaced native dialog; undone and redone like any
// edit), then the export: the file is written, is a PDF, holds the strategy's
// own text with its accents and the logo on its cover, and the notice offers
// to open it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert } from '../lib/assert.mjs';
import { writePng } from '../lib/png.mjs';

/** The logo preview's state: 'set' or 'empty'. */
async function waitLogo(app, state) {
  await app.browser.waitUntil(async () => (await (await app.el('logo-preview')).getAttribute('data-state')) === state, {
    timeout: 10000,
    timeoutMsg: `the logo preview is not ${state}`,
  });
}

export default {
  name: 'export the deliverable PDF (with a logo)',
  slug: 'pdf',
  async run(t) {
    const profile = t.freshProfile();
    const logoPath = path.join(profile.root, 'logo.png');
    writePng(logoPath, 480, 140);
    process.env.STRATEGE_E2E_PICTURE = logoPath; // replaces the native open dialog
    let app;
    try {
      app = await t.launch(profile, { lang: 'fr_FR.UTF-8' });
    } finally {
      delete process.env.STRATEGE_E2E_PICTURE; // read at launch; no other scenario sees it
    }
    await app.el('library');
    await app.openStrategy('Stratège social 2027');
    await app.el('workspace');

    // The logo, in the overview step: chosen, previewed, saved; undo removes it, redo brings it back.
    await waitLogo(app, 'empty');
    await app.click('logo-choose');
    await waitLogo(app, 'set');
    await app.waitSaved();
    const src = await (await app.browser.$('[data-testid="logo-preview"] img')).getAttribute('src');
    assert(src.startsWith('data:image/jpeg;base64,'), `the logo is re-encoded (${src.slice(0, 30)}…)`);
    await app.el('logo-remove');
    await app.click('undo');
    await waitLogo(app, 'empty');
    await app.click('redo');
    await waitLogo(app, 'set');
    await app.waitSaved();
    await app.shot('logo-chosen');

    const started = performance.now();
    await app.click('export-pdf');
    await app.browser.waitUntil(async () => fs.readdirSync(profile.exports).some((f) => f.endsWith('.pdf')), {
      timeout: 30000,
      timeoutMsg: `no PDF appeared in ${profile.exports}`,
    });
    const ms = Math.round(performance.now() - started);
    await app.browser.waitUntil(async () => (await (await app.el('export-pdf')).getAttribute('data-state')) === 'idle', {
      timeout: 30000,
      timeoutMsg: 'the export button stayed busy',
    });
    // The done notice offers to open the file (not clicked: it would start a PDF viewer).
    let found = null;
    await app.browser.waitUntil(async () => {
      found = await app.browser.execute(() => {
        const notice = [...document.querySelectorAll('[data-testid="info-notice"]')].find((n) => n.textContent.includes('Livrable enregistré'));
        return notice ? (notice.querySelector('[data-testid="notice-action"]')?.textContent ?? '').trim() : null;
      });
      return found !== null;
    }, { timeout: 10000, timeoutMsg: 'no "deliverable saved" notice' });
    assert(found === 'Ouvrir', `the export notice has an "Ouvrir" action (found ${JSON.stringify(found)})`);
    await app.shot('exported');

    const file = fs.readdirSync(profile.exports).find((f) => f.endsWith('.pdf'));
    const full = path.join(profile.exports, file);
    assert(fs.readFileSync(full).subarray(0, 5).toString() === '%PDF-', 'the file is a PDF');
    const text = execFileSync('pdftotext', [full, '-'], { encoding: 'utf8' });
    for (const expected of ['Stratège social 2027', 'Les Fournils Vernier', 'Sommaire']) {
      assert(text.includes(expected), `the PDF text contains ${JSON.stringify(expected)}`);
    }
    const cover = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', full], { encoding: 'utf8' })
      .split('\n').slice(2).filter((line) => line.trim().split(/\s+/)[2] === 'image');
    assert(cover.length === 1, `the cover holds the logo (${cover.length} images)`);
    // The cover as a picture beside the screenshots, for a person to look at.
    const shot = app.run.nextShot('pdf', 'cover').replace(/\.png$/, '');
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', full, shot]);
    console.log(`#   pdf export (click → file written): ${ms} ms, ${fs.statSync(full).size} bytes`);
  },
};
