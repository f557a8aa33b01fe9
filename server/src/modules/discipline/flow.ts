import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { ApproverChainDef } from '../../platform/approvals/chain-policy.js';
import { type ApprovalHookInput, defineApprovalFlow } from '../../platform/approvals/flows.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { activeRoleHolders } from '../../platform/org/resolve-people.js';
import { users } from '../../platform/org/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { isUuid } from '../../platform/schemas.js';
import { sanctionApprovedEvent, sanctionLink } from './events.js';
import {
  demotionApprovers,
  dismissalApprovers,
  fineApprovers,
  sanctionRecipients,
  warningApprovers,
} from './policies.js';
import { postFine } from './post-fine.js';
import { sanctionDocType } from './sanctions.js';
import { SANCTION_ENTITY, sanctionReadScope } from './scope.js';
import { type SanctionKind, type sanctionStatuses, sanctions } from './tables.js';
import { sanctionWords } from './words.js';

async function setStatus(
  tx: Tx,
  ctx: Ctx,
  req: ApprovalHookInput,
  change: { status: (typeof sanctionStatuses)[number]; action: string },
) {
  const { status } = change;
  const at = ctx.clock.now();
  const [before] = await tx.select().from(sanctions).where(eq(sanctions.id, req.docId)).for('update');
  if (!before) return null;
  const [after] = await tx
    .update(sanctions)
    .set({ status, updatedAt: at, decidedAt: status === 'pending' ? null : at })
    .where(eq(sanctions.id, before.id))
    .returning();
  await audit(tx, ctx, {
    entity: SANCTION_ENTITY,
    entityId: before.id,
    action: change.action,
    before: { status: before.status },
    after: { status: after!.status },
  });
  return after!;
}

/** PEN-4: approved — a fine sanction posts its amount to the fines account; the person and HR are told. */
async function approved(tx: Tx, ctx: Ctx, req: ApprovalHookInput) {
  const row = await setStatus(tx, ctx, req, { status: 'approved', action: 'sanction.approve' });
  if (!row) return;
  if (row.kind === 'fine' && row.fineFen)
    await postFine(tx, ctx, {
      personId: row.personId,
      amountFen: row.fineFen,
      kind: 'sanction',
      refType: SANCTION_ENTITY,
      refId: row.id,
    });
  const [person] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.personId));
  const w = sanctionWords[row.kind];
  const amount = row.fineFen ? ` ${moneyText(row.fineFen)}` : '';
  const told = new Set([row.personId]);
  for (const role of await readPolicy(tx, sanctionRecipients, ctx.clock.now(), row.unitId))
    for (const id of await activeRoleHolders(tx, role)) told.add(id);
  for (const userId of told)
    await notify(tx, ctx, {
      userId,
      event: sanctionApprovedEvent.key,
      title: {
        'zh-CN': `处分已批准：${person?.name ?? ''}，${w['zh-CN']}${amount}`,
        en: `Sanction approved: ${person?.name ?? ''}, ${w.en}${amount}`,
      },
      body: { 'zh-CN': row.reasons, en: row.reasons },
      subjectType: SANCTION_ENTITY,
      subjectId: row.id,
      link: sanctionLink(row.id),
    });
}

const kindSql = (lang: 'zh' | 'en') =>
  lang === 'zh'
    ? sql`case s.kind when 'warning' then '警告' when 'fine' then '罚款' when 'demotion' then '降级' else '辞退' end`
    : sql`case s.kind when 'warning' then 'warning' when 'fine' then 'fine' when 'demotion' then 'demotion' else 'dismissal' end`;

function sanctionFlow(kind: SanctionKind, chain: ApproverChainDef) {
  const w = sanctionWords[kind];
  return defineApprovalFlow({
    docType: sanctionDocType(kind),
    label: { 'zh-CN': `${w['zh-CN']}处分`, en: `${w.en} sanction` },
    chain,
    todoFacts: {
      subject: (docId) =>
        sql`select u.display_name from sanctions s join users u on u.id = s.person_id where s.id::text = ${docId}`,
      detail: (docId) => ({
        'zh-CN': sql`select ${kindSql('zh')} || '：' || left(s.reasons, 80) from sanctions s where s.id::text = ${docId}`,
        en: sql`select ${kindSql('en')} || ': ' || left(s.reasons, 80) from sanctions s where s.id::text = ${docId}`,
      }),
    },
    async describe(db, docId) {
      if (!isUuid(docId)) return null;
      const [row] = await db
        .select({ s: sanctions, name: users.displayName })
        .from(sanctions)
        .innerJoin(users, eq(users.id, sanctions.personId))
        .where(eq(sanctions.id, docId));
      if (!row) return null;
      return {
        title: `${row.name} · ${w['zh-CN']}`,
        amountFen: row.s.fineFen,
        unitId: row.s.unitId,
        ownerId: row.s.createdBy ?? row.s.personId,
        chainOf: row.s.personId,
      };
    },
    async canRead(db, actor, docId) {
      if (!isUuid(docId)) return false;
      const rows = await db
        .select({ id: sanctions.id })
        .from(sanctions)
        .where(and(eq(sanctions.id, docId), sanctionReadScope(actor)));
      return rows.length > 0;
    },
    link: (docId) => sanctionLink(docId),
    onSubmitted: async (tx, ctx, req) => {
      await setStatus(tx, ctx, req, { status: 'pending', action: 'sanction.submit' });
    },
    onApproved: approved,
    onRejected: async (tx, ctx, req) => {
      await setStatus(tx, ctx, req, { status: 'rejected', action: 'sanction.reject' });
    },
    onWithdrawn: async (tx, ctx, req) => {
      await setStatus(tx, ctx, req, { status: 'withdrawn', action: 'sanction.withdraw' });
    },
  });
}

/** PEN-4: one flow per kind, each approved by its chain policy (dismissal: up to the GM by default). */
export const sanctionFlows = [
  sanctionFlow('warning', warningApprovers),
  sanctionFlow('fine', fineApprovers),
  sanctionFlow('demotion', demotionApprovers),
  sanctionFlow('dismissal', dismissalApprovers),
];
