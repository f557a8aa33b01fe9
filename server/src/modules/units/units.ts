import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type DbOrTx, queryRows, type Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { units } from '../../platform/org/tables.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { notePolicyChange } from '../../platform/policies/cache.js';
import type { TUnit, TUnitKind, ZUnitCreate, ZUnitUpdate } from './schemas.js';

/** ORG-1: which kind of unit may sit under which. */
const allowedParents: Record<TUnitKind, TUnitKind[]> = {
  company: [],
  region: ['company'],
  department: ['company', 'region'],
  team: ['department'],
};

export async function listUnits(db: DbOrTx): Promise<TUnit[]> {
  const rows = await db
    .select({
      id: units.id,
      parentId: units.parentId,
      kind: units.kind,
      name: units.name,
      code: units.code,
      sort: units.sort,
      memberCount: sql<number>`(select count(*)::int from users u where u.unit_id = "units"."id" and u.status = 'active')`,
    })
    .from(units)
    .orderBy(asc(units.sort), asc(units.name));
  return rows;
}

async function getUnit(db: DbOrTx, id: string) {
  const [unit] = await db.select().from(units).where(eq(units.id, id));
  if (!unit) throw appError('NOT_FOUND');
  return unit;
}

async function assertParent(tx: Tx, kind: TUnitKind, parentId: string, movingId?: string) {
  const [parent] = await tx.select().from(units).where(eq(units.id, parentId));
  if (!parent || !allowedParents[kind].includes(parent.kind)) {
    throw appError('UNIT_PARENT_INVALID', {
      parentId: { 'zh-CN': '上级组织不符合层级', en: 'This parent does not fit the tree' },
    });
  }
  if (movingId) {
    const below = await queryRows<{ id: string }>(
      tx,
      sql`select id from units where id = ${parentId} and id in ${unitSubtreeIdsSql(movingId)}`,
    );
    if (below.length > 0) throw appError('UNIT_CYCLE');
  }
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.code, code), exceptId ? ne(units.id, exceptId) : undefined));
  if (taken) throw appError('UNIT_CODE_TAKEN', { code: { 'zh-CN': '编码已被使用', en: 'Code is taken' } });
}

const toDto = async (tx: Tx, id: string): Promise<TUnit> => {
  const all = await listUnits(tx);
  const unit = all.find((u) => u.id === id);
  if (!unit) throw appError('NOT_FOUND');
  return unit;
};

export async function createUnit(ctx: Ctx, input: z.output<typeof ZUnitCreate>): Promise<TUnit> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    await assertParent(tx, input.kind, input.parentId);
    await assertCodeFree(tx, input.code);
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(units)
      .values({ ...input, createdAt: at, updatedAt: at, createdBy: actor.id })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, ctx, { entity: 'unit', entityId: row.id, action: 'unit.create', after: row });
    // Policy overrides follow the unit tree (ORG-7): this process's policy copy is stale (ADR 18).
    await notePolicyChange(tx, ctx.db);
    return toDto(tx, row.id);
  });
}

export async function updateUnit(ctx: Ctx, id: string, input: z.output<typeof ZUnitUpdate>): Promise<TUnit> {
  return inTx(ctx, async (tx) => {
    const before = await getUnit(tx, id);
    if (input.parentId !== undefined && input.parentId !== before.parentId) {
      await assertParent(tx, before.kind, input.parentId, id);
    }
    if (input.code !== undefined) await assertCodeFree(tx, input.code, id);
    const [after] = await tx
      .update(units)
      .set({ ...input, updatedAt: ctx.clock.now() })
      .where(eq(units.id, id))
      .returning();
    await audit(tx, ctx, { entity: 'unit', entityId: id, action: 'unit.update', before, after });
    await notePolicyChange(tx, ctx.db);
    return toDto(tx, id);
  });
}
