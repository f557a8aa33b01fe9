import type { FastifyReply, FastifyRequest } from 'fastify';
import { appError } from '../platform/errors.js';
import type { Upload } from '../platform/files/files.js';

/** Largest accepted upload when not configured (UPLOAD_MAX_MB). */
export const DEFAULT_UPLOAD_MAX_MB = 20;

export const uploadMaxBytes = (maxMb: number) => Math.floor(maxMb * 1024 * 1024);

/** The configured limit as people read it: `20`, `0.5`. */
const inMb = (bytes: number) => String(Number((bytes / (1024 * 1024)).toFixed(2)));

/** 413 FILE_TOO_LARGE naming the limit, also on the field `file` for the upload form. */
function fileTooLarge(maxBytes: number) {
  const maxMb = inMb(maxBytes);
  return appError(
    'FILE_TOO_LARGE',
    { file: { 'zh-CN': `文件不能超过 ${maxMb} MB`, en: `The file must not exceed ${maxMb} MB` } },
    { maxMb },
  );
}

const noFile = {
  file: { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
} as const;
const brokenUpload = {
  file: {
    'zh-CN': '上传的内容不完整或格式不正确，请重新选择文件',
    en: 'The upload is incomplete or malformed; choose the file again',
  },
} as const;

/** Control characters (NUL cannot be stored in PostgreSQL text at all) are dropped from a file name. */
function cleanFileName(name: string | undefined): string {
  const printable = [...(name ?? '')].filter((ch) => {
    const code = ch.charCodeAt(0);
    return code > 0x1f && code !== 0x7f;
  });
  return printable.join('').trim().slice(0, 255) || 'file';
}

/** Shown inline in the browser: images that cannot carry script, and PDF. Anything else is a download. */
const INLINE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'application/pdf',
]);

/**
 * Reads the one file of a multipart/form-data request (field `file`). A request without a
 * file, or not multipart at all, is a field error on `file`; a file above the configured limit
 * (`uploadMaxBytes` on the app, UPLOAD_MAX_MB) is a 413 and is never handed on cut short.
 * `fields` holds the text fields sent before the file (e.g. an import's options).
 */
export async function readSingleUpload(
  req: FastifyRequest,
): Promise<Upload & { fields: Record<string, string> }> {
  if (!req.isMultipart()) throw appError('VALIDATION_FAILED', noFile);
  const maxBytes = req.server.uploadMaxBytes;
  // A body that is not valid multipart (no boundary, cut off, garbage) is the client's error.
  const part = await req
    .file({ limits: { fileSize: maxBytes, files: 1 }, throwFileSizeLimit: true })
    .catch(() => {
      throw appError('VALIDATION_FAILED', brokenUpload);
    });
  if (!part) throw appError('VALIDATION_FAILED', noFile);
  const content = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(maxBytes);
    throw appError('VALIDATION_FAILED', brokenUpload);
  });
  // The parser stops at the limit and marks the file truncated; when the limit falls on a chunk
  // boundary no error is raised, so the flag (and the length) are checked here as well.
  if (part.file.truncated || content.length > maxBytes) throw fileTooLarge(maxBytes);
  if (content.length === 0) {
    throw appError('VALIDATION_FAILED', { file: { 'zh-CN': '文件是空的', en: 'The file is empty' } });
  }
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const value = Array.isArray(field) ? field[0] : field;
    if (value && value.type === 'field' && typeof value.value === 'string') fields[name] = value.value;
  }
  return {
    fields,
    fileName: cleanFileName(part.filename),
    mimeType: part.mimetype || 'application/octet-stream',
    content,
  };
}

/**
 * Sends a stored file; inline for raster images and PDF, otherwise as a download. The type was
 * given by the uploader, so SVG, HTML and the like (which can carry script) are never inline.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { fileName: string; mimeType: string; content: Buffer },
  opts: { download?: boolean } = {},
) {
  const inline = !opts.download && INLINE_TYPES.has(file.mimeType.toLowerCase());
  return reply
    .type(file.mimeType)
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.content);
}
