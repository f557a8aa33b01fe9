// SVC-2 on a phone (390 × 844): the east sales manager sends a customer a satisfaction survey;
// the customer opens the link without an account, answers it in Chinese, and the same link then
// says it was answered. The page fits the screen's width.
import {
  answerTo,
  apiInPage,
  base,
  expect,
  expectNoSidewaysScroll,
  expectStatus,
  signIn,
} from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const tests = [
  {
    name: 'SVC-2 on a phone: a customer answers a survey link without signing in; the link then says it was answered',
    context: { ...PHONE },
    async run(page) {
      await signIn(page, 'manager_east');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      const customers = await apiInPage(page, 'GET', '/api/customers?pageSize=50');
      expect(customers.status === 200, `customers: ${customers.status}`);
      const customer = customers.body.items.find((c) => c.owner);
      expect(customer, 'a customer with an owner in the manager’s scope');
      const sent = await apiInPage(page, 'POST', '/api/surveys', { customerId: customer.id });
      expect(sent.status === 200, `sending a survey: ${sent.status} ${JSON.stringify(sent.body)}`);
      const path = new URL(sent.body.link).pathname;
      expect(path.startsWith('/s/'), `the link ${sent.body.link}`);

      // The customer: no session.
      await page.context().clearCookies();
      await page.goto(`${base}${path}`);
      const form = page.getByTestId('survey-form');
      await form.waitFor();
      await page.getByText('客户满意度调查').first().waitFor();
      await expectNoSidewaysScroll(page, 'the survey');
      const questions = page.locator('[data-testid^="survey-q-"]');
      const n = await questions.count();
      expect(n >= 3, `${n} questions`);
      for (let i = 0; i < n; i++) {
        // The fifth star of each question (antd Rate: one li per star).
        await questions.nth(i).locator('li').nth(4).locator('div[role="radio"]').first().click();
      }
      await page.getByTestId('survey-comment').fill('安装及时，服务周到。');
      const answered = answerTo(page, 'POST', /^\/api\/public\/surveys\/[^/]+$/);
      await page.getByTestId('survey-submit').click();
      await expectStatus(answered, 200, 'answering the survey');
      await page.getByTestId('survey-thanks').waitFor();

      // The same link again: answered.
      await page.goto(`${base}${path}`);
      await page.getByTestId('survey-answered').waitFor();
      await expectNoSidewaysScroll(page, 'the answered link');
    },
  },
];
