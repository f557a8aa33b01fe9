// EXP-3 on a phone (390 × 844): rep01 files an expense claim with a photo of the receipt and
// submits it; their supervisor (the department reviewer the default chain names) opens it from
// 待办 and approves it, which passes it to finance. Every page visited fits the screen's width.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answerTo, base, expect, expectNoSidewaysScroll, expectStatus, signIn } from '../helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** A small PNG, as a phone camera's photo would arrive (the content says PNG); made unique per run. */
const PNG = Buffer.concat([
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  Buffer.from(`receipt ${Date.now()}`),
]);

export const tests = [
  {
    name: 'EXP-3 on a phone: rep01 files a claim with a receipt photo and submits it; the supervisor approves it from 待办',
    context: { ...PHONE },
    async run(page) {
      const photo = path.join(tmpdir(), `receipt-${process.pid}.png`);
      writeFileSync(photo, PNG);
      await signIn(page, 'rep01');
      await page.waitForURL(/\/today$/);

      await page.goto(`${base}/expenses/claims/new`);
      const form = page.getByTestId('claim-form');
      await form.waitFor();
      await expectNoSidewaysScroll(page, 'the claim form');
      await form.getByTestId('claim-line-amount').fill('128.50');
      await form.getByTestId('claim-line-invoice').fill(`E2E-${Date.now()}`);
      await form.getByTestId('claim-line-merchant').fill('大众出租车');
      await form.getByTestId('claim-line-receipt').setInputFiles(photo);
      await form.getByTestId('claim-line-receipt-name').waitFor();
      const submitted = answerTo(page, 'POST', /^\/api\/expense-claims\/[0-9a-f-]{36}\/submit$/);
      await form.getByTestId('claim-submit').click();
      const claim = await expectStatus(submitted, 200, 'submitting the claim');
      expect(claim.status === 'submitted', `the claim is in approval (${claim.status})`);
      await page.waitForURL(new RegExp(`/expenses/claims/${claim.id}$`));
      await page.getByTestId('claim-total').getByText('128.50').waitFor();
      await expectNoSidewaysScroll(page, 'the claim');

      // The supervisor opens it from 待办 and approves it.
      await page.context().clearCookies();
      await signIn(page, 'sup_east1');
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      const approvals = page.getByTestId('todo-section-approvals.waiting');
      await approvals.waitFor();
      const row = approvals.getByTestId('todo-row').filter({ hasText: claim.number }).first();
      await row.waitFor();
      await row.getByTestId('todo-open').click();
      await page.waitForURL(new RegExp(`/expenses/claims/${claim.id}$`));
      await expectNoSidewaysScroll(page, 'the claim to review');
      const approved = answerTo(page, 'POST', /^\/api\/expense-claims\/[0-9a-f-]{36}\/review\/approve$/);
      await page.getByTestId('claim-approve').click();
      const after = await expectStatus(approved, 200, 'approving the claim');
      expect(after.stage === 'finance', `the claim goes on to finance (${after.stage})`);
      await page.getByText('财务审批').first().waitFor();
    },
  },
];
