import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.js';
import { MAX_REQUEST_DEPTH } from './validation.js';

/** Arrays nested `levels` deep, as JSON text (JSON.stringify would recurse). */
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/**
 * Input no schema or query should ever see — nesting thousands deep, text that is not Unicode,
 * money that is not digits, URLs the router cannot decode — is a 400 with the error shape,
 * never a 500. (test/fuzz.test.ts sends such input to every write route.)
 */
describe('hostile input is refused at the edge', async () => {
  const t = await createTestApp();
  const post = (url: string, payload: string, cookie?: string, lang = 'zh-CN') =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', 'accept-language': lang, ...(cookie ? { cookie } : {}) },
      payload,
    });

  it('a body nested 5,000 levels deep is a 400 field error, also on the unauthenticated login', async () => {
    const zh = await post('/api/auth/login', `{"username":${nestedArrays(5000)},"password":"x"}`);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('VALIDATION_FAILED');
    expect(Object.values(zh.json().error.fields)).toContain('嵌套层级过深（最多 32 层）');
    const en = await post('/api/auth/login', nestedArrays(5000), undefined, 'en');
    expect(en.statusCode).toBe(400);
    expect(Object.values(en.json().error.fields)).toContain('Nested too deeply (at most 32 levels)');
  });

  it(`${MAX_REQUEST_DEPTH} levels of nesting reach the schema; one more does not`, async () => {
    // The body is the first level; `username` holds the rest.
    const atLimit = await post('/api/auth/login', `{"username":${nestedArrays(MAX_REQUEST_DEPTH - 1)}}`);
    expect(atLimit.statusCode).toBe(400);
    expect(atLimit.json().error.fields.username).toBeDefined();
    const over = await post('/api/auth/login', `{"username":${nestedArrays(MAX_REQUEST_DEPTH)}}`);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields.username).toBeUndefined();
    expect(Object.values(over.json().error.fields)).toContain('嵌套层级过深（最多 32 层）');
  });

  it('CUS-1: a lone UTF-16 surrogate in a value or a key is a 400 on that field, before the duplicate check or the audit row', async () => {
    const cookie = await t.login('rep01');
    const value = await post('/api/customers', '{"name":"a\\ud800b","level":"B"}', cookie);
    expect(value.statusCode).toBe(400);
    expect(value.json().error.fields.name).toBe('包含无效的字符（不成对的 UTF-16 代理项）');
    const key = await post('/api/customers', '{"name":"正常公司","level":"B","x\\udc00":1}', cookie, 'en');
    expect(key.statusCode).toBe(400);
    expect(key.json().error.fields['x\udc00']).toBe(
      'Contains an invalid character (an unpaired UTF-16 surrogate)',
    );
    // A surrogate pair (an emoji) is well-formed text and is stored.
    const emoji = await post('/api/customers', '{"name":"笑脸\\ud83d\\ude00公司","level":"B"}', cookie);
    expect(emoji.statusCode).toBe(200);
    expect(emoji.json().customer.name).toBe('笑脸😀公司');
  });

  it('AR-4: a payment amount that is not whole fen ("1.5", "1e5", full-width digits, "abc") is a 400 on the amount', async () => {
    const cookie = await t.login('rep01');
    for (const amountFen of ['1.5', '1e5', '１２３', 'abc', '-1', '9999999999999999', '0']) {
      const res = await post(
        '/api/payments',
        JSON.stringify({
          customerId: '00000000-0000-0000-0000-000000000000',
          method: 'cash',
          amountFen,
          receivedOn: '2026-03-02',
          payer: '客户',
        }),
        cookie,
      );
      expect(res.statusCode, amountFen).toBe(400);
      expect(res.json().error.fields.amountFen, amountFen).toBe('金额以分为单位，须为不超过 15 位的非负整数');
    }
  });

  it('ORG-4: a task deadline whose offset puts it in the year 10000 is a 400 on the deadline', async () => {
    const cookie = await t.login('sup_east1');
    const res = await post(
      '/api/tasks',
      JSON.stringify({
        assigneeId: await t.userId('rep01'),
        content: '拜访客户',
        dueAt: '9999-12-31T23:59:59-23:59',
        place: '上海',
        actionPlan: '计划',
        controlMethod: '检查',
        evaluationMethod: '评价',
        source: 'verbal',
      }),
      cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.dueAt).toBe('日期须在 1000–9999 年之间');
  });

  it('a URL the router cannot decode, or a path parameter over its length, is a 400 with the error shape', async () => {
    const cookie = await t.login('admin');
    for (const url of [
      '/api/users/%ED%A0%80/disable',
      '/api/users/%zz/disable',
      `/api/users/${'x'.repeat(5000)}/disable`,
    ]) {
      const res = await post(url, '{}', cookie);
      expect(res.statusCode, url.slice(0, 40)).toBe(400);
      expect(res.json().error.code).toBe('BAD_REQUEST');
      expect(res.json().error.message).toBe('请求无效');
    }
  });
});
