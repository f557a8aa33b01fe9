import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './db/client.js';
import { roles, userRoles } from './platform/access/tables.js';
import { audit } from './platform/audit/audit.js';
import type { Clock } from './platform/clock.js';
import { units, userPlacements, users } from './platform/org/tables.js';
import { hashPassword } from './platform/sessions/passwords.js';

/**
 * A new PostgreSQL installation without demo data gets a company unit and one administrator,
 * whose password is ADMIN_PASSWORD or a random one printed once.
 */
export async function bootstrapAdmin(db: Db, clock: Clock, password?: string): Promise<string> {
  const pass = password ?? randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(pass);
  const ctx = {
    db,
    clock,
    actor: null,
    requestId: 'bootstrap',
    ip: null,
    userAgent: null,
    lang: 'zh-CN' as const,
  };
  await db.transaction(async (tx) => {
    const [company] = await tx
      .insert(units)
      .values({ code: 'HQ', name: '公司', kind: 'company' })
      .returning();
    const [role] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, 'admin'));
    if (!company || !role) throw new Error('bootstrap needs the preset roles');
    const at = clock.now();
    const [admin] = await tx
      .insert(users)
      .values({
        username: 'admin',
        displayName: '系统管理员',
        passwordHash,
        unitId: company.id,
        position: '系统管理员',
      })
      .returning();
    if (!admin) throw new Error('bootstrap: admin insert failed');
    await tx.insert(userRoles).values({ userId: admin.id, roleId: role.id });
    await tx
      .insert(userPlacements)
      .values({ userId: admin.id, unitId: company.id, position: admin.position, validFrom: at });
    await audit(tx, ctx, { entity: 'unit', entityId: company.id, action: 'unit.create', after: company });
    await audit(tx, ctx, { entity: 'user', entityId: admin.id, action: 'user.create', after: admin });
  });
  return pass;
}
