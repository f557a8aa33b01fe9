import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { allApprovalFlows } from '../../platform/approvals/flows.js';
import type { TPolicy, TPolicyRole } from './schemas.js';

/**
 * ORG-3, Q2C-2 … Q2C-9, AR-1, AR-8: who approves is a policy. Every flow's chain is listed in
 * the policy centre, versioned like every policy; the engine reads it at submission and stores
 * the resolved steps, so a change reaches the next submission and never a pending one.
 */
describe('approvers are policies', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const call = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
  };
  const submitRequest = async (title: string) => {
    const created = await call('rep01', 'POST', '/api/requests', { title, content: 'x', amountFen: '100' });
    expect(created.statusCode, created.body).toBe(200);
    const submitted = await call('rep01', 'POST', '/api/approvals/submit', {
      docType: 'general_request',
      docId: created.json().id,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    return submitted.json().latestRequestId as string;
  };
  const approvers = async (requestId: string) =>
    (
      await queryRows<{ username: string }>(
        t.database.db,
        sql`select u.username from approval_steps s join users u on u.id = s.approver_id
          where s.request_id = ${requestId} order by s.seq`,
      )
    ).map((r) => r.username);

  it("ORG-3: the policy centre lists every flow's chain with its condition choices and the roles' names", async () => {
    const res = await call('admin', 'GET', '/api/policies');
    expect(res.statusCode).toBe(200);
    const { items, roles } = res.json() as { items: TPolicy[]; roles: TPolicyRole[] };
    const chains = items.filter((p) => p.unit === 'approverChain');
    const flows = allApprovalFlows().filter((f) => f.chain);
    expect(flows.map((f) => f.docType).sort()).toEqual(
      [
        'commission_plan',
        'commission_statement',
        'champion_reward',
        'contract',
        'customer_duplicate_request',
        'document_borrow',
        'document_borrow_confidential',
        'expense_claim',
        'expense_pre_approval',
        'general_request',
        'performance_case',
        'personal_plan',
        'point_award',
        'plan_change',
        'quote',
        'redemption',
        'return',
        'sales_plan',
        'sanction_demotion',
        'sanction_dismissal',
        'sanction_fine',
        'sanction_warning',
        'seal_request',
        'signing_plan',
        'suggestion',
        'target_set',
        'visit_plan',
        'visit_plan_change',
        'visit_pre_approval',
        'visit_report',
        'write_off',
      ].sort(),
    );
    // AR-1: a plan entered at signing beyond the period shares the plan-change chain.
    // OPS-3/OPS-7: two chains name recipients rather than approvers (relative to a person, as a
    // flow's chain is): the end-of-day summary's and the monthly summary's readers; RISK-1: one
    // names the owner of a customer's credit risk (relative to the customer's owner).
    const recipientChains = ['daySummary.recipients', 'supervision.summaryReaders', 'risk.creditOwner'];
    expect(chains.map((p) => p.id).sort()).toEqual(
      [...new Set([...flows.map((f) => f.chain!.id), ...recipientChains])].sort(),
    );
    const contract = chains.find((p) => p.id === 'contract.approvers')!;
    expect(contract.value).toEqual(contract.default);
    expect(contract.default).toEqual([
      { kind: 'nearestRole', role: 'sales_manager' },
      { kind: 'nearestRole', role: 'sales_director', when: { amountAbove: 'contract.directorThresholdFen' } },
      { kind: 'role', role: 'gm', when: { amountAbove: 'contract.gmThresholdFen' } },
      { kind: 'role', role: 'finance', when: { flag: 'creditRisk' } },
    ]);
    expect(contract.chainChoices?.amountAbove.map((a) => a.id)).toEqual([
      'contract.directorThresholdFen',
      'contract.gmThresholdFen',
    ]);
    expect(contract.chainChoices?.flags.map((f) => f.key)).toEqual(['creditRisk']);
    expect(roles.find((r) => r.code === 'sales_manager')?.name).toEqual({
      'zh-CN': '销售经理',
      en: expect.any(String),
    });
  });

  it('ORG-3: an unknown role, or a condition the flow does not offer, is refused with a field error', async () => {
    const unknown = await call('admin', 'PUT', '/api/policies/requests.approvers', {
      value: [{ kind: 'superior' }, { kind: 'role', role: 'no_such_role' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    expect(unknown.json().error.fields.value).toContain('no_such_role');
    const flag = await call('admin', 'PUT', '/api/policies/requests.approvers', {
      value: [{ kind: 'superior', when: { flag: 'creditRisk' } }],
    });
    expect(flag.statusCode).toBe(400);
    expect(flag.json().error.fields.value).toBeTruthy();
    const empty = await call('admin', 'PUT', '/api/policies/requests.approvers', { value: [] });
    expect(empty.statusCode).toBe(400);
  });

  it("ORG-3: changing a flow's chain changes the next submission's steps, not a pending one", async () => {
    const pending = await submitRequest('Before the change');
    expect(await approvers(pending)).toEqual(['sup_east1', 'manager_east']);

    const set = await call('admin', 'PUT', '/api/policies/requests.approvers', {
      value: [
        { kind: 'role', role: 'finance' },
        { kind: 'regionRole', role: 'regional_manager' },
      ],
      note: '改由财务与大区经理审批',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().history[0]).toMatchObject({
      note: '改由财务与大区经理审批',
      setBy: { username: 'admin' },
    });

    const next = await submitRequest('After the change');
    expect(await approvers(next)).toEqual(['finance', 'rm_east']);
    expect(await approvers(pending)).toEqual(['sup_east1', 'manager_east']);
    // The pending request still goes its own way: its first approver decides as before.
    const approved = await call('sup_east1', 'POST', `/api/approvals/${pending}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
  });
});
