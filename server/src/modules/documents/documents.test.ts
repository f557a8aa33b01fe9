import { deflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import { sessions, setPolicyValue } from '../../../test/sessions.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { workCallers } from '../../../test/work-callers.js';
import { queryRows } from '../../db/client.js';
import { readPng } from './png.js';
import type { TBorrow, TDocument } from './schemas.js';

let t: TestApp;
let w: ReturnType<typeof workCallers> & { as: ReturnType<typeof sessions>['as'] };

/** A small PNG as a signature pad sends it (a 4×2 image, a dark stroke). */
function signaturePng(): string {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.from([0, 255, 0, 0, 255, 0, 255, 0, 0, 255]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const auditCount = async (action: string, entityId: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = ${action} and entity_id = ${entityId}`,
    )
  )[0]!.n;

async function catalogue(body: Record<string, unknown>): Promise<TDocument> {
  return w.ok<TDocument>('assistant_east', 'POST', '/api/documents', body);
}

async function upload(docId: string, content: string, note: string): Promise<TDocument> {
  const { payload, headers } = multipartBody(
    { fileName: '争议函.txt', content, mimeType: 'text/plain' },
    { note },
  );
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/documents/${docId}/versions`,
    payload,
    headers: { ...headers, cookie: await w.as('assistant_east') },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TDocument;
}

let disputed: TDocument;

beforeAll(async () => {
  t = await createTestApp();
  w = { ...workCallers(t), as: sessions(t).as };
  disputed = await catalogue({
    title: '华东某客户合同变更争议函件',
    category: 'disputed_contract',
    confidentiality: 'confidential',
  });
  await upload(disputed.id, '第一版：客户来函', '客户来函扫描');
  disputed = await upload(disputed.id, '第二版：我方回函', '我方回函');
});

describe('DOC-1 … DOC-4: the document room', () => {
  it('DOC-1/DOC-4: a disputed contract paper is numbered, long-term by policy, and keeps every version', async () => {
    expect(disputed.number).toMatch(/^DA-2026-\d{4}$/);
    expect(disputed.retentionClass).toBe('long_term');
    expect(disputed.retainUntil).toBeNull();
    expect(disputed.versions.map((v) => [v.version, v.note])).toEqual([
      [2, '我方回函'],
      [1, '客户来函扫描'],
    ]);
    expect(disputed.versions[0]!.createdBy?.username).toBe('assistant_east');
    const equipment = await catalogue({
      title: '某客户设备安装验收单',
      category: 'aftersales_equipment',
      confidentiality: 'public',
    });
    expect(equipment.retentionClass).toBe('long_term');
  });

  it('DOC-2: a confidential document cannot be read by a rep without an approved borrow (404 for detail and download); borrow → approve → sign → read → return → 404 again', async () => {
    const fileId = disputed.versions[0]!.fileId;
    const detail = `/api/documents/${disputed.id}`;
    const download = `${detail}/versions/${fileId}`;
    expect((await w.call('rep01', 'GET', detail)).statusCode).toBe(404);
    expect((await w.call('rep01', 'GET', download)).statusCode).toBe(404);
    // DOC-3: the catalogue line shows it exists (to be asked for by its number), not readable and
    // without its title; its title finds nothing for the rep, the number does.
    const byTitle = await w.ok('rep01', 'GET', `/api/documents?q=${encodeURIComponent('争议函件')}`);
    expect(byTitle.items).toEqual([]);
    const list = await w.ok('rep01', 'GET', `/api/documents?q=${encodeURIComponent(disputed.number)}`);
    expect(list.items[0]).toMatchObject({ id: disputed.id, readable: false, title: null });
    expect(JSON.stringify(list)).not.toContain('争议函件');

    const loan = await w.ok<TBorrow>('rep01', 'POST', '/api/document-borrows', {
      documentId: disputed.id,
      purpose: '准备与客户的补充协议谈判',
    });
    expect(loan.status).toBe('pending');
    expect(
      (
        await w.call('rep01', 'POST', '/api/document-borrows', { documentId: disputed.id, purpose: '再借' })
      ).json().error.code,
    ).toBe('DOCUMENT_ALREADY_BORROWED');
    // The keeper (the assistant) first; a rep cannot approve.
    expect((await w.call('rep01', 'POST', `/api/document-borrows/${loan.id}/approve`, {})).statusCode).toBe(
      403,
    );
    const todo = await w.section('assistant_east', 'approvals.waiting');
    expect(JSON.stringify(todo)).toContain(disputed.number);
    const first = await w.ok<TBorrow>(
      'assistant_east',
      'POST',
      `/api/document-borrows/${loan.id}/approve`,
      {},
    );
    expect(first.status).toBe('pending');
    // DOC-3: confidential — then the level above the keeper.
    const second = await w.ok<TBorrow>('manager_east', 'POST', `/api/document-borrows/${loan.id}/approve`, {
      note: '同意，按期归还',
    });
    expect(second.status).toBe('approved');
    expect(second.decidedBy?.username).toBe('manager_east');
    // Approved but not signed: still not readable.
    expect((await w.call('rep01', 'GET', detail)).statusCode).toBe(404);
    const signTodo = await w.section('rep01', 'documents.sign');
    expect(signTodo?.items.map((i) => i.id)).toContain(loan.id);

    const signed = await w.ok<TBorrow>('rep01', 'POST', `/api/document-borrows/${loan.id}/sign`, {
      signature: signaturePng(),
    });
    expect(signed.status).toBe('lent');
    const opened = await w.ok<TDocument>('rep01', 'GET', detail);
    expect(opened.versions).toHaveLength(2);
    const file = await w.call('rep01', 'GET', download);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('第二版：我方回函');
    // Another rep still gets 404.
    expect((await w.call('rep02', 'GET', detail)).statusCode).toBe(404);

    const returned = await w.ok<TBorrow>(
      'assistant_east',
      'POST',
      `/api/document-borrows/${loan.id}/return`,
      {
        note: '完好归还',
      },
    );
    expect(returned.status).toBe('returned');
    expect((await w.call('rep01', 'GET', detail)).statusCode).toBe(404);
    expect((await w.call('rep01', 'GET', download)).statusCode).toBe(404);
  });

  it('DOC-2: the signature and the return are recorded (the signature file stored and linked; return time and keeper)', async () => {
    const mine = await w.ok('rep01', 'GET', '/api/document-borrows?view=mine');
    const loan = mine.items.find((b: TBorrow) => b.document.id === disputed.id) as TBorrow;
    expect(loan).toMatchObject({ status: 'returned', hasSignature: true, returnNote: '完好归还' });
    expect(loan.signedAt).not.toBeNull();
    expect(loan.returnedAt).toBe(t.clock.now().toISOString());
    expect(loan.returnedTo?.username).toBe('assistant_east');
    const [row] = await queryRows<{ signature_file_id: string; subject_id: string; mime_type: string }>(
      t.database.db,
      sql`select b.signature_file_id::text, f.subject_id, f.mime_type from document_borrows b
        join files f on f.id = b.signature_file_id where b.id = ${loan.id}`,
    );
    expect(row).toMatchObject({ subject_id: loan.id, mime_type: 'image/png' });
    const sig = await w.call('assistant_east', 'GET', `/api/document-borrows/${loan.id}/signature`);
    expect(sig.statusCode).toBe(200);
    expect(sig.headers['content-type']).toContain('image/png');
    expect(readPng(signaturePng())).not.toBeNull();
    // The borrow log per document, for the room.
    const log = await w.ok(
      'assistant_east',
      'GET',
      `/api/document-borrows?view=out&documentId=${disputed.id}`,
    );
    expect(log.items.map((b: TBorrow) => b.id)).toContain(loan.id);
    // Not a PNG → 400 on the field, nothing stored.
    const again = await w.ok<TBorrow>('rep01', 'POST', '/api/document-borrows', {
      documentId: disputed.id,
      purpose: '再次核对',
    });
    await w.ok('assistant_east', 'POST', `/api/document-borrows/${again.id}/approve`, {});
    await w.ok('manager_east', 'POST', `/api/document-borrows/${again.id}/approve`, {});
    const gif = `data:image/png;base64,${Buffer.from('GIF89a-not-a-png-at-all-just-bytes-here').toString('base64')}`;
    const bad = await w.call('rep01', 'POST', `/api/document-borrows/${again.id}/sign`, { signature: gif });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.signature).toBeDefined();
    expect(
      (await w.call('rep02', 'POST', `/api/document-borrows/${again.id}/sign`, { signature: signaturePng() }))
        .statusCode,
    ).toBe(404);
    await w.ok('rep01', 'POST', `/api/document-borrows/${again.id}/withdraw`, {});
  });

  it('DOC-3: every download has an audit row (and every detail view)', async () => {
    const fileId = disputed.versions[1]!.fileId;
    const views = await auditCount('document.view', disputed.id);
    const downloads = await auditCount('document.download', disputed.id);
    await w.ok('assistant_east', 'GET', `/api/documents/${disputed.id}`);
    // The room in scope (document:manage) reads confidential documents; its views are audited too.
    await w.ok('director', 'GET', `/api/documents/${disputed.id}`);
    expect(
      (await w.call('assistant_east', 'GET', `/api/documents/${disputed.id}/versions/${fileId}`)).statusCode,
    ).toBe(200);
    expect(
      (await w.call('assistant_east', 'GET', `/api/documents/${disputed.id}/versions/${fileId}`)).statusCode,
    ).toBe(200);
    expect(await auditCount('document.view', disputed.id)).toBe(views + 2);
    expect(await auditCount('document.download', disputed.id)).toBe(downloads + 2);
    const [last] = await queryRows<{ actor_name: string; after: { version: number } }>(
      t.database.db,
      sql`select actor_name, after from audit_log where action = 'document.download' and entity_id = ${disputed.id}
        order by id desc limit 1`,
    );
    expect(last!.after.version).toBe(1);
    // A refused download leaves no download row.
    await w.call('rep02', 'GET', `/api/documents/${disputed.id}/versions/${fileId}`);
    expect(await auditCount('document.download', disputed.id)).toBe(downloads + 2);
  });

  it('DOC-2: an overdue borrow escalates on the business clock (the borrower at due, the superior documents.borrowEscalateDays later)', async () => {
    const doc = await catalogue({
      title: '2026 春季促销活动方案',
      category: 'activity_plan',
      confidentiality: 'public',
    });
    const loan = await w.ok<TBorrow>('rep02', 'POST', '/api/document-borrows', {
      documentId: doc.id,
      purpose: '参考去年方案',
      dueOn: '2026-03-04',
    });
    await w.ok('assistant_east', 'POST', `/api/document-borrows/${loan.id}/approve`, {});
    await w.ok('rep02', 'POST', `/api/document-borrows/${loan.id}/sign`, { signature: signaturePng() });
    await w.runDeadlines();
    expect(await w.notices('rep02', 'deadline.overdue', doc.number)).toHaveLength(0);
    t.clock.set(new Date('2026-03-04T16:30:00Z')); // 5 March 00:30 in Shanghai
    await w.runDeadlines();
    expect(await w.notices('rep02', 'deadline.overdue', doc.number)).toHaveLength(1);
    expect(await w.notices('sup_east1', 'deadline.escalated', doc.number)).toHaveLength(0);
    const overdue = await w.ok('assistant_east', 'GET', '/api/document-borrows?view=out&overdue=true');
    expect(overdue.items.map((b: TBorrow) => b.id)).toContain(loan.id);
    t.clock.set(new Date('2026-03-06T16:30:00Z')); // two days later
    await w.runDeadlines();
    expect(await w.notices('sup_east1', 'deadline.escalated', '钱芳')).toHaveLength(1);
    // Returned: the item closes.
    await w.ok('assistant_east', 'POST', `/api/document-borrows/${loan.id}/return`, {});
    const [item] = await queryRows<{ status: string }>(
      t.database.db,
      sql`select status from due_items where subject_id = ${loan.id}`,
    );
    expect(item!.status).toBe('closed');
  });

  it('DOC-4: retention expiry lists the document for review and nothing is deleted', async () => {
    await setPolicyValue(t, 'documents.retention.meetingMinutes', 'y1');
    const minutes = await catalogue({
      title: '华东销售部月度例会纪要',
      category: 'meeting_minutes',
      confidentiality: 'restricted',
    });
    expect(minutes.retentionClass).toBe('y1');
    const kept = await catalogue({
      title: '华东销售部周会纪要',
      category: 'meeting_minutes',
      confidentiality: 'public',
    });
    await upload(minutes.id, '纪要正文', '定稿');
    // DOC-3/ORG-5: restricted — the unit's people in document:read's scope open it, a rep (own scope) does not;
    // public — every reader.
    expect((await w.call('rep01', 'GET', `/api/documents/${minutes.id}`)).statusCode).toBe(404);
    expect((await w.call('manager_east', 'GET', `/api/documents/${minutes.id}`)).statusCode).toBe(200);
    expect((await w.call('manager_south', 'GET', `/api/documents/${minutes.id}`)).statusCode).toBe(404);
    expect((await w.call('rep07', 'GET', `/api/documents/${kept.id}`)).statusCode).toBe(200);
    const review = () => w.ok('assistant_east', 'GET', '/api/documents?view=review');
    expect((await review()).items.map((d: { id: string }) => d.id)).not.toContain(minutes.id);
    expect(
      (
        await w.call('assistant_east', 'POST', `/api/documents/${minutes.id}/review`, { decision: 'keep' })
      ).json().error.code,
    ).toBe('DOCUMENT_NOT_DUE_FOR_REVIEW');

    t.clock.set(
      new Date(`${Number(minutes.retainUntil!.slice(0, 4))}-${minutes.retainUntil!.slice(5)}T20:00:00Z`),
    );
    t.clock.set(new Date(t.clock.now().getTime() + 24 * 3600 * 1000));
    const due = await review();
    expect(due.items.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([minutes.id, kept.id]));
    const todo = await w.section('assistant_east', 'documents.review');
    expect(todo?.items.map((i) => i.id)).toContain(minutes.id);
    // A rep does not decide.
    expect(
      (await w.call('rep01', 'POST', `/api/documents/${minutes.id}/review`, { decision: 'keep' })).statusCode,
    ).toBe(403);

    const extended = await w.ok<TDocument>('assistant_east', 'POST', `/api/documents/${kept.id}/review`, {
      decision: 'keep',
      note: '仍需参考',
    });
    expect(extended.dueForReview).toBe(false);
    expect(extended.status).toBe('active');
    const noReason = await w.call('assistant_east', 'POST', `/api/documents/${minutes.id}/review`, {
      decision: 'dispose',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const disposed = await w.ok<TDocument>('assistant_east', 'POST', `/api/documents/${minutes.id}/review`, {
      decision: 'dispose',
      reason: '期满，经审查无保存价值',
    });
    expect(disposed).toMatchObject({ status: 'disposed', disposalReason: '期满，经审查无保存价值' });
    expect(disposed.disposedBy?.username).toBe('assistant_east');
    // Still catalogued with its file; nothing deleted; audited.
    const still = await w.ok('assistant_east', 'GET', `/api/documents?q=${encodeURIComponent('月度例会')}`);
    expect(still.items[0]).toMatchObject({ id: minutes.id, status: 'disposed' });
    expect(disposed.versions).toHaveLength(1);
    const [files] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from files where subject_id = ${minutes.id} and deleted_at is null`,
    );
    expect(files!.n).toBe(1);
    expect(await auditCount('document.dispose', minutes.id)).toBe(1);
    expect((await review()).items.map((d: { id: string }) => d.id)).not.toContain(minutes.id);
    expect(
      (
        await w.call('rep01', 'POST', '/api/document-borrows', { documentId: minutes.id, purpose: '查阅' })
      ).json().error.code,
    ).toBe('DOCUMENT_DISPOSED');
    // The catalogue export (its own permission).
    expect((await w.call('assistant_east', 'GET', '/api/documents/export?status=disposed')).statusCode).toBe(
      200,
    );
    expect((await w.call('rep01', 'GET', '/api/documents/export')).statusCode).toBe(403);
  });
});
