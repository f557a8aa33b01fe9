import { z } from 'zod';
import { type Ctx, requireActor } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import type { Upload } from '../../../platform/files/files.js';
import { getImportRun } from '../../../platform/imports/run-queries.js';
import type { TImportRun } from '../../../platform/imports/schemas.js';
import { startImport } from '../../../platform/imports/start-import.js';
import { issueLocalized } from '../../../platform/validation-issues.js';
import { customerImportColumns } from './columns.js';
import { CUSTOMER_IMPORT_KIND, customerImportKind } from './customer-import.js';
import { assignableById } from './owners.js';

/** The form fields sent with the file: the owner of rows whose owner column is blank. */
const ZCustomerImportOptions = z.object({ ownerId: z.uuid().optional() });

/**
 * CUS-1 import: the importer uploads a filled-in template; rows are checked and written in the
 * background. The default owner is the importer or someone they may assign customers to.
 */
export async function startCustomerImport(
  ctx: Ctx,
  upload: Upload & { fields: Record<string, string> },
): Promise<TImportRun> {
  const actor = requireActor(ctx);
  const parsed = ZCustomerImportOptions.safeParse({ ownerId: upload.fields.ownerId || undefined });
  if (!parsed.success) {
    throw appError(
      'VALIDATION_FAILED',
      Object.fromEntries(parsed.error.issues.map((i) => [i.path.map(String).join('.'), issueLocalized(i)])),
    );
  }
  const { ownerId } = parsed.data;
  if (ownerId && ownerId !== actor.id && !(await assignableById(ctx.db, actor, ownerId))) {
    throw appError('CUSTOMER_ASSIGNEE_INVALID', {
      ownerId: {
        'zh-CN': '只能选择自己或您可分配客户的在职人员',
        en: 'Choose yourself or an active person you may assign customers to',
      },
    });
  }
  const run = await startImport(ctx, customerImportKind, upload, ownerId ? { ownerId } : {});
  return getImportRun(ctx.db, actor, CUSTOMER_IMPORT_KIND, run.id, customerImportColumns, ctx.lang);
}
