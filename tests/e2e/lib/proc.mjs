// Process plumbing: start tauri-driver in its own process group, wait for its
// port, and kill everything it started (by PID / process group) on teardown.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// 4444, and tauri-driver's default --native-port (4445) where it starts WebKitWebDriver.
// E2E_DRIVER_PORT / E2E_NATIVE_PORT let two suites share a machine.
export const DRIVER_PORT = Number(process.env.E2E_DRIVER_PORT || 4444);
export const NATIVE_PORT = Number(process.env.E2E_NATIVE_PORT || 4445);

/** Every running process started by us, so a crash or Ctrl-C still cleans up. */
const live = new Set();

export function findTauriDriver() {
  const candidates = [
    process.env.TAURI_DRIVER,
    path.join(os.homedir(), '.cargo', 'bin', 'tauri-driver'),
    ...(process.env.PATH || '').split(path.delimiter).map((dir) => path.join(dir, 'tauri-driver')),
  ].filter(Boolean);
  const found = candidates.find((file) => {
    try { fs.accessSync(file, fs.constants.X_OK); return true; } catch { return false; }
  });
  if (!found) throw new Error('tauri-driver not found (set TAURI_DRIVER or `cargo install tauri-driver --locked --version ^2`)');
  return found;
}

export function portAccepts(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(500, () => done(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Reads /proc to list the PIDs of every descendant of `root` (children may call setsid). */
export function descendants(root) {
  const parentOf = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...; comm may contain spaces or parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
    } catch { /* the process ended meanwhile */ }
  }
  const found = [];
  let frontier = [root];
  while (frontier.length) {
    const next = [];
    for (const [pid, ppid] of parentOf) if (frontier.includes(ppid)) next.push(pid);
    found.push(...next);
    frontier = next;
  }
  return found;
}

function alive(pid) {
  try {
    // A zombie still answers kill(0): look at its state too.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch { return false; }
}

/**
 * Starts tauri-driver on DRIVER_PORT with `env` (inherited by WebKitWebDriver and the app),
 * in a new process group, output appended to `logFile`. Resolves once the port accepts.
 */
export async function startDriver({ env, logFile, timeoutMs = 15000 }) {
  for (const port of [DRIVER_PORT, NATIVE_PORT]) {
    if (await portAccepts(port)) {
      throw new Error(`port ${port} is already in use (a leftover tauri-driver or WebKitWebDriver? check \`pgrep -fa 'tauri-driver|WebKitWebDriver'\`)`);
    }
  }
  const log = fs.openSync(logFile, 'a');
  const args = ['--port', String(DRIVER_PORT)];
  if (process.env.E2E_NATIVE_PORT) args.push('--native-port', String(NATIVE_PORT));
  const child = spawn(findTauriDriver(), args, {
    env,
    detached: true, // own process group: teardown kills the whole group
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const handle = { pid: child.pid, child, exited: false, known: new Set() };
  child.once('exit', () => { handle.exited = true; });
  live.add(handle);
  // Both must accept: tauri-driver fails a new-session request (instead of
  // retrying) when WebKitWebDriver is not listening yet.
  const deadline = Date.now() + timeoutMs;
  for (const [port, what] of [[DRIVER_PORT, 'tauri-driver'], [NATIVE_PORT, 'WebKitWebDriver']]) {
    while (!(await portAccepts(port))) {
      if (handle.exited) throw new Error(`tauri-driver exited before ${what} listened on ${port}; see ${logFile}`);
      if (Date.now() > deadline) {
        await stopDriver(handle);
        throw new Error(`${what} did not listen on port ${port} within ${timeoutMs} ms; see ${logFile}`);
      }
      await sleep(25);
    }
  }
  return handle;
}

/** Remembers the driver's current descendants (the app, WebKit's processes) for the teardown. */
export function noteDescendants(handle) {
  if (!handle.exited) for (const pid of descendants(handle.pid)) handle.known.add(pid);
}

/** Kills tauri-driver, its process group and every descendant; waits until they are gone. */
export async function stopDriver(handle, { graceMs = 3000 } = {}) {
  if (!handle) return;
  noteDescendants(handle);
  const pids = () => [handle.pid, ...handle.known].filter(alive);
  const signal = (sig) => {
    try { process.kill(-handle.pid, sig); } catch { /* group already gone */ }
    for (const pid of pids()) { try { process.kill(pid, sig); } catch { /* gone */ } }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids().length && Date.now() < deadline) await sleep(50);
  if (pids().length) {
    signal('SIGKILL');
    const hard = Date.now() + 3000;
    while (pids().length && Date.now() < hard) await sleep(50);
  }
  live.delete(handle);
  const left = pids();
  if (left.length) throw new Error(`processes still alive after teardown: ${left.join(', ')}`);
  // The ports must be free again before the next launch.
  const portDeadline = Date.now() + 5000;
  for (const port of [DRIVER_PORT, NATIVE_PORT]) {
    while ((await portAccepts(port)) && Date.now() < portDeadline) await sleep(50);
  }
}

/** Last-resort, synchronous cleanup (process exit, signals). */
export function killAllSync() {
  for (const handle of live) {
    try { noteDescendants(handle); } catch { /* /proc unreadable */ }
    try { process.kill(-handle.pid, 'SIGKILL'); } catch { /* gone */ }
    for (const pid of handle.known) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  live.clear();
}
