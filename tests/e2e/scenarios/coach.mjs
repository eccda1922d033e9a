// The method coach: a new strategy has blockers; fixing the primary objective
// in the editor clears that finding live, and advice leads to the field.
import { assert } from '../lib/assert.mjs';

const rules = (app) =>
  app.browser.execute(() =>
    [...document.querySelectorAll('[data-testid="coach-advice"]')].map((el) => el.getAttribute('data-rule')),
  );

async function waitRule(app, rule, present) {
  await app.browser.waitUntil(async () => (await rules(app)).includes(rule) === present, {
    timeout: 10000,
    timeoutMsg: `coach advice ${rule} did not ${present ? 'appear' : 'disappear'}; shown: ${(await rules(app)).join(', ')}`,
  });
}

export default {
  name: 'coach checks the method live',
  slug: 'coach',
  async run(t) {
    const app = await t.launch(t.freshProfile());
    await app.el('library');
    await app.fill('new-strategy-title', 'Coach E2E');
    await app.click('create-strategy');
    await app.el('workspace');
    await app.click('coach-toggle');
    await app.el('coach-panel');
    await waitRule(app, 'goals.no_primary', true);
    await app.el('coach-badge-objectives');
    const overallBefore = Number(await (await app.el('coach-overall')).getText());
    await app.shot('new-strategy');

    // Clicking the advice opens step 2.
    const advice = await app.browser.$('[data-testid="coach-advice"][data-rule="goals.no_primary"] button');
    await advice.click();
    const objectives = await app.el('step-objectives');
    const { item } = await app.addItem('objective', { within: objectives });
    await app.setChecked('field-is_primary', true, { within: item });
    await app.fill('field-rationale', 'Faire revenir les clients « habitués »', { within: item });
    await app.blur();
    await app.waitSaved();
    // Each save triggers its own report: wait for the one that follows the
    // rationale's save, not the one that followed the checkbox.
    await waitRule(app, 'goals.no_primary', false);
    await waitRule(app, 'goals.primary_without_rationale', false);
    const overallAfter = Number(await (await app.el('coach-overall')).getText());
    assert(overallAfter > overallBefore, `overall score rises (${overallBefore} → ${overallAfter})`);
    await app.shot('primary-set');
  },
};
