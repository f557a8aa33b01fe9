// 提成结算单 (issue 16, INC-1): rep01 opens their commission statement for last month on a phone —
// the header with the target, the basis and the commission, every line with its tier and rate,
// "why this number" — and follows a line to the payment behind it: the payment's own drawer opens
// with that payment's number. The list holds only rep01's own statements.
import { answerTo, base, expect, expectNoSidewaysScroll, expectStatus, signIn } from '../helpers.mjs';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const tests = [
  {
    name: 'commission: rep01 opens their statement at 390×844 and follows a line to the payment behind it',
    context: phone,
    async run(page) {
      await signIn(page, 'rep01');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const listed = answerTo(page, 'GET', /^\/api\/commission\/statements$/);
      await page.goto(`${base}/commission/statements`);
      const list = await expectStatus(listed, 200, 'the statements');
      expect(
        list.items.length >= 1 && list.items.every((s) => s.user.username === 'rep01'),
        `rep01 sees only their own: ${JSON.stringify(list.items.map((s) => s.user.username))}`,
      );
      const row = page.getByTestId('statement-row').first();
      await row.waitFor();

      const opened = answerTo(page, 'GET', /^\/api\/commission\/statements\/[^/]+$/);
      await row.click();
      const statement = await expectStatus(opened, 200, 'the statement');
      await page.getByTestId('statement-header').waitFor();
      await page.getByTestId('why-this-number').waitFor();
      const line = statement.lines.find((l) => l.refType === 'payment');
      expect(line, `a line with a payment: ${JSON.stringify(statement.lines).slice(0, 300)}`);
      await expectNoSidewaysScroll(page, 'the statement');

      const link = page.locator(`a[href="/payments?id=${line.refId}"]`).first();
      await link.waitFor();
      const payment = answerTo(page, 'GET', new RegExp(`^/api/payments/${line.refId}$`));
      await link.click();
      await page.waitForURL(
        (url) => url.pathname === '/payments' && url.searchParams.get('id') === line.refId,
      );
      const shown = await expectStatus(payment, 200, 'the payment behind the line');
      expect(shown.number === line.refNumber, `the payment ${shown.number} is the line's ${line.refNumber}`);
      const drawer = page.getByTestId('payment-drawer');
      await drawer.waitFor();
      await drawer.getByText(line.refNumber).first().waitFor();
    },
  },
];
