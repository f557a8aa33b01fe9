import { appError } from '../../platform/errors.js';
import type { Attachments } from '../../platform/files/attachments.js';
import type { Upload } from '../../platform/files/files.js';
import { VISIT_SUBJECT } from './subject.js';
import { VISIT_MADE } from './visit-rules.js';
import { assertVisitStatus, type VisitRow, visitInScope } from './visit-scope.js';

/** The purpose a visit's photos are stored under (platform files). */
export const VISIT_PHOTO = 'photo';

/** The image formats a phone camera gives, told apart by their first bytes (the type a client names is not trusted). */
const signatures: { mimeType: string; test: (b: Buffer) => boolean }[] = [
  { mimeType: 'image/jpeg', test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mimeType: 'image/png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { mimeType: 'image/gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    mimeType: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    // HEIC/HEIF (iPhone): an ISO box `ftyp` with an image brand.
    mimeType: 'image/heic',
    test: (b) =>
      b.subarray(4, 8).toString('latin1') === 'ftyp' &&
      ['heic', 'heix', 'heif', 'mif1', 'msf1', 'hevc'].includes(b.subarray(8, 12).toString('latin1')),
  },
];

/**
 * VIS-4: a visit photo must be an image (JPEG, PNG, GIF, WebP or HEIC, by its content); anything
 * else is a field error on `file`. The stored type is the one the content shows.
 */
export function asVisitPhoto<U extends Upload>(upload: U): U {
  const found = signatures.find((s) => s.test(upload.content));
  if (!found) {
    throw appError('VALIDATION_FAILED', {
      file: {
        'zh-CN': '只能上传照片（JPG、PNG、GIF、WEBP 或 HEIC 图片）',
        en: 'Only photos can be added (JPG, PNG, GIF, WEBP or HEIC images)',
      },
    });
  }
  return { ...upload, mimeType: found.mimeType };
}

/**
 * VIS-4: the photos of a visit — read with the visit (read scope), added and removed by those
 * who may change it, once the visit is under way or done. storeFile and removeFile audit each.
 */
export const visitPhotos: Attachments<VisitRow> = {
  subjectType: VISIT_SUBJECT,
  purposes: [VISIT_PHOTO],
  parent: {
    read: (db, actor, id) => visitInScope(db, actor, id),
    write: (tx, actor, id) => visitInScope(tx, actor, id, { mode: 'write', lock: true }),
  },
  mayAdd: (visit) => assertVisitStatus(visit, VISIT_MADE),
  mayRemove: (visit) => assertVisitStatus(visit, VISIT_MADE),
};
