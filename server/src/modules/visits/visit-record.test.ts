import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import { createTestApp } from '../../../test/test-app.js';
import { auditLog } from '../../platform/audit/tables.js';
import { HERE, PNG, type Visit, visitTestKit } from './visit-test-kit.js';

describe('what a visit records: photos, people met, the customer’s timeline (VIS-4, CUS-8)', async () => {
  const t = await createTestApp();
  const { as, call, ok, advance, customerOf, visitFor, auditActions } = visitTestKit(t);

  it('VIS-4: photos — images only, once the visit is under way; listed, shown inline, removed with an audit row', async () => {
    const v = await visitFor('rep01');
    const upload = async (file: { fileName: string; content: Buffer | string; mimeType?: string }) => {
      const { payload, headers } = multipartBody(file);
      return t.app.inject({
        method: 'POST',
        url: `/api/visits/${v.id}/photos`,
        payload,
        headers: { ...headers, cookie: await as('rep01') },
      });
    };
    const early = await upload({ fileName: '门头.png', content: PNG, mimeType: 'image/png' });
    expect(early.statusCode).toBe(409);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    const text = await upload({
      fileName: 'notes.png',
      content: 'not an image at all',
      mimeType: 'image/png',
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.fields.file).toMatch(/只能上传照片/);
    const photo = await upload({ fileName: '门头.png', content: PNG, mimeType: 'application/octet-stream' });
    expect(photo.statusCode, photo.body).toBe(200);
    expect(photo.json()).toMatchObject({ purpose: 'photo', fileName: '门头.png', mimeType: 'image/png' });
    const detail: Visit = await ok('rep01', 'GET', `/api/visits/${v.id}`);
    expect(detail.photos.map((p) => p.fileName)).toEqual(['门头.png']);
    const shown = await call('sup_east1', 'GET', `/api/visits/${v.id}/photos/${detail.photos[0]!.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.headers['content-disposition']).toMatch(/^inline/);
    expect(
      (await call('rep02', 'GET', `/api/visits/${v.id}/photos/${detail.photos[0]!.id}`)).statusCode,
    ).toBe(404);

    await ok('rep01', 'DELETE', `/api/visits/${v.id}/photos/${detail.photos[0]!.id}`);
    expect((await ok('rep01', 'GET', `/api/visits/${v.id}/photos`)).items).toEqual([]);
    const removed = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, detail.photos[0]!.id), eq(auditLog.action, 'file.remove')));
    expect(removed).toHaveLength(1);
  });

  it('VIS-4: people met — a contact of the customer or a typed name and title; removed again', async () => {
    const customerId = await customerOf('rep01');
    const contacts = await ok('rep01', 'GET', `/api/customers/${customerId}/contacts`);
    const v = await visitFor('rep01', customerId);
    const before = await call('rep01', 'POST', `/api/visits/${v.id}/people`, { name: '张三' });
    expect(before.statusCode).toBe(409);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, { location: 'unavailable' });
    const nobody = await call('rep01', 'POST', `/api/visits/${v.id}/people`, { title: '厂长' });
    expect(Object.keys(nobody.json().error.fields)).toEqual(['name']);
    const stranger = await call('rep01', 'POST', `/api/visits/${v.id}/people`, {
      contactId: (await ok('rep02', 'GET', `/api/customers/${await customerOf('rep02')}/contacts`)).items[0]
        .id,
    });
    expect(Object.keys(stranger.json().error.fields)).toEqual(['contactId']);
    await ok('rep01', 'POST', `/api/visits/${v.id}/people`, { contactId: contacts.items[0].id });
    advance(60_000);
    const both: Visit = await ok('rep01', 'POST', `/api/visits/${v.id}/people`, {
      name: '赵厂长',
      title: '厂长',
    });
    expect(both.people.map((p) => [p.name, p.title, p.contactId])).toEqual([
      [contacts.items[0].name, '采购经理', contacts.items[0].id],
      ['赵厂长', '厂长', null],
    ]);
    const left: Visit = await ok('rep01', 'DELETE', `/api/visits/${v.id}/people/${both.people[1]!.id}`);
    expect(left.people.map((p) => p.name)).toEqual([contacts.items[0].name]);
    expect(await auditActions(v.id)).toEqual([
      'visit.create',
      'visit.checkIn',
      'visit.person.add',
      'visit.person.add',
      'visit.person.remove',
    ]);
  });

  it('CUS-8: the visit shows on the customer’s timeline — check-in with its position, the visit made with its outcome', async () => {
    const customerId = await customerOf('rep01');
    const v = await visitFor('rep01', customerId);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-in`, HERE);
    advance(2 * 3_600_000);
    await ok('rep01', 'POST', `/api/visits/${v.id}/check-out`, {
      location: 'denied',
      outcome: '确认了新品试用',
    });
    const timeline = await ok('rep01', 'GET', `/api/customers/${customerId}/timeline`);
    const visitEvents = timeline.items.filter((e: { kind: string }) => e.kind.startsWith('visit.'));
    expect(visitEvents.map((e: { kind: string }) => e.kind)).toEqual(['visit.done', 'visit.checkedIn']);
    expect(visitEvents[1].summary['zh-CN']).toBe(
      '赵磊 到访签到（客户维护），位置 31.23040, 121.47370（±20 米）',
    );
    expect(visitEvents[0].summary['zh-CN']).toBe(
      '赵磊 完成拜访（客户维护），停留 2.0 小时，签退未获取位置：已拒绝',
    );
    expect(visitEvents[0]).toMatchObject({
      refType: 'visit',
      refId: v.id,
      data: { content: '确认了新品试用' },
    });
  });
});
