// Create a strategy, fill every step, quit, relaunch on the same library: all there.
import { assert, equal } from '../lib/assert.mjs';

const MARKUP = 'Équipe <b>café</b> « test »';

// What goes where. `kind` entries are added with add-<kind>; the others are strategy-level fields.
const PLAN = [
  { step: 'overview', fields: { client_name: MARKUP } },
  { step: 'team', kind: 'team_member', fields: { name: 'Chloé Dubois', role: 'Community manager — réponse < 2 h' } },
  { step: 'objectives', kind: 'objective', fields: { rationale: 'Notoriété : +20 % d’ici juin' }, checks: { is_primary: true } },
  { step: 'listening', kind: 'finding', fields: { source: 'LinkedIn & forums « pros »' } },
  { step: 'listening', kind: 'competitor', fields: { name: 'Brûlerie Ça-Va' } },
  { step: 'personas', kind: 'persona', fields: { name: 'Élodie, 34 ans', tagline: 'Cherche des idées « prêtes à l’emploi »' } },
  { step: 'kpis', kind: 'kpi', cells: true, fields: { name: 'Taux d’engagement', definition: 'Interactions ÷ portée × 100' } },
  { step: 'differentiator', fields: { differentiator: 'Le seul café torréfié sur place à Lyon', proof_points: 'Torréfacteur primé 2025\nLivraison en 24 h' } },
  { step: 'channels', kind: 'channel', fields: { reason: 'Là où nos clientes cherchent des recettes' } },
  { step: 'content', kind: 'content_item', fields: { title: 'Recette du vendredi : cold brew' } },
  { step: 'human', fields: { voice: 'Chaleureuse, experte, jamais jargonneuse', dos: 'Répondre en moins de 2 h\nSigner de son prénom' } },
];

/** Runs `fn`, prefixing any failure with where it happened. */
async function during(label, fn) {
  try {
    return await fn();
  } catch (error) {
    error.message = `${label}: ${error.message}`;
    throw error;
  }
}

/** The testid of a field: KPI fields are cells of the planner (sel() wraps it: [data-testid="kpi-cell"][data-field="…"]). */
const fieldId = (part, field) => (part.cells ? `kpi-cell"][data-field="${field}` : `field-${field}`);

const label = (part, phase) => `${phase} ${part.step}${part.kind ? ` / ${part.kind}` : ''}`;

async function noMarkupElements(app) {
  const found = await app.browser.execute(() => Array.from(document.querySelectorAll('b'))
    .filter((b) => b.textContent.includes('café')).length);
  equal(found, 0, '<b> elements created from user text');
}

export default {
  name: 'create, fill every step, relaunch, all there',
  slug: 'create-fill',
  async run(t) {
    const profile = t.freshProfile();
    const title = `E2E Workshop ${Date.now()}`;
    let app = await t.launch(profile, { label: 'before' });

    await app.el('library');
    await app.fill('new-strategy-title', title);
    const t0 = performance.now();
    await app.click('create-strategy');
    await app.el('workspace');
    t.roundTrip('create-strategy → workspace', { wallMs: Math.round(performance.now() - t0) });
    await app.el('step-overview', { timeout: 10000 });

    const ids = {}; // kind → data-id of the entry we added
    const shotDone = new Set();
    for (const [index, part] of PLAN.entries()) await during(label(part, 'filling'), async () => {
      const panel = await app.clickStep(part.step);
      if (part.step === 'content') await app.click('calendar-view-list'); // the list view edits inline
      if (part.step === 'channels') await app.click('face-tab-resources'); // the face that edits a channel's fields
      let within = panel;
      if (part.kind) {
        let added;
        if (part.kind === 'team_member') {
          added = await app.addItem(part.kind, { within: panel });
          t.roundTrip(`add-${part.kind} (WebDriver click)`, { wallMs: Math.round(added.ms) });
        } else if (part.kind === 'objective') {
          added = await app.addItemTimedInPage(part.kind);
          t.roundTrip(`add-${part.kind} (in-page click)`, { inPageMs: Math.round(added.ms) });
        } else {
          added = await app.addItem(part.kind, { within: panel });
        }
        ids[part.kind] = added.id;
        within = added.item;
      }
      for (const [field, value] of Object.entries(part.fields)) await app.fill(fieldId(part, field), value, { within });
      for (const [field, value] of Object.entries(part.checks || {})) await app.setChecked(`field-${field}`, value, { within });
      await app.waitSaved(); // each step's edits reach the library
      const next = PLAN[index + 1];
      if (!next || next.step !== part.step) { // one screenshot per step, once filled
        await app.shot(part.step);
        shotDone.add(part.step);
      }
    });
    equal(shotDone.size, 10, 'steps screenshotted');
    await app.clickStep('overview');
    await app.expectValue('field-client_name', MARKUP, { within: 'step-overview' });
    await noMarkupElements(app);
    await app.waitSaved();
    await app.quit();

    // Same library, new process.
    app = await t.launch(profile, { label: 'after' });
    await app.el('library');
    await app.openStrategy(title);
    for (const part of PLAN) await during(label(part, 'after relaunch, checking'), async () => {
      const panel = await app.clickStep(part.step);
      if (part.step === 'content') await app.click('calendar-view-list');
      if (part.step === 'channels') await app.click('face-tab-resources');
      const within = part.kind ? await app.item(part.kind, ids[part.kind]) : panel;
      for (const [field, value] of Object.entries(part.fields)) await app.expectValue(fieldId(part, field), value, { within });
      for (const [field, value] of Object.entries(part.checks || {})) {
        equal(await (await app.el(`field-${field}`, { within })).isSelected(), value, `${part.kind}.${field} after relaunch`);
      }
      if (part.step === 'overview') {
        await noMarkupElements(app);
        const text = await panel.getText();
        assert(!text.includes('&lt;') && !text.includes('&amp;'), 'no HTML entities shown in the overview');
      }
    });
    await app.clickStep('overview');
    await app.shot('after-relaunch');
  },
};
