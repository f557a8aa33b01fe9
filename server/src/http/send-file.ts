import type { FastifyReply } from 'fastify';
import type { ExportedFile } from '../platform/export/export-list.js';
import { XLSX_MEDIA_TYPE } from '../platform/schemas.js';

/** Sends an exported workbook as a download. */
export function sendXlsx(reply: FastifyReply, file: ExportedFile) {
  return reply
    .type(XLSX_MEDIA_TYPE)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('x-export-rows', String(file.rows))
    .send(file.content);
}
