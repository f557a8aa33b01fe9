// The rep's day on a phone (issue 14): at 390×844 the app is a mobile web app — 今日 after
// sign-in, labelled bottom tabs, customers as cards, the customer's action bar, 待办, a payment —
// and no page is wider than the screen. On a desktop the Sider stays.
import {
  answerTo,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  openInApp,
  openUserMenuItem,
  pickOption,
  requestsOf,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The page is no wider than the screen: nothing scrolls sideways. */
async function fits(page, where) {
  await page.waitForLoadState('networkidle');
  await expectNoSidewaysScroll(page, where);
}

/** Signs in on the phone and waits for its shell, in Chinese (a user's language is kept per user). */
async function enter(page, username) {
  await signIn(page, username);
  await page.getByTestId('phone-tabs').waitFor();
  await openUserMenuItem(page, 'lang-zh');
  await page.getByTestId('phone-tab-todo').getByText('待办').waitFor();
}

async function poll(read, want, what) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (last === want) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: ${JSON.stringify(last)}, expected ${JSON.stringify(want)}`);
}

/** A box lies within the screen's width. */
function within(box, width, what) {
  expect(box, `${what} is not shown`);
  expect(
    box.x >= 0 && box.x + box.width <= width + 0.5,
    `${what} runs from ${box.x}px to ${box.x + box.width}px on a ${width}px screen`,
  );
}

export const tests = [
  {
    name: 'phone: rep01 lands on 今日, finds a customer by pinyin, calls and writes a follow-up from its action bar, opens 待办 and records a payment — nothing wider than 390 px',
    context: phone,
    async run(page) {
      await enter(page, 'rep01');
      // Someone who visits customers starts the day on 今日.
      await page.waitForURL((url) => url.pathname === '/today');
      await page.getByTestId('today-greeting').waitFor();
      await page.getByTestId('today-follow-ups').waitFor();
      await page.getByTestId('today-todo').waitFor();
      // Bottom tabs, each with its word under the icon; no Sider.
      const labels = { today: '今日', customers: '客户', visits: '拜访', todo: '待办', more: '更多' };
      for (const [key, word] of Object.entries(labels)) {
        const tab = page.getByTestId(`phone-tab-${key}`);
        expect(await tab.isVisible(), `the ${word} tab is not visible`);
        expect((await tab.textContent()).includes(word), `the ${key} tab reads "${await tab.textContent()}"`);
        const box = await tab.boundingBox();
        expect(
          box.y + box.height <= 844 && box.height >= 44,
          `the ${word} tab is ${box.height}px high at ${box.y}`,
        );
      }
      expect((await page.getByTestId('sider').count()) === 0, 'the Sider is shown on a phone');
      await fits(page, '今日');

      // 客户: search first (pinyin initials, on the server), cards instead of the table.
      await page.getByTestId('phone-tab-customers').click();
      await page.waitForURL((url) => url.pathname === '/customers');
      await page.getByTestId('customer-card').first().waitFor();
      expect((await page.getByTestId('customer-table').count()) === 0, 'the wide table is shown on a phone');
      const searched = page.waitForResponse(
        (r) =>
          new URL(r.url()).pathname === '/api/customers' && new URL(r.url()).searchParams.get('q') === 'shpd',
      );
      await page.getByTestId('customer-search').locator('input').fill('shpd');
      await searched;
      const card = page.getByTestId('customer-card').filter({ hasText: '上海浦东新材料科技有限公司' });
      await card.waitFor();
      const call = card.getByTestId('customer-call');
      expect(/^tel:\+?[\d-]+$/.test(await call.getAttribute('href')), 'the card calls the main contact');
      await fits(page, '客户');

      // The customer: the name is readable, the action bar is there.
      await card.getByTestId('customer-link').click();
      await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
      const title = page.getByTestId('customer-title');
      await title.waitFor();
      const heading = await title.boundingBox();
      expect(heading.width > 100, `the customer's name is ${heading.width}px wide`);
      expect((await title.textContent()) === '上海浦东新材料科技有限公司', 'the heading names the customer');
      const bar = page.getByTestId('customer-action-bar');
      expect(
        /^tel:/.test(await bar.getByTestId('customer-call').getAttribute('href')),
        'the action bar calls the main contact',
      );
      const map = await bar.getByTestId('customer-navigate').getAttribute('href');
      expect(map.startsWith('https://uri.amap.com/search?keyword='), `navigate opens ${map}`);
      expect(
        (await bar.getByTestId('customer-navigate').getAttribute('target')) === '_blank',
        'the map opens outside',
      );
      await fits(page, 'the customer');

      // CUS-8: a follow-up in a full-screen drawer; it lands on the timeline.
      await bar.getByTestId('customer-follow-up').click();
      const drawer = page.getByTestId('follow-up-drawer');
      await drawer.getByTestId('follow-up-form').waitFor();
      const box = await page.locator('.ant-drawer-content-wrapper').boundingBox();
      expect(box.width >= 389 && box.height >= 843, `the follow-up drawer is ${box.width}×${box.height}`);
      const note = `手机上记录：样品反馈良好 ${Date.now()}`;
      await drawer.getByTestId('follow-up-content').fill(note);
      const saved = answerTo(page, 'POST', /^\/api\/customers\/[0-9a-f-]{36}\/follow-ups$/);
      await drawer.getByTestId('follow-up-submit').click();
      await expectStatus(saved, 200, 'writing the follow-up');
      await drawer.waitFor({ state: 'hidden' });
      await page.getByTestId('customer-timeline').getByText(note).waitFor();
      await fits(page, 'the customer after the follow-up');
      // The other sections are one picker away, not a strip wider than the screen.
      await page.getByTestId('customer-section').click();
      await pickOption(page, '联系人');
      await page.getByTestId('contact-table').or(page.locator('.ant-empty')).first().waitFor();
      await fits(page, 'the customer’s contacts');
      // Back (top bar) returns to the list in one step.
      await page.getByTestId('phone-back').click();
      await page.waitForURL((url) => url.pathname === '/customers');

      // 待办: sections as cards.
      await page.getByTestId('phone-tab-todo').click();
      await page.waitForURL((url) => url.pathname === '/todo');
      await page.locator('[data-testid^="todo-section-"], [data-testid="todo-empty"]').first().waitFor();
      expect((await page.locator('[data-testid^="todo-section-"] table').count()) === 0, '待办 shows tables');
      await page.getByTestId('todo-overdue-only').click();
      await fits(page, '待办');

      // AR-2: a payment from 今日, in a dialog as wide as the screen; the date panel fits.
      await page.getByTestId('phone-tab-today').click();
      await page.getByTestId('today-payment-new').click();
      const form = page.getByTestId('payment-form');
      await whenOpened(form);
      within(await page.locator('.ant-modal').boundingBox(), 390, 'the payment dialog');
      const choices = page.waitForResponse((r) =>
        /\/api\/customers\/[0-9a-f-]{36}\/payment-choices$/.test(new URL(r.url()).pathname),
      );
      await form.locator('#customerId').click();
      await page.keyboard.type('上海浦东');
      await pickOption(page, '上海浦东新材料科技有限公司');
      const payer = (await (await choices).json()).payer;
      await poll(() => form.locator('#payer').inputValue(), payer, 'the payer prefilled');
      await page.getByTestId('payment-amount').fill('88');
      await form.locator('#receivedOn').click();
      const panel = page.locator(
        '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-panel-container',
      );
      await panel.waitFor();
      within(await panel.boundingBox(), 390, 'the date panel');
      await page
        .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-cell-today')
        .click();
      await fits(page, 'the payment dialog');
      const recorded = answerTo(page, 'POST', /^\/api\/payments$/);
      await form.locator('.ant-modal-footer .ant-btn-primary').click();
      const payment = await expectStatus(recorded, 200, 'recording the payment');
      expect(payment.amountFen === '8800', `recorded ${payment.amountFen} fen, expected 8800`);
      await form.waitFor({ state: 'hidden' });
      await fits(page, '今日 after the payment');
    },
  },
  {
    name: 'phone: every page of rep01’s menu (更多) fits 390 px',
    context: phone,
    async run(page) {
      await enter(page, 'rep01');
      await page.getByTestId('phone-tab-more').click();
      const menu = page.getByTestId('more-menu');
      await menu.waitFor();
      const groups = menu.locator('[data-testid^="nav-group-"]');
      for (let i = 0; i < (await groups.count()); i++) {
        const group = groups.nth(i);
        const item = group.locator('xpath=ancestor::li[contains(@class,"ant-menu-submenu")][1]');
        if (!(await item.getAttribute('class')).includes('ant-menu-submenu-open')) {
          await group.scrollIntoViewIfNeeded();
          await group.click();
        }
      }
      const paths = await menu
        .locator('a[data-testid^="nav-/"]:not([target])')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-testid').slice('nav-'.length)));
      expect(paths.length > 15, `${paths.length} pages in the menu`);
      // A page chosen in the drawer opens and closes it.
      await menu.getByTestId('nav-/receivables').click();
      await page.waitForURL((url) => url.pathname === '/receivables');
      await menu.waitFor({ state: 'hidden' });
      const wide = [];
      const requests = requestsOf(page);
      for (const path of [...paths, '/visits']) {
        await openInApp(page, requests, path);
        await page.getByTestId('phone-tabs').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
      }
      expect(wide.length === 0, `wider than the phone: ${wide.join(', ')}`);
    },
  },
  {
    name: 'phone: finance (no visits) starts on the home page; 今日 is a tab away',
    context: phone,
    async run(page) {
      await enter(page, 'finance');
      await page.getByTestId('welcome-card').waitFor();
      expect(new URL(page.url()).pathname === '/', `finance landed on ${page.url()}`);
      expect((await page.getByTestId('phone-tab-visits').count()) === 0, 'finance sees the 拜访 tab');
      await page.getByTestId('phone-tab-today').click();
      await page.getByTestId('today-todo').waitFor();
      await fits(page, 'finance’s 今日');
    },
  },
  {
    name: 'desktop: at 1366 px rep01 keeps the Sider and the home page, no phone tabs',
    async run(page) {
      await signIn(page, 'rep01');
      await page.getByTestId('sider').waitFor();
      await page.getByTestId('welcome-card').waitFor();
      expect(new URL(page.url()).pathname === '/', `rep01 landed on ${page.url()}`);
      expect((await page.getByTestId('phone-tabs').count()) === 0, 'phone tabs on a desktop');
      await page.getByTestId('nav-menu').getByTestId('nav-/today').click();
      await page.getByTestId('today-follow-ups').waitFor();
    },
  },
];
