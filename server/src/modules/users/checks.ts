import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { roles, userRoles } from '../../platform/access/tables.js';
import { appError } from '../../platform/errors.js';
import { units } from '../../platform/org/tables.js';

export async function assertUnitExists(db: DbOrTx, unitId: string): Promise<void> {
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!unit) throw appError('VALIDATION_FAILED', { unitId: { 'zh-CN': '组织不存在', en: 'No such unit' } });
}

export async function replaceRoles(tx: Tx, userId: string, roleIds: string[]): Promise<void> {
  const unique = [...new Set(roleIds)];
  const found = await tx.select({ id: roles.id }).from(roles).where(inArray(roles.id, unique));
  if (found.length !== unique.length) {
    throw appError('VALIDATION_FAILED', { roleIds: { 'zh-CN': '角色不存在', en: 'No such role' } });
  }
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  await tx.insert(userRoles).values(unique.map((roleId) => ({ userId, roleId })));
}
