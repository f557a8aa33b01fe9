// 待办 holds the work of every module: finance's payments to confirm, an approver's requests
// with customer, amount and step, and the overdue filter (逾期事项).
import { expect, signIn } from '../helpers.mjs';

export const tests = [
  {
    name: '待办: finance sees the payments waiting for confirmation with customer and amount, and the overdue filter',
    async run(page) {
      await signIn(page, 'finance');
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      const payments = page.getByTestId('todo-section-receivables.paymentsToConfirm');
      await payments.waitFor();
      const text = await payments.textContent();
      expect(text.includes('待确认回款'), `section heading: ${text}`);
      expect(/确认回款 SK\d{4}-\d+/.test(text), `a payment row: ${text}`);
      expect(/¥\d{1,3}(,\d{3})*\.\d{2}/.test(text), `an amount as money: ${text}`);
      // Payments have no due time: the overdue filter leaves them out.
      await page.getByTestId('todo-overdue-only').click();
      await payments.waitFor({ state: 'detached' });
      await page.getByTestId('todo-overdue-only').click();
      await payments.waitFor();
      // The row opens the payment.
      await payments.getByTestId('todo-open').first().click();
      await page.waitForURL(/\/payments\?id=/);
    },
  },
  {
    name: '待办: the supervisor’s approvals show what, how much and the step, and approve in place',
    async run(page) {
      await signIn(page, 'sup_east1');
      await page.getByTestId('todo-bell').click();
      await page.waitForURL(/\/todo/);
      const approvals = page.getByTestId('todo-section-approvals.waiting');
      await approvals.waitFor();
      const text = await approvals.textContent();
      expect(/第 \d \/ \d 步/.test(text), `the step: ${text}`);
      expect(/审批(报价单|通用申请)：/.test(text), `what to approve: ${text}`);
      expect(/¥\d{1,3}(,\d{3})*\.\d{2}/.test(text), `the amount as money: ${text}`);
      expect((await approvals.getByTestId('todo-approve').count()) > 0, 'approve buttons in place');
    },
  },
];
