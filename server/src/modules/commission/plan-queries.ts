import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { roles } from '../../platform/access/tables.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/lang.js';
import { listPage } from '../../platform/lists/list-page.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { TPlan, TPlanDetail, TPlanQuery } from './schemas.js';
import { commissionPlans } from './tables.js';

export type PlanRow = typeof commissionPlans.$inferSelect;

/** INC-1: a tier from 100% of target is an accelerator. */
export const ACCELERATOR_FROM_BP = 10_000;

function selectPlans(db: DbOrTx) {
  return db
    .select({ p: commissionPlans, nameZh: roles.nameZh, nameEn: roles.nameEn })
    .from(commissionPlans)
    .leftJoin(roles, eq(roles.code, commissionPlans.roleCode));
}

async function categoryNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id::text as id, name from product_categories where id::text in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

type Row = { p: PlanRow; nameZh: string | null; nameEn: string | null };

async function toPlans(db: DbOrTx, actor: Actor, lang: Lang, rows: Row[]): Promise<TPlan[]> {
  const names = await categoryNames(db, [
    ...new Set(rows.flatMap((r) => r.p.categoryRates.map((c) => c.categoryId))),
  ]);
  const mayWrite = actor.permissions['commission_plan:write'] !== undefined;
  return rows.map(({ p, nameZh, nameEn }) => ({
    id: p.id,
    name: p.name,
    roleCode: p.roleCode,
    roleName: (lang === 'en' ? nameEn : nameZh) ?? p.roleCode,
    effectiveFrom: p.effectiveFrom,
    version: p.version,
    status: p.status,
    method: p.method,
    tiers: p.tiers.map((t) => ({ ...t, accelerator: t.fromBp >= ACCELERATOR_FROM_BP })),
    capFen: p.capFen === null ? null : p.capFen.toString(),
    categoryRates: p.categoryRates.map((c) => ({ ...c, categoryName: names.get(c.categoryId) ?? '—' })),
    trueUp: p.trueUp,
    submittedAt: isoOrNull(p.submittedAt),
    approvedAt: isoOrNull(p.approvedAt),
    createdAt: iso(p.createdAt),
    canEdit: mayWrite && (p.status === 'draft' || p.status === 'rejected'),
    canRevise: mayWrite && p.status === 'approved',
  }));
}

/** INC-1: the commission plans, filtered by role and status; paged in SQL (readable by everyone granted). */
export function listPlans(ctx: Ctx, q: TPlanQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectPlans(ctx.db).$dynamic(),
    count: ctx.db.select().from(commissionPlans).$dynamic(),
    scope: sql`true`,
    filters: [
      q.roleCode ? eq(commissionPlans.roleCode, q.roleCode) : undefined,
      q.status ? eq(commissionPlans.status, q.status) : undefined,
    ],
    sort: {
      keys: {
        effectiveFrom: [commissionPlans.effectiveFrom, commissionPlans.version],
        createdAt: commissionPlans.createdAt,
        roleCode: commissionPlans.roleCode,
      },
      default: 'effectiveFrom',
      order: 'desc',
      tieBreaker: commissionPlans.id,
    },
    query: q,
    toItems: (rows) => toPlans(ctx.db, actor, ctx.lang, rows),
  });
}

export async function planRow(db: DbOrTx, id: string): Promise<PlanRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [p] = await db.select().from(commissionPlans).where(eq(commissionPlans.id, id));
  if (!p) throw appError('NOT_FOUND');
  return p;
}

/** INC-1: one plan with every version of its role and effective month. */
export async function getPlan(db: DbOrTx, ctx: Ctx, id: string): Promise<TPlanDetail> {
  const actor = requireActor(ctx);
  const p = await planRow(db, id);
  const [plan] = await toPlans(
    db,
    actor,
    ctx.lang,
    await selectPlans(db).where(eq(commissionPlans.id, p.id)),
  );
  const versions = await db
    .select()
    .from(commissionPlans)
    .where(and(eq(commissionPlans.roleCode, p.roleCode), eq(commissionPlans.effectiveFrom, p.effectiveFrom)))
    .orderBy(desc(commissionPlans.version));
  return {
    ...plan!,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      approvedAt: isoOrNull(v.approvedAt),
    })),
  };
}

/**
 * INC-1: the plan in force for a role and month — among approved versions, the latest
 * effective-from on or before the month (superseded versions no longer count).
 */
export async function planInForce(
  db: DbOrTx,
  roleCodes: string[],
  month: string,
): Promise<Map<string, PlanRow>> {
  const out = new Map<string, PlanRow>();
  if (roleCodes.length === 0) return out;
  const rows = await db
    .select()
    .from(commissionPlans)
    .where(
      and(
        inArray(commissionPlans.roleCode, roleCodes),
        eq(commissionPlans.status, 'approved'),
        sql`${commissionPlans.effectiveFrom} <= ${month}`,
      ),
    )
    .orderBy(desc(commissionPlans.effectiveFrom), desc(commissionPlans.version));
  for (const r of rows) if (!out.has(r.roleCode)) out.set(r.roleCode, r);
  return out;
}
