import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { loadModules } from '../modules/index.js';
import { roles, userRoles } from '../platform/access/tables.js';
import { audit } from '../platform/audit/audit.js';
import type { Clock } from '../platform/clock.js';
import { units, userPlacements, users } from '../platform/org/tables.js';
import { hashPassword } from '../platform/sessions/passwords.js';
import { DEMO_PASSWORD, demoUnits, demoUsers } from './demo-org.js';
import { loadDemoProducts } from './demo-products.js';
import { loadDemoSeals } from './demo-seals.js';

/** True when the database has no users yet (a new installation). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [any] = await db.select({ id: users.id }).from(users).limit(1);
  return !any;
}

/**
 * Loads the demo company in one transaction, audited like any other write.
 * The preset roles must exist already (ensurePresetRoles).
 */
export async function loadDemoData(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const at = clock.now();
  const ctx = {
    db,
    clock,
    actor: null,
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN' as const,
  };
  await db.transaction(async (tx) => {
    const unitIds = new Map<string, string>();
    for (const [sort, u] of demoUnits.entries()) {
      const [row] = await tx
        .insert(units)
        .values({
          code: u.code,
          name: u.name,
          kind: u.kind,
          parentId: u.parent ? unitIds.get(u.parent) : null,
          sort,
        })
        .returning();
      if (!row) throw new Error('unit insert failed');
      unitIds.set(u.code, row.id);
      await audit(tx, ctx, { entity: 'unit', entityId: row.id, action: 'unit.create', after: row });
    }
    const roleRows = await tx
      .select({ id: roles.id, code: roles.code })
      .from(roles)
      .where(inArray(roles.code, [...new Set(demoUsers.flatMap((u) => u.roles))]));
    const roleIds = new Map(roleRows.map((r) => [r.code, r.id]));
    const userIds = new Map<string, string>();
    for (const u of demoUsers) {
      const unitId = unitIds.get(u.unit)!;
      const superiorId = u.superior ? userIds.get(u.superior)! : null;
      const [row] = await tx
        .insert(users)
        .values({
          username: u.username,
          displayName: u.displayName,
          passwordHash,
          unitId,
          position: u.position,
          superiorId,
          email: `${u.username}@demo.xiaoguan.example`,
          createdAt: at,
          updatedAt: at,
          passwordChangedAt: at,
        })
        .returning();
      if (!row) throw new Error('user insert failed');
      userIds.set(u.username, row.id);
      await tx
        .insert(userRoles)
        .values(u.roles.map((code) => ({ userId: row.id, roleId: roleIds.get(code)! })));
      await tx
        .insert(userPlacements)
        .values({ userId: row.id, unitId, superiorId, position: u.position, validFrom: at });
      await audit(tx, ctx, {
        entity: 'user',
        entityId: row.id,
        action: 'user.create',
        after: { ...row, roles: u.roles },
      });
    }
  });
  await loadDemoProducts(db, clock);
  await loadDemoSeals(db, clock);
}

export async function userIdByUsername(db: Db, username: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}
