import { and, count, eq, gt, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { dismissalFlaggedEvent, myViolationsLink, violationLink, violationRecordedEvent } from './events.js';
import { tableFine } from './fine-table.js';
import { refusalDismissCount, refusalWindowMonths } from './policies.js';
import { postFine } from './post-fine.js';
import { VIOLATION_ENTITY, type ViolationRow } from './scope.js';
import { type ViolationCategory, type violationSources, violations } from './tables.js';
import { categoryWords } from './words.js';

export interface NewViolation {
  personId: string;
  category: ViolationCategory;
  occurredAt: Date;
  description: string;
  source: (typeof violationSources)[number];
  sourceRef?: string | null;
  minutesLate?: number | null;
  /** Q2C-9: harm recorded with the seal violation. */
  harmNote?: string | null;
  harmFineFen?: bigint;
}

function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * CUS-5 (3次辞退): the refusals of the person within discipline.refusalWindowMonths before this
 * one, cancelled ones not counted; the one that reaches discipline.refusalDismissCount flags
 * dismissal for decision — nothing automatic.
 */
async function refusalCounter(tx: Tx, personId: string, at: Date, unitId: string) {
  const window = await readPolicy(tx, refusalWindowMonths, at, unitId);
  const threshold = await readPolicy(tx, refusalDismissCount, at, unitId);
  const [row] = await tx
    .select({ n: count() })
    .from(violations)
    .where(
      and(
        eq(violations.personId, personId),
        eq(violations.category, 'refusing_customer'),
        ne(violations.status, 'cancelled'),
        gt(violations.occurredAt, monthsBefore(at, window)),
      ),
    );
  const repeat = (row?.n ?? 0) + 1;
  return { repeat, flag: repeat === threshold };
}

/**
 * PEN-2: writes a violation with the fine the fine table sets now (stored on it), posts the fine
 * to the person's `fines` account, audits, and tells the person (我的违规). The caller has checked
 * who may record it. CUS-5: a refusal counts the repeats and flags dismissal for the superior.
 */
export async function insertViolation(tx: Tx, ctx: Ctx, input: NewViolation): Promise<ViolationRow> {
  const at = ctx.clock.now();
  const [person] = await tx
    .select({ id: users.id, unitId: users.unitId, superiorId: users.superiorId, name: users.displayName })
    .from(users)
    .where(eq(users.id, input.personId));
  if (!person) throw new Error(`no user ${input.personId}`);
  const fine = await tableFine(tx, input, at, person.unitId);
  const refusal =
    fine.category === 'refusing_customer'
      ? await refusalCounter(tx, person.id, input.occurredAt, person.unitId)
      : null;
  const [row] = await tx
    .insert(violations)
    .values({
      personId: person.id,
      unitId: person.unitId,
      category: fine.category,
      occurredAt: input.occurredAt,
      description: input.description,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      minutesLate: input.minutesLate ?? null,
      fineFen: fine.fineFen,
      harmFineFen: input.harmFineFen ?? 0n,
      harmNote: input.harmNote ?? null,
      repeatCount: refusal?.repeat ?? null,
      dismissalFlag: refusal?.flag ?? false,
      createdAt: at,
      createdBy: ctx.actor?.id ?? null,
      updatedAt: at,
    })
    .returning();
  const v = row!;
  await audit(tx, ctx, { entity: VIOLATION_ENTITY, entityId: v.id, action: 'violation.record', after: v });
  const ref = { personId: v.personId, refType: VIOLATION_ENTITY, refId: v.id };
  await postFine(tx, ctx, { ...ref, amountFen: v.fineFen, kind: 'fine' });
  await postFine(tx, ctx, { ...ref, amountFen: v.harmFineFen, kind: 'harm' });
  const words = categoryWords[v.category];
  const total = v.fineFen + v.harmFineFen;
  await notify(tx, ctx, {
    userId: v.personId,
    event: violationRecordedEvent.key,
    title: {
      'zh-CN': `违规登记：${words['zh-CN']}${total > 0n ? `，罚款 ${moneyText(total)}` : ''}`,
      en: `Violation recorded: ${words.en}${total > 0n ? `, fine ${moneyText(total)}` : ''}`,
    },
    body: { 'zh-CN': v.description, en: v.description },
    subjectType: VIOLATION_ENTITY,
    subjectId: v.id,
    link: myViolationsLink,
  });
  if (v.dismissalFlag && person.superiorId) {
    await notify(tx, ctx, {
      userId: person.superiorId,
      event: dismissalFlaggedEvent.key,
      title: {
        'zh-CN': `${person.name} 第 ${v.repeatCount} 次推诿客户，请决定是否提出辞退`,
        en: `${person.name} refused a customer ${v.repeatCount} times within the window: decide whether to propose dismissal`,
      },
      subjectType: VIOLATION_ENTITY,
      subjectId: v.id,
      link: violationLink(v.id),
    });
  }
  return v;
}
