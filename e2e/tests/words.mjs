// The company's words: no raw code reaches a user — the audit log, the jobs page and the policy
// centre speak Chinese (and English), and the English header reads "Xiaoguan".
import { base, confirmPopover, expect, openUserMenuItem, pickOption, rowTexts, signIn } from '../helpers.mjs';

/** Texts that look like codes: `area.verb`, `key=value`, a policy id. */
const CODE = /\b[a-z_]+\.[a-z][A-Za-z_]+\b|\b\w+=\d+\b/;

export const tests = [
  {
    name: 'PEN-3: the audit log names people and actions in words, shows a change field by field, filters by pickers',
    async run(page) {
      await signIn(page, 'admin');
      await page.getByTestId('nav-menu').waitFor();
      await page.goto(`${base}/audit`);
      const table = page.getByTestId('audit-table');
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      const rows = await rowTexts(table);
      const coded = rows.flatMap((cells) => cells.slice(1, 6)).filter((text) => CODE.test(text));
      expect(coded.length === 0, `codes shown in the audit log: ${coded.slice(0, 5).join(', ')}`);

      await page.getByTestId('audit-action').click();
      await page.keyboard.type('新建用户');
      await pickOption(page, '新建用户');
      const filtered = page.waitForResponse(
        (r) => r.url().includes('/api/audit?') && r.url().includes('action=user.create'),
      );
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await filtered;
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      const created = await rowTexts(table);
      expect(
        created.length > 0 && created.every((cells) => cells.includes('新建用户')),
        `filtered rows: ${JSON.stringify(created.slice(0, 2))}`,
      );

      await table.locator('tbody tr.ant-table-row').first().getByRole('button').first().click();
      const diff = page.locator('[data-testid^="audit-diff-"]').first();
      await diff.waitFor();
      const diffText = await diff.textContent();
      expect(
        diffText.includes('姓名') && !diffText.includes('displayName'),
        `diff reads: ${diffText.slice(0, 200)}`,
      );
    },
  },
  {
    name: 'ORG-4: a job run reads as a sentence and no job code is shown',
    async run(page) {
      await signIn(page, 'admin');
      await page.getByTestId('nav-menu').waitFor();
      await page.goto(`${base}/jobs`);
      const table = page.getByTestId('jobs-table');
      await table.getByText('期限提醒与逾期上报').waitFor();
      await page.getByTestId('run-deadlines.escalate').click();
      await confirmPopover(page);
      await table.getByText(/处理到期事项 \d+ 条/).waitFor();
      const text = await table.textContent();
      // A backup's file name may show; job names and `key=value` messages may not.
      const jobCode =
        /\b(deadlines|mail|imports|ledger|backup|collection|customers)\.[a-z][A-Za-z]+\b|\b\w+=\S+/;
      expect(!jobCode.test(text), `a code on the jobs page: ${text.match(jobCode)?.[0]}`);
    },
  },
  {
    name: 'the policy centre shows a rule’s original Chinese sentence and no policy keys; the English header reads Xiaoguan',
    async run(page) {
      await signIn(page, 'admin');
      await page.getByTestId('nav-menu').waitFor();
      await page.goto(`${base}/policies`);
      const tag = page.getByTestId('rule-AR-1').first();
      await tag.waitFor();
      const body = await page.locator('main, .ant-layout-content').first().textContent();
      expect(!/auth\.lockMinutes|ThresholdFen/.test(body), 'a policy key is shown');
      await tag.hover();
      await page.getByText('销售回款需在合同签订后30天内完成。').waitFor();

      await openUserMenuItem(page, 'lang-en');
      await page.getByTestId('nav-menu').getByText('Home', { exact: true }).waitFor();
      const header = await page.locator('header, .ant-layout-header').first().textContent();
      expect(header.includes('Xiaoguan') && !header.includes('销管'), `header reads: ${header}`);
      await openUserMenuItem(page, 'lang-zh');
    },
  },
];
