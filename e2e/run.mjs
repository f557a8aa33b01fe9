#!/usr/bin/env node
// Browser test: starts the app on a fresh data directory, drives it with Chromium and
// stops it again. `node e2e/run.mjs` from the repository root; exits non-zero on failure.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const screenshots = path.join(root, 'e2e', 'screenshots');
const PORT = 3199;
const base = `http://localhost:${PORT}`;
const STARTUP_TIMEOUT_MS = 180_000;
const PASSWORD = 'xiaoguan2026';

// ---------------------------------------------------------------- the app under test

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoguan-e2e-'));
const serverLog = [];
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir },
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

// ---------------------------------------------------------------- helpers

async function signIn(page, username) {
  await page.goto(`${base}/`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-card').waitFor();
  await page.getByPlaceholder(/用户名|Username/).fill(username);
  await page.getByPlaceholder(/密码|Password/).fill(PASSWORD);
  await page.getByPlaceholder(/密码|Password/).press('Enter'); // Enter submits
}

async function openUserMenuItem(page, testId) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId(testId).click();
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------- tests

const tests = [
  {
    name: 'rep01 signs in, switches to English, the choice survives a reload, signs out',
    async run(page) {
      await signIn(page, 'rep01');
      const menu = page.getByTestId('nav-menu');
      await menu.getByText('首页', { exact: true }).waitFor();
      await page.getByTestId('user-menu').waitFor();
      await page.getByTestId('welcome-card').waitFor();
      expect(
        await page
          .getByTestId('welcome-card')
          .textContent()
          .then((t) => t.includes('欢迎')),
        'welcome in Chinese',
      );

      await openUserMenuItem(page, 'lang-en');
      await menu.getByText('Home', { exact: true }).waitFor();
      await page.getByText(/^Welcome, /).waitFor();

      // Remembered per user, not per browser: forget the browser's copy, then reload.
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await page.getByTestId('nav-menu').getByText('Home', { exact: true }).waitFor();
      expect(
        (await page.getByTestId('nav-menu').textContent()).includes('首页') === false,
        'menu still Chinese',
      );

      await openUserMenuItem(page, 'logout');
      await page.waitForURL(/\/login/);
      await page.getByTestId('login-card').waitFor();
      // Signed out for real: the app sends us back to the login page.
      await page.goto(`${base}/`);
      await page.waitForURL(/\/login/);
    },
  },
  {
    name: 'sup_east1 approves a pending request from 待办 and the to-do badge drops',
    async run(page) {
      await signIn(page, 'sup_east1');
      const badge = page.getByTestId('todo-badge');
      const count = async () => Number((await badge.textContent())?.replace(/\D/g, '') || '0');
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('[data-testid="todo-badge"]')?.textContent?.replace(/\D/g, '') || '0',
          ) > 0,
      );
      const before = await count();
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      await page.getByTestId('todo-approve').first().click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: /同\s*意|Approve/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        (n) =>
          Number(
            document.querySelector('[data-testid="todo-badge"]')?.textContent?.replace(/\D/g, '') || '0',
          ) < n,
        before,
      );
      expect((await count()) === before - 1, `badge went from ${before} to ${await count()}`);
    },
  },
  {
    name: 'rep01 creates a customer, adds a contact and a follow-up, and moves an opportunity across the kanban',
    async run(page) {
      const stamp = Date.now().toString(36);
      const customerName = `浏览器测试客户${stamp}`;
      const contactName = `联系人${stamp}`;
      const followUp = `电话沟通需求 ${stamp}`;
      const opportunityName = `测试商机${stamp}`;
      await signIn(page, 'rep01');
      // The language is kept per user (an earlier test may have left rep01 in English).
      await page.getByTestId('user-menu').waitFor();
      await openUserMenuItem(page, 'lang-zh');
      await page.getByTestId('nav-menu').getByText('首页', { exact: true }).waitFor();

      // 客户 → 新建客户: the name is enough (type, level and source have defaults); Enter submits.
      await page.getByTestId('nav-menu').getByText('客户', { exact: true }).click();
      await page.waitForURL(/\/customers$/);
      await page.getByTestId('customer-table').waitFor();
      await page.getByTestId('customer-create').click();
      const createForm = page.getByTestId('customer-create-form');
      await createForm.getByTestId('customer-name').fill(customerName);
      await createForm.getByTestId('first-contact-name').fill(`首联${stamp}`);
      await createForm.getByTestId('customer-name').press('Enter');
      await page.waitForURL(/\/customers\/[0-9a-f-]{36}/);
      const customerUrl = page.url();
      await page.getByTestId('customer-title').filter({ hasText: customerName }).waitFor();

      // 联系人: add one with a phone; it shows in the table.
      await page.getByRole('tab', { name: '联系人' }).click();
      await page.getByTestId('contact-add').click();
      const contactForm = page.getByTestId('contact-form');
      await contactForm.getByTestId('contact-name').fill(contactName);
      await contactForm.getByTestId('contact-phones').locator('input').fill('13800138000');
      await contactForm.getByTestId('contact-phones').locator('input').press('Enter');
      await contactForm.getByTestId('contact-name').press('Enter');
      await contactForm.waitFor({ state: 'detached' });
      await page.getByTestId('contact-table').getByText(contactName).waitFor();

      // 动态: write a follow-up; it appears on the timeline.
      await page.getByRole('tab', { name: '动态' }).click();
      await page.getByTestId('follow-up-content').fill(followUp);
      await page.getByTestId('follow-up-submit').click();
      await page.getByTestId('customer-timeline').getByText(followUp).waitFor();

      // 商机: a new opportunity for this customer starts in the lead stage.
      await page.getByRole('tab', { name: '商机' }).click();
      await page.getByTestId('customer-opportunity-create').click();
      const oppForm = page.getByTestId('opportunity-form');
      await oppForm.getByLabel('商机名称').fill(opportunityName);
      await oppForm.getByLabel(/金额/).fill('12000.50');
      await oppForm.getByLabel(/预计成交/).fill('2027-06-30');
      const created = page.waitForResponse(
        (r) => r.url().endsWith('/api/opportunities') && r.request().method() === 'POST',
      );
      await oppForm.getByLabel(/预计成交/).press('Enter'); // takes the date and submits
      const response = await created;
      expect(response.status() === 200, `creating the opportunity answered ${response.status()}`);
      const opportunity = await response.json();
      await oppForm.waitFor({ state: 'detached' });
      await page.getByTestId('customer-opportunity-table').getByText(opportunityName).waitFor();

      // 商机看板: drag the card from 初步接洽 (lead) to 需求分析 (needs) — pointer moves in steps for @dnd-kit.
      await page.goto(`${base}/opportunities`);
      const card = page.getByTestId(`kanban-card-${opportunity.id}`);
      const lead = page.getByTestId('kanban-column-lead');
      const needs = page.getByTestId('kanban-column-needs');
      await lead.getByTestId(`kanban-card-${opportunity.id}`).waitFor();
      await card.scrollIntoViewIfNeeded();
      const from = await card.boundingBox();
      const to = await needs.boundingBox();
      expect(from && to, 'card and column are on screen');
      const moved = page.waitForResponse(
        (r) => r.url().includes(`/api/opportunities/${opportunity.id}`) && r.request().method() !== 'GET',
      );
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 5 });
      await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 160), { steps: 20 });
      await page.mouse.up();
      const moveResponse = await moved;
      expect(moveResponse.status() === 200, `moving the opportunity answered ${moveResponse.status()}`);
      await needs.getByTestId(`kanban-card-${opportunity.id}`).waitFor();

      // Stored, not just drawn: after a reload the card is still in 需求分析.
      await page.reload();
      await page.getByTestId('kanban-column-needs').getByTestId(`kanban-card-${opportunity.id}`).waitFor();
      expect(
        (await page
          .getByTestId('kanban-column-lead')
          .getByTestId(`kanban-card-${opportunity.id}`)
          .count()) === 0,
        'the card is still in the lead column after a reload',
      );

      // The customer's timeline tells the story (created, contact, follow-up, opportunity).
      await page.goto(customerUrl);
      await page.getByTestId('customer-timeline').getByText(followUp).waitFor();
    },
  },
];

// ---------------------------------------------------------------- runner

let passed = 0;
let failed = 0;
let browser;
try {
  await waitForHealth();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  for (const test of tests) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await test.run(page);
      expect(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
      passed += 1;
      console.log(`ok   ${test.name}`);
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
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
