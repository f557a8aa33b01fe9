import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rolePermissions, roles } from '../../platform/access/tables.js';
import { rolePresets } from './presets.js';

/**
 * ORG-6: every installation has the preset roles. Missing presets are created at start;
 * existing ones are left as the administrator edited them.
 */
export async function ensurePresetRoles(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const preset of rolePresets) {
      const [existing] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.code, preset.code));
      if (existing) continue;
      const [row] = await tx
        .insert(roles)
        .values({ code: preset.code, nameZh: preset.nameZh, nameEn: preset.nameEn, preset: true })
        .returning({ id: roles.id });
      if (!row) continue;
      await tx
        .insert(rolePermissions)
        .values(
          Object.entries(preset.grants).map(([permission, scope]) => ({ roleId: row.id, permission, scope })),
        );
    }
  });
}
