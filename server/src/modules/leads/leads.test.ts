import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';

describe('leads: qualification and conversion (CUS-4)', async () => {
  const t = await createTestApp();
  const cookies = new Map<string, string>();
  const call = async (u: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
    if (!cookies.has(u)) cookies.set(u, await t.login(u));
    return t.request(method, url, { cookie: cookies.get(u)!, ...(body !== undefined ? { body } : {}) });
  };
  /** A lead as the register makes it (CUS-2 → CUS-4), owned by `u`; each a company of its own (CUS-1). */
  let leads = 0;
  const makeLead = async (u: string, name: string) => {
    leads += 1;
    const entry = await call(u, 'POST', '/api/inquiries', {
      name,
      contact: `1380000000${leads}`,
      inquiry: '询价',
      contactDate: '2026-03-01',
    });
    const res = await call(u, 'POST', `/api/inquiries/${entry.json().id}/convert`, {
      type: 'potential',
      level: 'B',
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().customer.id as string;
  };
  const qualify = (u: string, id: string, answers: Record<string, number>) =>
    call(u, 'PUT', `/api/customers/${id}/qualification`, { answers });

  it('CUS-4: the criteria and the threshold come from the policies', async () => {
    const res = await call('rep01', 'GET', '/api/leads/criteria');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ maxAnswer: 5, qualifiedScore: 60 });
    expect(res.json().criteria.map((c: { key: string; weight: number }) => [c.key, c.weight])).toEqual([
      ['budget', 30],
      ['need', 30],
      ['authority', 20],
      ['timing', 20],
    ]);
  });

  it('CUS-4: the score is Σ weight × answer / 5, stored on the record, on its timeline and audited', async () => {
    const id = await makeLead('rep01', '评分线索');
    const res = await qualify('rep01', id, { budget: 5, need: 4, authority: 2, timing: 3 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      lifecycle: 'lead',
      potentialScore: 74,
      qualifiedScore: 60,
      qualified: true,
      answers: { budget: 5, need: 4, authority: 2, timing: 3 },
    });
    const [row] = await queryRows<{ potential_score: number }>(
      t.database.db,
      sql`select potential_score from customers where id = ${id}`,
    );
    expect(row?.potential_score).toBe(74);
    const audit = await call('admin', 'GET', `/api/audit?entity=customer&pageSize=200`);
    expect(
      audit
        .json()
        .items.some(
          (a: { entityId: string; action: string }) => a.entityId === id && a.action === 'customer.qualify',
        ),
    ).toBe(true);
  });

  it('CUS-4: every criterion must be answered 0–5 and unknown criteria are refused, per field', async () => {
    const id = await makeLead('rep01', '不完整评分');
    const missing = await qualify('rep01', id, { budget: 5, need: 4, authority: 2, extra: 1 });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['answers.extra', 'answers.timing']);
    const outOfRange = await qualify('rep01', id, { budget: 6, need: 4, authority: 2, timing: 1 });
    expect(outOfRange.statusCode).toBe(400);
    expect(Object.keys(outOfRange.json().error.fields)).toEqual(['answers.budget']);
  });

  it('CUS-4: below the threshold a lead cannot convert (422); at it, it becomes a customer and keeps its history', async () => {
    const id = await makeLead('rep02', '转化线索');
    const unscored = await call('rep02', 'POST', `/api/customers/${id}/convert`, {});
    expect(unscored.statusCode).toBe(422);
    expect(unscored.json().error.code).toBe('LEAD_NOT_QUALIFIED');
    await qualify('rep02', id, { budget: 3, need: 3, authority: 2, timing: 3 }); // 56
    const low = await call('rep02', 'POST', `/api/customers/${id}/convert`, {});
    expect(low.statusCode).toBe(422);
    expect(low.json().error.message).toContain('最低分');
    const exact = await qualify('rep02', id, { budget: 3, need: 3, authority: 3, timing: 3 });
    expect(exact.json()).toMatchObject({ potentialScore: 60, qualified: true });
    const ok = await call('rep02', 'POST', `/api/customers/${id}/convert`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id, lifecycle: 'customer', potentialScore: 60 });
    expect(ok.json().convertedAt).toBe(t.clock.now().toISOString());
    const again = await call('rep02', 'POST', `/api/customers/${id}/convert`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('LEAD_ALREADY_CUSTOMER');
    const kinds = await queryRows<{ kind: string; zh: string }>(
      t.database.db,
      sql`select kind, summary->>'zh-CN' as zh from timeline_events
          where subject_type = 'customer' and subject_id = ${id} order by at, id`,
    );
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['lead.created', 'lead.qualified', 'lead.converted']),
    );
    expect(kinds.find((k) => k.kind === 'lead.converted')?.zh).toContain('线索转为客户');
  });

  it('ORG-5: another rep’s lead is 404; the supervisor above may assess it', async () => {
    const id = await makeLead('rep01', '别人的线索');
    const answers = { budget: 1, need: 1, authority: 1, timing: 1 };
    expect((await qualify('rep04', id, answers)).statusCode).toBe(404);
    expect((await call('rep04', 'POST', `/api/customers/${id}/convert`, {})).statusCode).toBe(404);
    const bySup = await qualify('sup_east1', id, answers);
    expect(bySup.statusCode, bySup.body).toBe(200);
    expect(bySup.json().potentialScore).toBe(20);
  });
});
