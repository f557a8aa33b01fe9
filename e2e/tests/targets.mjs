// 销售目标分解 (issue 15, point 2; PLAN-2, PLAN-3): the director splits next year's company target
// evenly among the regions on the decomposition screen, sees the gap go to zero and submits; the GM
// approves in 我的审批; the tree shows the split approved.
import { answerTo, apiInPage, base, expect, expectStatus, openNav, signIn, whenOpened } from '../helpers.mjs';

/** Next year: no demo targets are set for it. */
const YEAR = new Date().getFullYear() + 1;
const METRIC = 'signed_amount';

/** A JSON answer of the app's API, fetched from inside the page (its session, its origin). */
const api = apiInPage;

async function ok(page, method, path, body) {
  const res = await api(page, method, path, body);
  expect(
    res.status === 200,
    `${method} ${path} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`,
  );
  return res.body;
}

async function companyNode(page) {
  const tree = await ok(page, 'GET', `/api/target-sets/tree?year=${YEAR}&metric=${METRIC}`);
  const node = tree.nodes.find((n) => n.unit.parentId === null);
  expect(node, 'the director sees the company in the target tree');
  return node;
}

/**
 * The company's target for the year comes from the approved annual sales plan (PLAN-1): when it
 * is not in force yet, the director writes the year's plan with its targets and the GM approves it.
 */
async function ensureCompanyTarget(director, asUser) {
  if ((await companyNode(director)).target !== null) return;
  const months = Array.from({ length: 12 }, (_v, i) => ({
    metric: METRIC,
    period: `${YEAR}-${String(i + 1).padStart(2, '0')}`,
    value: i === 11 ? '130000000' : '100000000',
  }));
  const plan = await ok(director, 'POST', '/api/sales-plans', {
    year: YEAR,
    goal: '全年签约 1,230 万元',
    // PLAN-1: every metric the company sets targets for (policy plan.metrics) has a year's figure.
    targets: [
      { metric: METRIC, period: String(YEAR), value: '1230000000' },
      ...months,
      { metric: 'collected_amount', period: String(YEAR), value: '1000000000' },
      { metric: 'volume', period: String(YEAR), value: '5000' },
      { metric: 'new_customers', period: String(YEAR), value: '120' },
    ],
  });
  await ok(director, 'POST', `/api/sales-plans/${plan.id}/submit`);
  const gm = await asUser('gm');
  const pending = await ok(gm, 'GET', '/api/approvals/pending?pageSize=100');
  const item = pending.items.find((i) => i.docType === 'sales_plan' && i.docId === plan.id);
  expect(item, 'the GM is asked to approve the sales plan');
  await ok(gm, 'POST', `/api/approvals/${item.requestId}/approve`, { comment: null });
  expect((await companyNode(director)).target !== null, 'the approved plan gives the company its target');
}

export const tests = [
  {
    name: 'targets: the director splits next year’s company target evenly, the gap goes to zero, submits; the GM approves; the tree shows it approved',
    async run(page) {
      const browser = page.context().browser();
      const others = [];
      const asUser = async (username) => {
        const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
        others.push(context);
        const p = await context.newPage();
        p.setDefaultTimeout(30_000);
        await signIn(p, username);
        await p.getByTestId('user-menu').waitFor();
        return p;
      };
      try {
        const director = page;
        await signIn(director, 'director');
        await director.getByTestId('user-menu').waitFor();
        await ensureCompanyTarget(director, asUser);
        const company = await companyNode(director);

        // ---- 1. The tree: the company's target in force, not split yet.
        await openNav(director, 'plans', '/targets');
        await director.getByTestId('target-tree').waitFor();
        const tree = answerTo(director, 'GET', /^\/api\/target-sets\/tree$/);
        await director.goto(`${base}/targets?year=${YEAR}&metric=${METRIC}`);
        await expectStatus(tree, 200, 'the target tree');
        const status = director.getByTestId(`tree-status-${company.unit.id}`);
        await status.getByText('未分解').waitFor();

        // ---- 2. The decomposition screen: a draft, the regions suggested, the whole target a gap.
        await director.getByTestId(`tree-open-${company.unit.id}`).click();
        await director.getByTestId('sheet-title').waitFor();
        const created = answerTo(director, 'POST', /^\/api\/target-sets$/);
        await director.getByTestId('set-create').click();
        const draft = await expectStatus(created, 200, 'starting the split');
        expect(draft.set.status === 'draft', `a draft: ${draft.set.status}`);
        await director.getByTestId('split-tools').waitFor();
        expect(await director.getByTestId('include-EAST').isChecked(), 'the east region takes part');
        expect(!(await director.getByTestId('include-FIN').isChecked()), 'finance does not take part');
        const yearGap = director.getByTestId('gap-year');
        expect(
          (await yearGap.textContent()) === '¥12,300,000.00',
          `the gap before splitting: ${await yearGap.textContent()}`,
        );

        // ---- 3. Evenly: every period's gap goes to zero.
        const split = answerTo(director, 'POST', /^\/api\/target-sets\/[^/]+\/split$/);
        await director.getByTestId('split-even').click();
        const sheet = await expectStatus(split, 200, 'splitting evenly');
        expect(sheet.hasGap === false, `no gap after the even split: ${JSON.stringify(sheet.gaps)}`);
        await director.getByTestId('gap-year').getByText('¥0.00').waitFor();
        for (let m = 1; m <= 12; m++) {
          const text = await director.getByTestId(`gap-${m}`).textContent();
          expect(text === '¥0.00', `month ${m}: the gap is ${text}`);
        }
        const east = await director
          .getByTestId('cell-EAST-0')
          .evaluate((el) => (el.tagName === 'INPUT' ? el.value : el.querySelector('input')?.value));
        expect(east === '6,150,000.00', `the east region's year: ${east}`);

        // ---- 4. Submitted: no gap, so no reason asked.
        await director.getByTestId('sheet-submit').click();
        const confirm = director.getByTestId('submit-confirm');
        await whenOpened(confirm);
        const submitted = answerTo(director, 'POST', /^\/api\/target-sets\/[^/]+\/submit$/);
        await confirm.click();
        const sent = await expectStatus(submitted, 200, 'submitting the split');
        expect(sent.set.status === 'submitted', `submitted: ${sent.set.status}`);
        await director.getByTestId('set-status').getByText('已提交').first().waitFor();

        // ---- 5. The GM approves in 我的审批.
        const gm = await asUser('gm');
        const pending = answerTo(gm, 'GET', /^\/api\/approvals\/pending$/);
        await gm.goto(`${base}/approvals`);
        await expectStatus(pending, 200, 'the GM’s approvals');
        const row = gm.getByTestId('approvals-pending-table').locator('tr', { hasText: `${YEAR} · v1` });
        await row.getByTestId('pending-approve').click();
        const decision = gm.getByTestId('approval-decision');
        await whenOpened(decision);
        const approved = answerTo(gm, 'POST', /^\/api\/approvals\/[^/]+\/approve$/);
        await decision.getByRole('button', { name: /同\s*意/ }).click();
        await expectStatus(approved, 200, 'approving the split');

        // ---- 6. The tree shows it approved, the children's sum equal to the target.
        const again = answerTo(director, 'GET', /^\/api\/target-sets\/tree$/);
        await director.goto(`${base}/targets?year=${YEAR}&metric=${METRIC}`);
        const after = await expectStatus(again, 200, 'the tree again');
        await director.getByTestId(`tree-status-${company.unit.id}`).getByText('已批准').waitFor();
        const node = after.nodes.find((n) => n.unit.id === company.unit.id);
        expect(
          node.gap === '0' && node.childSum === node.target,
          `the company's split: ${JSON.stringify(node)}`,
        );
        const eastNode = after.nodes.find((n) => n.unit.name === '华东大区');
        expect(eastNode.target === '615000000', `the east region's target in force: ${eastNode.target}`);
      } finally {
        for (const c of others) await c.close();
      }
    },
  },
];
