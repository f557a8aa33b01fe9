#!/usr/bin/env node
// Browser test: starts the app on a fresh data directory, drives it with Chromium and
// stops it again. `node e2e/run.mjs` from the repository root; exits non-zero on failure.
// The tests are in e2e/tests/*.mjs (each exports `tests`), run in file-name order;
// `node e2e/run.mjs <word>` runs only the tests whose file or name contains the word.
//
// Shards: the files are split into E2E_SHARDS shards (default 2) that run at the same time. This
// process then builds the web app once and starts `node e2e/run.mjs` once per shard (E2E_SHARD=k/N,
// E2E_PORT=E2E_PORT+k-1), each with its own server, data directory and Chromium; it prints their
// lines prefixed with the shard and sums their results. The files are balanced by the seconds they
// took (SECONDS below; a new file goes to the lighter shard); a file's tests keep their order.
// E2E_SHARDS=1 or a word runs everything in this process, one test after another.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { base, expect, PORT, root, screenshots } from './helpers.mjs';

const STARTUP_TIMEOUT_MS = 180_000;

/** Seconds each file took in a run of two shards (two cores); a file not listed counts as DEFAULT_SECONDS. */
const SECONDS = {
  'menus.mjs': 97,
  'basics.mjs': 82,
  'phone.mjs': 61,
  'payments-seals.mjs': 23,
  'champions-contests.mjs': 22,
  'targets.mjs': 22,
  'workbench.mjs': 21,
  'visit-plans.mjs': 19,
  'discipline.mjs': 16,
  'words.mjs': 16,
  'suggestions-intel.mjs': 15,
  'personal-plans.mjs': 15,
  'points.mjs': 15,
  'visit-day-phone.mjs': 15,
  'cases.mjs': 14,
  'visit-calendar.mjs': 14,
  'indicators.mjs': 14,
  'rewards.mjs': 13,
  'meetings.mjs': 13,
  'documents.mjs': 12,
  'day-summary-training.mjs': 9,
  'time-zone.mjs': 8,
  'expense-claim.mjs': 8,
  'stat-reports.mjs': 8,
  'worklogs.mjs': 7,
  'duplicates.mjs': 7,
  'todo.mjs': 6,
  'commission.mjs': 5,
  'survey-phone.mjs': 4,
};
const DEFAULT_SECONDS = 12;

// ---------------------------------------------------------------- tests

const only = process.argv[2];
const shardCount = Math.max(1, Number(process.env.E2E_SHARDS ?? 2) || 1);
const shard = process.env.E2E_SHARD?.match(/^(\d+)\/(\d+)$/); // "k/N": this process runs shard k of N
const testDir = path.join(root, 'e2e', 'tests');
const files = readdirSync(testDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();

/** The files split into `count` shards, heaviest file first into the lightest shard; each in name order. */
function shardFiles(count) {
  const shards = Array.from({ length: count }, () => ({ seconds: 0, files: [] }));
  const heaviestFirst = [...files].sort(
    (a, b) => (SECONDS[b] ?? DEFAULT_SECONDS) - (SECONDS[a] ?? DEFAULT_SECONDS),
  );
  for (const file of heaviestFirst) {
    const lightest = shards.reduce((min, s) => (s.seconds < min.seconds ? s : min));
    lightest.seconds += SECONDS[file] ?? DEFAULT_SECONDS;
    lightest.files.push(file);
  }
  return shards.map((s) => s.files.sort());
}

async function loadTests(names) {
  const tests = [];
  for (const file of names) {
    const mod = await import(pathToFileURL(path.join(testDir, file)).href);
    for (const test of mod.tests) {
      if (!only || file.includes(only) || test.name.includes(only)) tests.push(test);
    }
  }
  return tests;
}

// The port must be free: a server left over from another run would answer in this one's place,
// with that run's data.
function checkPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      console.log(`FAIL port ${port} is in use (another server is running there); stop it or set E2E_PORT`);
      process.exit(1);
    });
    probe.listen(port, () => probe.close(resolve));
  });
}

// ---------------------------------------------------------------- shards

if (!shard && !only && shardCount > 1) {
  const shards = shardFiles(Math.min(shardCount, files.length));
  const n = shards.length;
  for (let k = 0; k < n; k++) await checkPortFree(PORT + k);
  // Built once here: the shards' servers (scripts/start.mjs) would otherwise each build it.
  const build = spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  let passed = 0;
  let failed = 0;
  const children = [];
  // Each shard stops its own server: a signal is passed on, and the run ends when they have ended.
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, () => {
      for (const child of children) child.kill(sig);
    });
  await Promise.all(
    shards.map(async (shardFileNames, k) => {
      const label = `[${k + 1}/${n}]`;
      console.log(`${label} port ${PORT + k}: ${shardFileNames.join(' ')}`);
      const child = spawn(process.execPath, ['e2e/run.mjs'], {
        cwd: root,
        env: { ...process.env, E2E_PORT: String(PORT + k), E2E_SHARD: `${k + 1}/${n}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let summary;
      const print = (stream) => {
        let rest = '';
        stream.on('data', (chunk) => {
          const lines = (rest + chunk.toString()).split('\n');
          rest = lines.pop();
          for (const line of lines) {
            const m = line.match(/^(\d+) passed, (\d+) failed$/);
            if (m) summary = m;
            else console.log(`${label} ${line}`);
          }
        });
        stream.on('end', () => rest && console.log(`${label} ${rest}`));
      };
      print(child.stdout);
      print(child.stderr);
      const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
      if (summary) {
        passed += Number(summary[1]);
        failed += Number(summary[2]);
        console.log(`${label} ${summary[0]}`);
      }
      if (!summary || (code !== 0 && summary[2] === '0')) {
        // ended before its summary (or failed without one): its tests not reported count as failed
        const count = (await loadTests(shardFileNames)).length;
        failed += Math.max(1, count - Number(summary?.[1] ?? 0));
        console.log(`${label} FAIL the shard ended with exit code ${code}`);
      }
    }),
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

const tests = await loadTests(shard ? shardFiles(Number(shard[2]))[Number(shard[1]) - 1] : files);

// ---------------------------------------------------------------- the app under test

await checkPortFree(PORT);

// A step a failed test left waiting (e.g. a response it no longer awaits) may reject later: it is
// reported, and never ends the run before the server is stopped.
process.on('unhandledRejection', (reason) => {
  console.log(
    `     (left over from a failed step: ${reason instanceof Error ? reason.message.split('\n')[0] : reason})`,
  );
});

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoguan-e2e-'));
const backupDir = `${dataDir}-backups`; // the daily backup job's first snapshot, not in the repository's backups/
const serverLog = [];
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, BACKUP_DIR: backupDir },
  detached: true, // own process group: stopping it stops start.mjs and the server below it
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});
for (const stream of [server.stdout, server.stderr]) {
  stream.on('data', (chunk) => {
    serverLog.push(chunk.toString());
    if (serverLog.length > 400) serverLog.shift();
  });
}

async function stopServer() {
  if (serverExited) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const signal = (sig) => {
    try {
      process.kill(-server.pid, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServer().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(backupDir, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

async function waitForHealth() {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error('the server exited before answering /api/health');
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`/api/health did not answer 200 within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

// ---------------------------------------------------------------- runner

let passed = 0;
let failed = 0;
let browser;
try {
  await waitForHealth();
  browser = await launchChromium();
  for (const test of tests) {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai', // the company's calendar (policy companyTimeZone)
      viewport: { width: 1366, height: 860 },
      ...test.context, // a test may ask for another zone, size or locale (e.g. a phone)
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const started = Date.now();
    try {
      await test.run(page);
      expect(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
      passed += 1;
      console.log(`ok   ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${test.name}\n     ${error instanceof Error ? error.message : error}`);
      mkdirSync(screenshots, { recursive: true });
      const file = path.join(screenshots, `${test.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.log(`     screenshot: ${path.relative(root, file)}`);
    } finally {
      await context.close();
    }
  }
} catch (error) {
  failed = tests.length - passed;
  console.log(`FAIL ${error instanceof Error ? error.message : error}`);
  console.log('--- server output (last lines) ---');
  console.log(serverLog.join('').split('\n').slice(-60).join('\n'));
} finally {
  await browser?.close().catch(() => {});
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(backupDir, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
