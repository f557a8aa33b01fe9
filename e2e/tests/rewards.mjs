// 积分商城 (issue 16, point 5; INC-5/INC-6): rep01 redeems a reward on a phone — the balance drops by
// its points price and the redemption waits for approval (待审批) — the nearest sales manager
// (manager_east) opens it from 待办 and approves it, and rep01 sees it approved.
import {
  answerTo,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
  whenOpened,
} from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const balanceOf = async (page) =>
  Number((await page.getByTestId('reward-balance').textContent()).replace(/[^\d]/g, ''));

export const tests = [
  {
    name: 'rewards: rep01 redeems a reward at 390×844 — the balance drops by its price, the redemption awaits approval',
    context: phone,
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/rewards`);
      await page.getByTestId('reward-card').first().waitFor();
      await page.getByTestId('reward-balance').filter({ hasText: /\d/ }).waitFor();
      const before = await balanceOf(page);
      await expectNoSidewaysScroll(page, 'the catalogue');
      const card = page
        .getByTestId('reward-card')
        .filter({ has: page.getByTestId('reward-name').getByText('保温杯', { exact: true }) });
      const price = Number((await card.getByTestId('reward-price').textContent()).replace(/[^\d]/g, ''));
      expect(before >= price, `rep01 has ${before} points for a price of ${price}`);
      await card.getByTestId('reward-redeem').click();
      const modal = page.getByTestId('redeem-modal');
      await whenOpened(page.getByTestId('redeem-confirm'));
      expect(
        (await page.getByTestId('redeem-total').textContent()).includes(String(price)),
        'the confirmation names the points',
      );
      await expectNoSidewaysScroll(page, 'the redeem dialog');
      const redeemed = answerTo(page, 'POST', /^\/api\/rewards\/redemptions$/);
      await page.getByTestId('redeem-confirm').click();
      const r = await expectStatus(redeemed, 200, 'redeeming');
      expect(r.status === 'submitted' && Number(r.points) === price, `the redemption: ${JSON.stringify(r)}`);
      await modal.waitFor({ state: 'hidden' });
      await page
        .getByTestId('reward-balance')
        .filter({ hasText: (before - price).toLocaleString('en-US') })
        .waitFor();
      const row = page.getByTestId('redemption-row').filter({ hasText: '保温杯' }).first();
      await row.getByTestId('redemption-status').filter({ hasText: '待审批' }).waitFor();
      await expectNoSidewaysScroll(page, 'my redemptions');
    },
  },
  {
    name: 'rewards: manager_east approves rep01’s redemption from 待办, and rep01 sees it approved',
    async run(page) {
      await signIn(page, 'manager_east');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/todo`);
      const open = page.locator('a[href*="/rewards/redemptions/"]').first();
      await open.waitFor();
      await open.click();
      await page.waitForURL(/\/rewards\/redemptions\/[0-9a-f-]{36}$/);
      const id = page.url().split('/').pop();
      await page.getByTestId('redemption-points').waitFor();
      const panel = page.getByTestId('approval-panel').first();
      await panel.getByTestId('approval-approve').click();
      const decision = page.getByTestId('approval-decision');
      await whenOpened(decision);
      const approved = answerTo(page, 'POST', /^\/api\/approvals\/[^/]+\/approve$/);
      await decision.getByRole('button', { name: /同\s*意/ }).click();
      await expectStatus(approved, 200, 'approving the redemption');
      await page.getByTestId('redemption-status').filter({ hasText: '已批准' }).waitFor();

      await page.context().clearCookies();
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${base}/rewards?tab=mine`);
      const mine = page.getByTestId('redemption-row').filter({ has: page.locator(`a[href$="${id}"]`) });
      await mine.getByTestId('redemption-status').filter({ hasText: '已批准' }).waitFor();
    },
  },
];
