import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { appError, appErrorWithDetails } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { isUuid } from '../../platform/schemas.js';
import { nextInSequence } from '../../platform/sequences/next.js';
import { visits } from '../visits/index.js';
import { lockedClaim, setClaim } from './claim-flow.js';
import { getClaim } from './claim-queries.js';
import { overPreApprovedMarginPct, unapprovedGiftRule } from './policies.js';
import type { TClaim, TClaimCreate } from './schemas.js';
import { CLAIM_DOC, CLAIM_ENTITY, type ClaimLineRow, type ClaimRow } from './scope.js';
import { expenseClaimLines, expenseClaims, expensePreApprovals, type LineFlag } from './tables.js';

/** Statuses in which the maker may still add receipts and (re)submit. */
export const EDITABLE: ClaimRow['status'][] = ['draft', 'rejected', 'withdrawn'];

const lineError = (i: number, field: string, zh: string, en: string) =>
  appError('VALIDATION_FAILED', { [`lines.${i}.${field}`]: { 'zh-CN': zh, en } });

/**
 * EXP-3: a rep drafts a claim with its lines — numbered BX-<year>-<n>, audited. A line may name
 * one of the maker's approved pre-approvals, or one of their visits.
 */
export async function createClaim(ctx: Ctx, input: TClaimCreate): Promise<TClaim> {
  const actor = requireActor(ctx);
  const id = await inTx(ctx, async (tx) => {
    for (const [i, line] of input.lines.entries()) {
      if (line.preApprovalId) {
        const [p] = await tx
          .select({ userId: expensePreApprovals.userId, status: expensePreApprovals.status })
          .from(expensePreApprovals)
          .where(eq(expensePreApprovals.id, line.preApprovalId));
        if (p?.userId !== actor.id || p.status !== 'approved')
          throw lineError(
            i,
            'preApprovalId',
            '只能关联您本人已批准的事前申请',
            'Only an approved pre-approval of your own can be linked',
          );
      }
      if (line.visitId) {
        const [v] = await tx.select({ repId: visits.repId }).from(visits).where(eq(visits.id, line.visitId));
        if (v?.repId !== actor.id)
          throw lineError(i, 'visitId', '只能关联您本人的拜访', 'Only a visit of your own can be linked');
      }
    }
    const at = ctx.clock.now();
    const year = localDate(at, await readCompanyTimeZone(tx, at)).slice(0, 4);
    const n = await nextInSequence(tx, 'expense_claim', year);
    const total = input.lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
    const [claim] = await tx
      .insert(expenseClaims)
      .values({
        number: `BX-${year}-${String(n).padStart(4, '0')}`,
        userId: actor.id,
        unitId: actor.unitId,
        note: input.note ?? null,
        status: 'draft',
        totalFen: total,
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    const lines = await tx
      .insert(expenseClaimLines)
      .values(
        input.lines.map((l, i) => ({
          claimId: claim!.id,
          seq: i + 1,
          spentOn: l.spentOn,
          category: l.category,
          amountFen: BigInt(l.amountFen),
          invoiceNo: l.invoiceNo ?? null,
          merchant: l.merchant,
          preApprovalId: l.preApprovalId ?? null,
          visitId: l.visitId ?? null,
          createdAt: at,
          createdBy: actor.id,
          updatedAt: at,
        })),
      )
      .returning();
    await audit(tx, ctx, {
      entity: CLAIM_ENTITY,
      entityId: claim!.id,
      action: 'expense_claim.create',
      after: { claim, lines },
    });
    return claim!.id;
  });
  return getClaim(ctx.db, actor, id);
}

/** Whether a gift or entertainment line stands on an approved pre-approval (its own kind) or an approved visit pre-approval. */
async function preApproved(tx: Tx, line: ClaimLineRow): Promise<boolean> {
  if (line.preApprovalId) {
    const [p] = await tx
      .select({ kind: expensePreApprovals.kind, status: expensePreApprovals.status })
      .from(expensePreApprovals)
      .where(eq(expensePreApprovals.id, line.preApprovalId));
    if (p?.status === 'approved' && p.kind === line.category) return true;
  }
  if (line.visitId) {
    const [v] = await tx
      .select({ preApproval: visits.preApproval, gift: visits.giftNote, ent: visits.entertainmentNote })
      .from(visits)
      .where(eq(visits.id, line.visitId));
    if (v?.preApproval === 'approved' && (line.category === 'gift' ? v.gift !== null : v.ent !== null))
      return true;
  }
  return false;
}

/** EXP-3: the other lines a line duplicates — the same invoice number, receipt file, or amount + date + merchant — in any claim of anyone. */
async function duplicatesOf(tx: Tx, line: ClaimLineRow): Promise<LineFlag[]> {
  const conditions = [
    line.invoiceNo ? sql`lower(${expenseClaimLines.invoiceNo}) = lower(${line.invoiceNo})` : undefined,
    line.receiptSha256 ? eq(expenseClaimLines.receiptSha256, line.receiptSha256) : undefined,
    and(
      eq(expenseClaimLines.amountFen, line.amountFen),
      eq(expenseClaimLines.spentOn, line.spentOn),
      sql`lower(trim(${expenseClaimLines.merchant})) = lower(trim(${line.merchant}))`,
    ),
  ];
  const others = await tx
    .select({ line: expenseClaimLines, number: expenseClaims.number, status: expenseClaims.status })
    .from(expenseClaimLines)
    .innerJoin(expenseClaims, eq(expenseClaims.id, expenseClaimLines.claimId))
    .where(
      and(
        ne(expenseClaimLines.id, line.id),
        or(ne(expenseClaims.status, 'draft'), eq(expenseClaims.id, line.claimId)),
        or(...conditions),
      ),
    )
    .orderBy(expenseClaims.number, expenseClaimLines.seq)
    .limit(20);
  const flags: LineFlag[] = [];
  for (const o of others) {
    const ref = { lineId: o.line.id, claimId: o.line.claimId, claimNumber: o.number };
    if (line.invoiceNo && o.line.invoiceNo?.toLowerCase() === line.invoiceNo.toLowerCase())
      flags.push({ kind: 'sameInvoice', ...ref });
    if (line.receiptSha256 && o.line.receiptSha256 === line.receiptSha256)
      flags.push({ kind: 'sameReceipt', ...ref });
    if (
      o.line.amountFen === line.amountFen &&
      o.line.spentOn === line.spentOn &&
      o.line.merchant.trim().toLowerCase() === line.merchant.trim().toLowerCase()
    )
      flags.push({ kind: 'sameAmountDateMerchant', ...ref });
  }
  return flags;
}

/**
 * EXP-3: whether the claim is over a pre-approved amount by more than the margin: per linked
 * pre-approval (its estimate) or visit (its approved expense), the lines of every claim in
 * approval or approved that name it, this one's included, against the amount × (1 + margin).
 */
async function overPreApproved(tx: Tx, claim: ClaimRow, lines: ClaimLineRow[]): Promise<boolean> {
  const margin = BigInt(await readPolicy(tx, overPreApprovedMarginPct, claim.createdAt, claim.unitId));
  const live = or(
    eq(expenseClaims.id, claim.id),
    inArray(expenseClaims.status, ['submitted', 'approved', 'paid']),
  );
  const spent = async (
    col: typeof expenseClaimLines.preApprovalId | typeof expenseClaimLines.visitId,
    id: string,
  ) => {
    const [r] = await tx
      .select({ s: sql<string>`coalesce(sum(${expenseClaimLines.amountFen}), 0)::text` })
      .from(expenseClaimLines)
      .innerJoin(expenseClaims, eq(expenseClaims.id, expenseClaimLines.claimId))
      .where(and(eq(col, id), live, sql`${expenseClaimLines.rejectedAt} is null`));
    return BigInt(r?.s ?? '0');
  };
  const over = (sum: bigint, allowed: bigint) => sum * 100n > allowed * (100n + margin);
  for (const pid of new Set(lines.flatMap((l) => (l.preApprovalId ? [l.preApprovalId] : [])))) {
    const [p] = await tx.select().from(expensePreApprovals).where(eq(expensePreApprovals.id, pid));
    if (p && over(await spent(expenseClaimLines.preApprovalId, pid), p.estimatedFen)) return true;
  }
  for (const vid of new Set(lines.flatMap((l) => (l.visitId && !l.preApprovalId ? [l.visitId] : [])))) {
    const [v] = await tx
      .select({ fen: visits.expenseFen, pre: visits.preApproval })
      .from(visits)
      .where(eq(visits.id, vid));
    if (
      v?.pre === 'approved' &&
      v.fen !== null &&
      v.fen > 0n &&
      over(await spent(expenseClaimLines.visitId, vid), v.fen)
    )
      return true;
  }
  return false;
}

/**
 * EXP-3: the maker submits — every line needs its receipt; gift and entertainment lines without
 * an approved pre-approval are refused (or flagged, per expenses.unapprovedGiftRule); duplicates
 * across all claims are flagged for the reviewer; over the pre-approved amount by more than the
 * margin adds the next approver. Then up the chain: the first reviewer gets it in 待办.
 */
export async function submitClaim(ctx: Ctx, id: string): Promise<TClaim> {
  const actor = requireActor(ctx);
  if (!isUuid(id)) throw appError('NOT_FOUND');
  await inTx(ctx, async (tx) => {
    const claim = await lockedClaim(tx, id);
    if (claim.userId !== actor.id) {
      if (actor.permissions['expense:read']) throw appError('EXPENSE_NOT_OWN');
      throw appError('NOT_FOUND');
    }
    if (!EDITABLE.includes(claim.status)) throw appError('EXPENSE_NOT_DRAFT');
    const lines = await tx
      .select()
      .from(expenseClaimLines)
      .where(eq(expenseClaimLines.claimId, id))
      .orderBy(expenseClaimLines.seq);
    const missing = lines.filter((l) => !l.receiptFileId).map((l) => l.seq);
    if (missing.length > 0) throw appErrorWithDetails('EXPENSE_RECEIPT_MISSING', { lines: missing });
    const rule = await readPolicy(tx, unapprovedGiftRule, ctx.clock.now(), claim.unitId);
    const unapproved: number[] = [];
    for (const line of lines) {
      const flags = await duplicatesOf(tx, line);
      if ((line.category === 'gift' || line.category === 'entertainment') && !(await preApproved(tx, line))) {
        if (rule === 'refuse') unapproved.push(line.seq);
        else flags.push({ kind: 'noPreApproval' });
      }
      await tx
        .update(expenseClaimLines)
        .set({ flags, flagReason: null, flagClearedBy: null, updatedAt: ctx.clock.now() })
        .where(eq(expenseClaimLines.id, line.id));
    }
    if (unapproved.length > 0) throw appErrorWithDetails('EXPENSE_NO_PRE_APPROVAL', { lines: unapproved });
    const over = await overPreApproved(tx, claim, lines);
    await setClaim(tx, ctx, claim, { overPreApproved: over }, 'expense_claim.check');
    await submitForApproval(tx, ctx, { docType: CLAIM_DOC, docId: id });
  });
  return getClaim(ctx.db, actor, id);
}
