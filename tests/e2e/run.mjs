#!/usr/bin/env node
// End-to-end tests of the built Stratège app (tiny harness, no test runner).
//   STRATEGE_APP   app binary (default target/debug/stratege, relative to the repo root)
//   E2E_ARTIFACTS  screenshots, logs and timings.json (default tests/e2e/artifacts)
//   E2E_ONLY       run only the tests whose name contains this text
//   E2E_TEST_TIMEOUT_MS  per-test limit (default 240000)
// Prints `ok - name` / `not ok - name` per test, then exactly one line `N passed, M failed`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, freshProfile } from './lib/app.mjs';
import { killAllSync } from './lib/proc.mjs';
import scenarios from './scenarios/index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const appPath = path.resolve(repoRoot, process.env.STRATEGE_APP || 'target/debug/stratege');
const artifacts = path.resolve(repoRoot, process.env.E2E_ARTIFACTS || 'tests/e2e/artifacts');
const testTimeout = Number(process.env.E2E_TEST_TIMEOUT_MS || 240000);

function fatal(message) {
  console.error(`e2e: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

try { fs.accessSync(appPath, fs.constants.X_OK); } catch {
  fatal(`app binary not found or not executable: ${appPath} (build it with \`tauri build --debug --no-bundle\`, or set STRATEGE_APP)`);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fatal('no DISPLAY: run under xvfb-run (scripts/e2e.sh does)');
}

// Fresh artifacts for this run: old screenshots would mislead.
fs.rmSync(artifacts, { recursive: true, force: true });
const logsDir = path.join(artifacts, 'logs');
fs.mkdirSync(logsDir, { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'stratege-e2e-'));

let shotCounter = 0;
const run = {
  appPath,
  artifacts,
  logsDir,
  timings: { app: appPath, launches: [], roundTrips: [] },
  nextShot(slug, what) {
    shotCounter += 1;
    const safe = `${slug}-${what}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
    return path.join(artifacts, `${String(shotCounter).padStart(2, '0')}-${safe}.png`);
  },
};

// Whatever happens, leave no tauri-driver / WebKitWebDriver / app behind.
process.on('exit', () => {
  killAllSync();
  fs.rmSync(tmpRoot, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { killAllSync(); console.log('0 passed, 1 failed'); process.exit(1); });
}

/** What a scenario receives. Every app it launches is quit after the test, pass or fail. */
function context(scenario) {
  const apps = [];
  return {
    apps,
    /** A fresh HOME + STRATEGE_DATA_DIR (an empty library: the sample is seeded on first run). */
    freshProfile: (label = scenario.slug) => freshProfile(tmpRoot, label),
    async launch(profile, { lang = 'en_US.UTF-8', label = `launch${apps.length + 1}` } = {}) {
      const app = await App.launch({ run, scenario, profile, lang, label });
      apps.push(app);
      return app;
    },
    roundTrip(what, values) {
      run.timings.roundTrips.push({ scenario: scenario.name, what, ...values });
    },
  };
}

async function runOne(scenario) {
  const ctx = context(scenario);
  let timer;
  try {
    await Promise.race([
      scenario.run(ctx),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${testTimeout} ms`)), testTimeout);
      }),
    ]);
  } catch (error) {
    // Keep what the window showed when it failed.
    const app = ctx.apps.findLast((a) => !a.closed);
    if (app) await app.shot('FAILED').catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
    for (const app of ctx.apps) await app.quit().catch((e) => console.error(`# teardown: ${e.message}`));
  }
}

const only = process.env.E2E_ONLY;
const selected = scenarios.filter((s) => !only || s.name.includes(only));
let passed = 0;
let failed = 0;
console.log(`# app ${appPath}`);
console.log(`# artifacts ${artifacts}`);
for (const scenario of selected) {
  const started = performance.now();
  try {
    await runOne(scenario);
    passed += 1;
    console.log(`ok - ${scenario.name} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${scenario.name} (${Math.round(performance.now() - started)} ms)`);
    const text = String(error?.stack || error).split('\n').slice(0, 6).join('\n');
    for (const line of text.split('\n')) console.log(`#   ${line}`);
    if (error?.cause) console.log(`#   cause: ${String(error.cause.message || error.cause).split('\n')[0]}`);
  }
}

// Timings: every launch (session start → first render) and every click → IPC → DOM round trip.
const { launches, roundTrips } = run.timings;
const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
run.timings.summary = {
  sessionStartToLibraryMs: median(launches.filter((l) => l.firstRender === 'library').map((l) => l.sessionStartToFirstRenderMs)),
  sessionOpenMs: median(launches.map((l) => l.sessionOpenMs)),
  clickIpcDomWallMs: median(roundTrips.filter((r) => r.wallMs != null).map((r) => r.wallMs)),
  clickIpcDomInPageMs: median(roundTrips.filter((r) => r.inPageMs != null).map((r) => r.inPageMs)),
};
fs.writeFileSync(path.join(artifacts, 'timings.json'), `${JSON.stringify(run.timings, null, 2)}\n`);
console.log('# timings (ms)');
for (const l of launches) {
  console.log(`#   launch ${l.scenario} / ${l.label}: session open ${l.sessionOpenMs}, session start -> ${l.firstRender} visible ${l.sessionStartToFirstRenderMs}`);
}
for (const r of roundTrips) {
  const parts = [r.wallMs != null && `wall ${r.wallMs}`, r.inPageMs != null && `in-page ${r.inPageMs}`].filter(Boolean);
  console.log(`#   round trip ${r.scenario} / ${r.what}: ${parts.join(', ')}`);
}
console.log(`#   summary ${JSON.stringify(run.timings.summary)}`);

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || selected.length === 0 ? 1 : 0;
