#!/usr/bin/env node
// `npm run bench:web`: the JavaScript a cold browser loads for the login page and for the
// customer list, raw and as served (compressed). Starts the built app (npm start: builds
// web/dist if it is missing or stale) on a fresh embedded database, drives system Chromium,
// prints a Markdown table for bench/README.md, and stops the server again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_WEB_PORT ?? 3298);
const base = `http://localhost:${PORT}`;
const PASSWORD = 'xiaoguan2026';

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoguan-bench-web-'));
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  detached: true, // own process group: stopping it stops the server below scripts/start.mjs
  stdio: ['ignore', 'ignore', 'inherit'],
});
let exited = false;
server.on('exit', () => {
  exited = true;
});

async function stopServer() {
  if (exited) return;
  const gone = new Promise((resolve) => server.once('exit', resolve));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await gone;
}

async function waitForHealth() {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error('the server exited before answering /api/health');
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start within 240 s');
}

/** Loads a page in a fresh context (empty cache) and sums the JavaScript it fetched. */
async function measure(browser, name, open) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await open(page, context);
  await page.waitForLoadState('networkidle');
  const files = [];
  for (const response of scripts) {
    const raw = (await response.body()).length;
    const sizes = await response.request().sizes();
    files.push({
      file: new URL(response.url()).pathname,
      raw,
      served: sizes.responseBodySize,
      encoding: (await response.headerValue('content-encoding')) ?? 'identity',
    });
  }
  await context.close();
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { name, files, raw: sum('raw'), served: sum('served') };
}

const kB = (n) => (n / 1000).toFixed(1);

let browser;
try {
  await waitForHealth();
  browser = await launchChromium();
  const results = [
    await measure(browser, 'login page (`/login`)', async (page) => {
      await page.goto(`${base}/login`);
      await page.getByTestId('login-card').waitFor();
    }),
    await measure(browser, 'customer list (`/customers`, signed in as rep01)', async (page, context) => {
      const res = await context.request.post(`${base}/api/auth/login`, {
        data: { username: 'rep01', password: PASSWORD },
      });
      if (res.status() !== 200) throw new Error(`login: ${res.status()} ${await res.text()}`);
      await page.goto(`${base}/customers`);
      await page.locator('.ant-table-row').first().waitFor();
    }),
  ];
  console.log('| page | JS files | JS raw (kB) | JS as served (kB) | encoding |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of results) {
    const encodings = [...new Set(r.files.map((f) => f.encoding))].join(', ');
    console.log(`| ${r.name} | ${r.files.length} | ${kB(r.raw)} | ${kB(r.served)} | ${encodings} |`);
  }
  if (process.argv.includes('--files')) {
    for (const r of results) {
      console.log(`\n${r.name}`);
      for (const f of r.files.sort((a, b) => b.raw - a.raw))
        console.log(
          `  ${kB(f.raw).padStart(8)} ${kB(f.served).padStart(8)}  ${f.encoding.padEnd(4)} ${f.file}`,
        );
    }
  }
} finally {
  await browser?.close();
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
}
