import { z } from 'zod';
import { ZDateTime, ZUserRef } from '../schemas.js';

/** A stored file as lists show it (never its bytes). */
export const ZFileMeta = z.object({
  id: z.uuid(),
  purpose: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: ZDateTime,
  createdBy: ZUserRef.nullable(),
});
export const ZFileList = z.object({ items: z.array(ZFileMeta) });
/** One file of a record: the record's id and the file's. */
export const ZFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export type TFileMeta = z.infer<typeof ZFileMeta>;
export type TFileList = z.infer<typeof ZFileList>;

/** A downloaded file (the body is the file itself, not JSON). */
export const ZFileDownload = z.string().describe('The stored file');
