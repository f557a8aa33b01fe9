#!/usr/bin/env node
// Browser test: starts the app on a fresh data directory, drives it with Chromium and
// stops it again. `node e2e/run.mjs` from the repository root; exits non-zero on failure.
// The tests are in e2e/tests/*.mjs (each exports `tests`), run in file-name order;
// `node e2e/run.mjs <word>` runs only the tests whose file or name contains the word.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { base, expect, PORT, root, screenshots } from './helpers.mjs';

const STARTUP_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------- the app under test

// The port must be free: a server left over from another run would answer in this one's place,
// with that run's data.
await new Promise((resolve) => {
  const probe = createServer();
  probe.once('error', () => {
    console.log(`FAIL port ${PORT} is in use (another server is running there); stop it or set E2E_PORT`);
    process.exit(1);
  });
  probe.listen(PORT, () => probe.close(resolve));
});

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
  detached: true, // own process group: stopping it stops tsx and the server below it
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

// ---------------------------------------------------------------- tests

const only = process.argv[2];
const tests = [];
const testDir = path.join(root, 'e2e', 'tests');
for (const file of readdirSync(testDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const mod = await import(pathToFileURL(path.join(testDir, file)).href);
  for (const test of mod.tests) {
    if (!only || file.includes(only) || test.name.includes(only)) tests.push(test);
  }
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
