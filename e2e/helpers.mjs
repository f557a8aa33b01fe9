// What the browser tests share: the address of the app under test and the steps every test takes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const screenshots = path.join(root, 'e2e', 'screenshots');
export const PORT = Number(process.env.E2E_PORT ?? 3199);
export const base = `http://localhost:${PORT}`;
export const PASSWORD = 'xiaoguan2026';

export async function signIn(page, username) {
  // Until the response arrives: the app may send a signed-out visitor on to /login before the
  // page's load event, which would interrupt a goto that waits for it.
  await page.goto(`${base}/`, { waitUntil: 'commit' });
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-card').waitFor();
  await page.getByPlaceholder(/用户名|Username/).fill(username);
  await page.getByPlaceholder(/密码|Password/).fill(PASSWORD);
  await page.getByPlaceholder(/密码|Password/).press('Enter'); // Enter submits
}

export async function openUserMenuItem(page, testId) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId(testId).click();
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** The page is no wider than the screen: nothing to scroll sideways. `where` names the page in the message. */
export async function expectNoSidewaysScroll(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth <= innerWidth, `${where}: ${scrollWidth} px wide on a ${innerWidth} px screen`);
}

/**
 * Waits until the antd overlay holding `locator` (a dialog, a popover, a picker's or a select's
 * dropdown, a drawer) has finished opening.
 * It zooms in from the button that opened it; a click aimed at a button inside it while it
 * still moves lands beside the button (more likely the faster the page around it has loaded).
 */
export async function whenOpened(locator) {
  await locator.waitFor();
  await locator.evaluate(async (el) => {
    const overlay =
      el.closest(
        '.ant-modal, .ant-popover, .ant-picker-dropdown, .ant-select-dropdown, .ant-drawer-content-wrapper',
      ) ?? el;
    const opening = () => [...overlay.classList].some((c) => /-(appear|enter)$/.test(c));
    for (let waited = 0; opening() && waited < 5000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
  });
}

/** Clicks the primary button of the Popconfirm that is open now. */
export async function confirmPopover(page) {
  const ok = page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary');
  await whenOpened(ok);
  await ok.click();
}

/**
 * A call of the app's API from inside the page (its session cookie, its origin): the status and
 * the JSON answer (null when there is none).
 */
export function apiInPage(page, method, path, body) {
  return page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(p, {
        method: m,
        headers: {
          Accept: 'application/json',
          ...(b === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(b === undefined ? {} : { body: JSON.stringify(b) }),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    [method, path, body],
  );
}

/** Starts waiting for the answer to `method` on a path that matches `pattern` (before the click that sends it). */
export function answerTo(page, method, pattern) {
  return page.waitForResponse(
    (r) => r.request().method() === method && pattern.test(new URL(r.url()).pathname),
  );
}

/** Awaits an answer and insists on its status; returns the parsed body. */
export async function expectStatus(answer, status, what) {
  const response = await answer;
  let body = null;
  try {
    body = await response.json();
  } catch {
    // no JSON body
  }
  expect(
    response.status() === status,
    `${what} answered ${response.status()}${body ? `: ${JSON.stringify(body).slice(0, 300)}` : ''}`,
  );
  return body;
}

/** The cell texts of a table body's rows (antd renders a measure row first; it has no cells with text). */
export async function rowTexts(table) {
  return table
    .locator('tbody tr.ant-table-row')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim())));
}

/** YYYY-MM-DD plus n calendar days. */
export function addDays(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Opens a page from the left menu by its path, opening its section (`group`) first when it is closed. */
export async function openNav(page, group, path) {
  const menu = page.getByTestId('nav-menu');
  const link = menu.getByTestId(`nav-${path}`);
  if (!(await link.isVisible())) {
    await menu.getByTestId(`nav-group-${group}`).click();
    await link.waitFor();
  }
  await link.scrollIntoViewIfNeeded();
  await link.click();
}

/**
 * Picks an option of the open select dropdown: the first, or the first holding `text`. The
 * options arrive from a search and the dropdown slides in: a click while it still moves or
 * re-renders can miss, leaving it open over the next field (or the field empty) — so wait for
 * it to settle, and click again if it stays open.
 */
export async function pickOption(page, text) {
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const options = dropdown.locator('.ant-select-item-option');
  const option = (text === undefined ? options : options.filter({ hasText: text })).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await option.waitFor();
    await dropdown.evaluate(async (el) => {
      const moving = () => [...el.classList].some((c) => /-(appear|enter|leave)/.test(c));
      for (let waited = 0; moving() && waited < 3000; waited += 20)
        await new Promise((r) => setTimeout(r, 20));
    });
    await page.waitForLoadState('networkidle');
    await option.click();
    try {
      await dropdown.waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch {
      // still open: the list changed under the click; pick again
    }
  }
  throw new Error(`the option ${text ?? '(the first)'} of the dropdown could not be chosen`);
}

/**
 * Follows a page's requests from now on: `quiet()` resolves once none has been open for `ms`
 * milliseconds — the page's data has arrived (like Playwright's networkidle, which waits 500 ms).
 */
export function requestsOf(page) {
  let open = 0;
  let changed = Date.now();
  const started = () => {
    open += 1;
    changed = Date.now();
  };
  const ended = () => {
    open = Math.max(0, open - 1);
    changed = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet(ms = 150, timeout = 30_000) {
      const deadline = Date.now() + timeout;
      while (open > 0 || Date.now() - changed < ms) {
        if (Date.now() > deadline) throw new Error(`requests still open after ${timeout / 1000} s`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/**
 * Opens a page of the app as a link in it would (the router's history, no reload), then waits
 * until its requests are answered and nothing on it spins: the page as its user reads it.
 */
export async function openInApp(page, requests, path) {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, path);
  await page.waitForURL((url) => url.pathname === path);
  await requests.quiet();
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0,
  );
  await requests.quiet();
}
