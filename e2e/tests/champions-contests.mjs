// 销售冠军 and 销售竞赛 (issue 16, points 6 and 8; INC-7, INC-9): the month-close job names last
// month's champions; the director opens 销售冠军 for last month and sees a champion per unit, as the
// API gives them, and the 工作台 banner; a sales manager sets up a contest for 华东一组, starts it,
// and its leaderboard lists the participants in order with the API's figures; a figure opens the
// records behind it.
import {
  answerTo,
  apiInPage,
  base,
  confirmPopover,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  openNav,
  PASSWORD,
  rowTexts,
  signIn,
  whenOpened,
} from '../helpers.mjs';

/** "¥1,234.56" as the web writes fen. */
const yuan = (fen) => {
  const v = BigInt(fen);
  const abs = v < 0n ? -v : v;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${v < 0n ? '-' : ''}¥${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
};

export const tests = [
  {
    name: 'champions: the close job names last month’s champions; the director sees one per unit as the API says, and the 工作台 banner',
    async run(page) {
      const admin = await page.request.post(`${base}/api/auth/login`, {
        data: { username: 'admin', password: PASSWORD },
      });
      expect(admin.status() === 200, `admin sign-in answered ${admin.status()}`);
      const run = await page.request.post(`${base}/api/jobs/champions.close/run`, { data: {} });
      expect(run.status() === 200, `running the job answered ${run.status()}: ${await run.text()}`);
      const outcome = await run.json();
      expect(outcome.result === 'ok', `the job: ${JSON.stringify(outcome)}`);
      await page.request.post(`${base}/api/auth/logout`, { data: {} });
      await page.context().clearCookies();

      await signIn(page, 'director');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const listed = answerTo(page, 'GET', /^\/api\/champions$/);
      await openNav(page, 'incentives', '/champions');
      const api = await expectStatus(listed, 200, 'the champions of last month');
      expect(api.items.length > 0, 'the job named champions for last month');
      const cards = page.getByTestId('champion-card');
      await cards.first().waitFor();
      expect(
        (await cards.count()) === api.items.length,
        `${await cards.count()} cards, ${api.items.length} champions`,
      );
      const company = api.items.find((c) => c.scope === 'company');
      expect(company, 'the company has a champion');
      // The company's card comes first, with the API's champion and figure.
      const first = cards.first();
      expect(
        (await first.getByTestId('champion-name').textContent()) === company.user.displayName,
        'the company card',
      );
      expect(
        (await first.getByTestId('champion-sales').textContent()) === yuan(company.figures.sales),
        `the figure ${await first.getByTestId('champion-sales').textContent()} vs ${company.figures.sales}`,
      );
      for (const c of api.items)
        await page.getByTestId('champion-cards').getByText(c.unit.name, { exact: true }).waitFor();

      // Why: the ranking and the tie rule.
      const opened = answerTo(page, 'GET', /^\/api\/champions\/[^/]+$/);
      await first.click();
      const detail = await expectStatus(opened, 200, 'opening the champion');
      const ranking = await rowTexts(page.getByTestId('champion-ranking'));
      expect(ranking[0]?.[1] === detail.ranking[0].name, `the ranking: ${JSON.stringify(ranking)}`);
      await page.getByTestId('champion-tie-rule').waitFor();

      // The 工作台 banner names the company's champion.
      await page.goto(`${base}/`);
      const banner = page.getByTestId('champion-banner');
      await banner.waitFor();
      const text = await banner.textContent();
      expect(text.includes(company.user.displayName), `the banner: ${text}`);
    },
  },
  {
    name: 'contests: manager_east sets up a contest for 华东一组 and starts it; the leaderboard lists the participants in the API’s order and figures',
    async run(page) {
      await signIn(page, 'manager_east');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await openNav(page, 'incentives', '/contests');
      await page.getByTestId('contest-new').click();
      const form = page.getByTestId('contest-form');
      await whenOpened(form);
      await form.getByLabel(/竞赛名称/).fill('华东一组回款冲刺');
      await form
        .locator('.ant-select')
        .filter({ has: page.locator('#unitIds') })
        .click();
      await page.locator('#unitIds').fill('华东一组');
      const node = page.locator('.ant-select-dropdown:visible .ant-select-tree-title', {
        hasText: '华东一组',
      });
      await node.first().click();
      await page.keyboard.press('Escape');
      await form.getByLabel(/奖品/).fill('冠军购物卡一张');
      const created = answerTo(page, 'POST', /^\/api\/contests$/);
      await form.getByRole('button', { name: /保\s*存/ }).click();
      const contest = await expectStatus(created, 200, 'creating the contest');
      await page.waitForURL(new RegExp(`/contests/${contest.id}$`));
      expect(contest.status === 'draft', `the contest: ${JSON.stringify(contest).slice(0, 200)}`);

      const started = answerTo(page, 'POST', /^\/api\/contests\/[^/]+\/start$/);
      await page.getByTestId('contest-start').click();
      await expectStatus(started, 200, 'starting the contest');
      const now = await apiInPage(page, 'GET', `/api/contests/${contest.id}`);
      expect(now.status === 200 && now.body.status === 'running', `the contest: ${now.status}`);
      const board = now.body.leaderboard;
      expect(board.length >= 3, `the participants: ${board.length}`);
      const table = page.getByTestId('contest-leaderboard');
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      const rows = await rowTexts(table);
      expect(rows.length === board.length, `${rows.length} rows, ${board.length} on the API's board`);
      for (const [i, e] of board.entries()) {
        const [rank, person, value] = rows[i];
        expect(rank === String(e.rank), `row ${i + 1}: place ${rank} vs ${e.rank}`);
        expect(person.includes(e.user.displayName), `row ${i + 1}: ${person} vs ${e.user.displayName}`);
        expect(value === yuan(e.value), `row ${i + 1}: ${value} vs ${e.value}`);
      }

      // Why this number: the leader's records add up to their figure.
      const records = answerTo(page, 'GET', /^\/api\/contests\/[^/]+\/records$/);
      await table.getByTestId('contest-value').first().click();
      const why = await expectStatus(records, 200, 'the records of the leader');
      expect(why.sum === board[0].value, `the records sum ${why.sum} vs ${board[0].value}`);
      await page.getByTestId('contest-records').waitFor();
      await page.keyboard.press('Escape');

      // Closing it announces the results.
      const closed = answerTo(page, 'POST', /^\/api\/contests\/[^/]+\/close$/);
      await page.getByTestId('contest-close').click();
      await confirmPopover(page);
      const result = await expectStatus(closed, 200, 'closing the contest');
      expect(result.status === 'closed', 'the contest closed');
    },
  },
  {
    name: 'contests: rep01 reads the east region’s running contest and the champions at 390×844, with no sideways scroll',
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const list = await apiInPage(page, 'GET', '/api/contests?status=running');
      const demo = list.body.items.find((c) => c.name === '华东大区本月回款竞赛');
      expect(demo, `the demo contest: ${JSON.stringify(list.body).slice(0, 200)}`);
      await page.goto(`${base}/contests/${demo.id}`);
      await page.getByTestId('contest-leaderboard').locator('tbody tr.ant-table-row').first().waitFor();
      for (const where of ['the contest', 'the champions']) {
        await expectNoSidewaysScroll(page, where);
        if (where === 'the contest') {
          await page.goto(`${base}/champions`);
          await page.getByTestId('champion-cards').waitFor();
        }
      }
    },
  },
];
