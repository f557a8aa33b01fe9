import { describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/multipart.js';
import { createTestApp } from '../../../test/test-app.js';

/** Attachments with hostile or broken uploads: never a 500, never script served inline. */
describe('customer attachments: odd uploads (CUS-1)', async () => {
  const t = await createTestApp();
  const cookie = await t.login('rep01');
  const created = await t.request('POST', '/api/customers', {
    cookie,
    body: { name: '附件边界公司', level: 'B' },
  });
  const id = created.json().customer.id as string;
  const url = `/api/customers/${id}/attachments`;
  const upload = (fileName: string, content: string, mimeType?: string) => {
    const mp = multipartBody({ fileName, content, ...(mimeType ? { mimeType } : {}) });
    return t.app.inject({ method: 'POST', url, headers: { cookie, ...mp.headers }, payload: mp.payload });
  };

  it('CUS-1: an SVG (it can carry script) is downloaded as an attachment, never shown inline; PNG and PDF still inline', async () => {
    const svg = await upload(
      'x.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'image/svg+xml',
    );
    expect(svg.statusCode).toBe(200);
    const dl = await t.request('GET', `${url}/${svg.json().id}`, { cookie });
    expect(dl.statusCode).toBe(200);
    expect(String(dl.headers['content-disposition'])).toMatch(/^attachment;/);
    const png = await upload('p.png', 'not really a png', 'image/png');
    const pngDl = await t.request('GET', `${url}/${png.json().id}`, { cookie });
    expect(String(pngDl.headers['content-disposition'])).toMatch(/^inline;/);
    const pdf = await upload('d.pdf', '%PDF-1.4', 'application/pdf');
    const pdfDl = await t.request('GET', `${url}/${pdf.json().id}`, { cookie });
    expect(String(pdfDl.headers['content-disposition'])).toMatch(/^inline;/);
  });

  it('CUS-1: a file name with control characters (NUL) is stored without them, not a 500', async () => {
    const res = await upload('报价\u0000单.txt', 'hello');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().fileName).toBe('报价单.txt');
  });

  it('CUS-1: a broken multipart body (garbage, no boundary) is a 400 on the field file', async () => {
    const garbage = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'multipart/form-data; boundary=----xgb' },
      payload: 'garbage',
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.fields).toHaveProperty('file');
    const noBoundary = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'multipart/form-data' },
      payload: 'garbage',
    });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().error.fields).toHaveProperty('file');
  });
});
