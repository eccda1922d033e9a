// Rolling backups: one is taken at start-up; restoring it from the backups
// screen brings back the library as it was (an edit made after it is gone).
// A damaged library file is not opened: the damaged screen offers the newest
// backup, and restoring it gives a working library, the damaged file kept aside.
import fs from 'node:fs';
import path from 'node:path';
import { assert, equal } from '../lib/assert.mjs';

const backupFiles = (profile) => {
  try {
    return fs.readdirSync(path.join(profile.data, 'backups')).filter((n) => /^library-.*\.sqlite3$/.test(n)).sort();
  } catch {
    return [];
  }
};

async function waitBackups(app, profile, n) {
  await app.browser.waitUntil(async () => backupFiles(profile).length >= n, {
    timeout: 10000,
    interval: 100,
    timeoutMsg: `expected ${n} backup(s) in ${profile.data}/backups, found ${backupFiles(profile).length}`,
  });
  return backupFiles(profile);
}

async function titles(app) {
  const found = [];
  for (const card of await app.all('strategy-card')) found.push(await card.getText());
  return found.join('\n');
}

export default {
  name: 'backups: restore from the backups screen and from a damaged library',
  slug: 'backups',
  async run(t) {
    // 1. The start-up backup, an edit after it, and restoring it.
    const profile = t.freshProfile();
    let app = await t.launch(profile, { label: 'restore' });
    await app.el('library');
    const [startup] = await waitBackups(app, profile, 1);
    await app.fill('new-strategy-title', 'Made after the backup');
    await app.click('create-strategy');
    await app.el('workspace');
    await app.toLibrary();
    await app.cardWithText('Made after the backup');

    await app.click('open-backups');
    await app.el('backups-screen');
    const row = await app.browser.$(`[data-testid="backup-row"][data-file="${startup}"]`);
    await row.waitForExist({ timeout: 5000 });
    await app.shot('backups-screen');
    await app.click('restore-backup', { within: row });
    await app.click('confirm-ok', { within: 'confirm-dialog' });
    await app.el('library');
    await app.cardWithText('Stratège social 2027'); // the sample, there at start-up
    assert(!(await titles(app)).includes('Made after the backup'), 'the strategy made after the backup is gone');
    // The library as it was before the restore was backed up first: the restore can be undone.
    const after = await waitBackups(app, profile, 2);
    assert(after.includes(startup), `the restored backup is still listed (${after})`);
    await app.shot('restored-library');
    await app.quit();

    // 2. A damaged library: a backup exists from an earlier launch, then garbage is written over the file.
    const damaged = t.freshProfile('backups-damaged');
    app = await t.launch(damaged, { label: 'before-damage' });
    await app.el('library');
    await waitBackups(app, damaged, 1);
    await app.quit();
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the app process is gone
    const library = path.join(damaged.data, 'library.sqlite3');
    const garbage = Buffer.alloc(64 * 1024, 'not a database ');
    fs.writeFileSync(library, garbage);
    for (const companion of ['-wal', '-shm']) fs.rmSync(library + companion, { force: true });

    app = await t.launch(damaged, { label: 'damaged' });
    await app.el('damaged-screen');
    assert(fs.readFileSync(library).equals(garbage), 'the damaged file is untouched while nothing is restored');
    await app.shot('damaged-screen');
    await app.click('restore-newest');
    await app.click('confirm-ok', { within: 'confirm-dialog' });
    await app.el('library');
    await app.cardWithText('Stratège social 2027');
    const aside = fs.readdirSync(damaged.data).filter((n) => n.startsWith('library.damaged-') && n.endsWith('.sqlite3'));
    equal(aside.length, 1, 'the damaged file is kept aside');
    assert(fs.readFileSync(path.join(damaged.data, aside[0])).equals(garbage), 'kept aside as it was');
    await app.shot('after-damaged-restore');
  },
};
