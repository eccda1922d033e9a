// The deliverable PDF exported from the workspace: the file is written, is a
// PDF, and holds the strategy's own text with its accents.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert } from '../lib/assert.mjs';

export default {
  name: 'export the deliverable PDF',
  slug: 'pdf',
  async run(t) {
    const profile = t.freshProfile();
    const app = await t.launch(profile, { lang: 'fr_FR.UTF-8' });
    await app.el('library');
    await app.openStrategy('Stratège social 2027');
    await app.el('workspace');
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
    await app.shot('exported');
    const file = fs.readdirSync(profile.exports).find((f) => f.endsWith('.pdf'));
    const full = path.join(profile.exports, file);
    assert(fs.readFileSync(full).subarray(0, 5).toString() === '%PDF-', 'the file is a PDF');
    const text = execFileSync('pdftotext', [full, '-'], { encoding: 'utf8' });
    for (const expected of ['Stratège social 2027', 'Les Fournils Vernier', 'Sommaire']) {
      assert(text.includes(expected), `the PDF text contains ${JSON.stringify(expected)}`);
    }
    console.log(`#   pdf export (click → file written): ${ms} ms, ${fs.statSync(full).size} bytes`);
  },
};
