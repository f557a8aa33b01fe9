import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { holdersOfSql } from '../../platform/access/holders.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { users } from '../../platform/org/tables.js';
import { companyToday } from './company-day.js';
import { loadInquiry } from './queries.js';
import { nextInquiryNumber } from './register-number.js';
import type { TInquiry, ZInquiryCreate } from './schemas.js';
import { inquiries } from './tables.js';

/**
 * CUS-2: on first contact the receptionist or a rep records name, contact, inquiry and date
 * (客户记录表). The entry takes the year's next number in the same transaction, so numbers
 * run in order with no gaps and no duplicates, also under concurrent entry.
 */
export function createInquiry(ctx: Ctx, input: z.output<typeof ZInquiryCreate>): Promise<TInquiry> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const at = ctx.clock.now();
    const { today, year } = await companyToday(tx, at);
    if (input.contactDate > today) {
      throw appError('VALIDATION_FAILED', {
        contactDate: { 'zh-CN': '接洽日期不能晚于今天', en: 'The contact date cannot be in the future' },
      });
    }
    let unitId = actor.unitId;
    if (input.assigneeId) {
      const [assignee] = await tx
        .select({ unitId: users.unitId })
        .from(users)
        .where(
          and(
            eq(users.id, input.assigneeId),
            eq(users.status, 'active'),
            sql`${users.id} in ${holdersOfSql('customer:write')}`,
          ),
        );
      if (!assignee) {
        throw appError('VALIDATION_FAILED', {
          assigneeId: { 'zh-CN': '跟进人须为在职的销售人员', en: 'Choose an active salesperson' },
        });
      }
      unitId = assignee.unitId;
    }
    const { seq, number } = await nextInquiryNumber(tx, year);
    const [row] = await tx
      .insert(inquiries)
      .values({
        year,
        seq,
        number,
        name: input.name,
        contact: input.contact,
        inquiry: input.inquiry,
        contactDate: input.contactDate,
        channel: input.channel,
        recordedBy: actor.id,
        unitId,
        assigneeId: input.assigneeId ?? null,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, { entity: 'inquiry', entityId: row!.id, action: 'inquiry.create', after: row });
    return loadInquiry(tx, row!.id);
  });
}
