// Menus that fit the role (issue 13, point 6): grouped and filtered by permission, scrolling on
// their own; the supervisor's 团队 page; the kanban moved by touch as well as by mouse (point 9).
import {
  base,
  expect,
  openInApp,
  openNav,
  openUserMenuItem,
  requestsOf,
  rowTexts,
  signIn,
} from '../helpers.mjs';

/** Signs in and waits for the shell in Chinese (a user's language is kept per user). */
async function enter(page, username) {
  await signIn(page, username);
  await page.getByTestId('nav-menu').waitFor();
  await openUserMenuItem(page, 'lang-zh');
  await page.getByTestId('nav-menu').getByText('首页', { exact: true }).waitFor();
}

/** Opens every closed section of the menu. */
async function openAllGroups(page) {
  const titles = page.getByTestId('nav-menu').locator('[data-testid^="nav-group-"]');
  for (let i = 0; i < (await titles.count()); i++) {
    const title = titles.nth(i);
    const item = title.locator('xpath=ancestor::li[contains(@class,"ant-menu-submenu")][1]');
    if (!(await item.getAttribute('class')).includes('ant-menu-submenu-open')) {
      await title.scrollIntoViewIfNeeded();
      await title.click();
    }
  }
}

export const tests = [
  {
    name: 'menus: rep01’s menu is grouped and holds no administration (用户, 组织架构, 制度参数 …)',
    async run(page) {
      await enter(page, 'rep01');
      const menu = page.getByTestId('nav-menu');
      for (const group of ['customers', 'sales', 'money'])
        await menu.getByTestId(`nav-group-${group}`).waitFor();
      for (const group of ['team', 'system'])
        expect(
          (await menu.getByTestId(`nav-group-${group}`).count()) === 0,
          `rep01 sees the ${group} section`,
        );
      await openAllGroups(page);
      const text = await menu.textContent();
      for (const word of [
        '用户',
        '组织架构',
        '制度参数',
        '角色权限',
        '审计日志',
        '登录日志',
        '定时任务',
        '我的团队',
      ])
        expect(!text.includes(word), `rep01's menu shows ${word}`);
      for (const word of ['客户', '公海', '商机', '合同', '回款', '应收账款'])
        expect(text.includes(word), `rep01's menu lacks ${word}`);
      // Typing the address of an admin page shows 403, not the page.
      await page.goto(`${base}/users`);
      await page.getByText('403').first().waitFor();
      // The section of the page shown opens with it.
      await page.goto(`${base}/receivables`);
      await menu.getByTestId('nav-/receivables').waitFor();
      expect(await menu.getByTestId('nav-/receivables').isVisible(), 'the 回款 section is open on 应收账款');
    },
  },
  {
    name: 'menus: at 1366×900 the menu scrolls on its own and its last item can be reached and clicked',
    context: { viewport: { width: 1366, height: 900 } },
    async run(page) {
      await enter(page, 'director');
      await openAllGroups(page);
      const scroller = page.getByTestId('nav-scroll');
      const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(
        sizes.scroll > sizes.client,
        `the open menu (${sizes.scroll}px) is taller than its pane (${sizes.client}px)`,
      );
      // A director reading down the long 工作台: the menu stays in the window (it does not scroll with the page).
      await page.evaluate(() => window.scrollTo(0, 600));
      const sider = await page.getByTestId('sider').boundingBox();
      expect(sider && Math.abs(sider.y) < 1, `the menu moved with the page to ${sider?.y}px`);
      const links = page.getByTestId('nav-menu').locator('a[data-testid^="nav-/"]');
      const last = links.last();
      const path = (await last.getAttribute('data-testid')).slice('nav-'.length);
      await last.scrollIntoViewIfNeeded();
      const box = await last.boundingBox();
      expect(
        box && box.y + box.height <= 900,
        `the last item ends at ${box?.y + box?.height}px, below the window`,
      );
      // Playwright clicks only what is on top at that point: the collapse trigger must not cover it.
      await last.click();
      await page.waitForURL((url) => url.pathname === path);
      // The page opened opens at its top, not where the 工作台 was scrolled to.
      await page
        .waitForFunction(() => document.scrollingElement.scrollTop === 0, null, { timeout: 3000 })
        .catch(() => {});
      expect(
        (await page.evaluate(() => document.scrollingElement.scrollTop)) === 0,
        'the new page did not open at its top',
      );
    },
  },
  {
    name: 'menus: sup_east1’s 我的团队 lists rep01–rep03 with their figures',
    async run(page) {
      await enter(page, 'sup_east1');
      const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/team');
      await openNav(page, 'team', '/team');
      const team = await (await answer).json();
      await page.getByTestId('team-table').locator('tbody tr.ant-table-row').first().waitFor();
      const rows = await rowTexts(page.getByTestId('team-table'));
      expect(rows.length === 3, `${rows.length} rows`);
      expect(
        JSON.stringify(rows.map((r) => r[0])) === JSON.stringify(['赵磊', '钱芳', '孙浩']),
        `names: ${rows.map((r) => r[0]).join(', ')}`,
      );
      for (const [i, row] of rows.entries()) {
        const m = team.items[i];
        expect(row[3] === String(m.customers), `${row[0]}: customers ${row[3]} vs ${m.customers}`);
        expect(row[4] === String(m.openOpportunities), `${row[0]}: opportunities ${row[4]}`);
        for (const cell of row.slice(5)) expect(cell.startsWith('¥'), `${row[0]}: money cell "${cell}"`);
      }
      expect(
        team.items.some((m) => m.customers > 0),
        'the team owns customers',
      );
    },
  },
  {
    name: 'kanban: a finger drags rep01’s card to the next stage and the server has the new stage',
    context: { hasTouch: true, viewport: { width: 1366, height: 900 } },
    async run(page) {
      await enter(page, 'rep01');
      const board = await (await page.request.get(`${base}/api/opportunities/board`)).json();
      const lead = board.columns.find((c) => c.stage === 'lead').items.find((o) => o.canEdit);
      expect(lead, 'rep01 has an opportunity in the lead stage');
      await openNav(page, 'sales', '/opportunities');
      const card = page.getByTestId('kanban-column-lead').getByTestId(`kanban-card-${lead.id}`);
      await card.scrollIntoViewIfNeeded();
      const to = await page.getByTestId('kanban-column-needs').boundingBox();
      const moved = page.waitForResponse(
        (r) => r.url().includes(`/api/opportunities/${lead.id}/stage`) && r.request().method() === 'POST',
      );
      // Touch events, as a phone or tablet sends them (the browser makes pointer events of them).
      const cdp = await page.context().newCDPSession(page);
      const touch = (type, x, y) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      // Held by its amount line (the name is a link that opens the record, not a handle).
      const grip = await card.getByText(/^¥/).boundingBox();
      const x0 = grip.x + grip.width / 2;
      const y0 = grip.y + grip.height / 2;
      const x1 = to.x + to.width / 2;
      const y1 = to.y + Math.min(to.height / 2, 160);
      await touch('touchStart', x0, y0);
      for (let i = 1; i <= 20; i++)
        await touch('touchMove', x0 + ((x1 - x0) * i) / 20, y0 + ((y1 - y0) * i) / 20);
      await touch('touchEnd', x1, y1);
      const response = await moved;
      expect(response.status() === 200, `the move answered ${response.status()}`);
      await page.getByTestId('kanban-column-needs').getByTestId(`kanban-card-${lead.id}`).waitFor();
      const stored = await (await page.request.get(`${base}/api/opportunities/${lead.id}`)).json();
      expect(stored.stage === 'needs', `the server has stage ${stored.stage}`);
    },
  },
  {
    name: 'lists: at 1440 px every list page of the director’s menu fits or scrolls inside its card, never the page',
    context: { viewport: { width: 1440, height: 900 } },
    async run(page) {
      await enter(page, 'director');
      await openAllGroups(page);
      const paths = await page
        .getByTestId('nav-menu')
        .locator('a[data-testid^="nav-/"]:not([target])')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-testid').slice('nav-'.length)));
      expect(paths.length > 15, `${paths.length} pages in the menu`);
      const wide = [];
      const cut = [];
      const requests = requestsOf(page);
      for (const path of paths) {
        await openInApp(page, requests, path);
        await page.locator('.ant-layout-content .ant-card').first().waitFor();
        const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
        // A customer name in a table cell is never cut without a way to read it whole.
        const hidden = await page.evaluate(() =>
          [...document.querySelectorAll('td a[href^="/customers/"]')]
            .filter(
              (a) =>
                a.scrollWidth > a.clientWidth + 1 &&
                !a.querySelector('[aria-label], .ant-typography-ellipsis'),
            )
            .map((a) => a.textContent),
        );
        if (hidden.length > 0) cut.push(`${path}: ${hidden.slice(0, 2).join(', ')}`);
      }
      expect(wide.length === 0, `the page scrolls sideways on ${wide.join(', ')}`);
      expect(cut.length === 0, `customer names cut on ${cut.join('; ')}`);
    },
  },
];
