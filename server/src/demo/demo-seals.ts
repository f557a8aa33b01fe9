import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { seals } from '../modules/seals/tables.js';
import { audit } from '../platform/audit/audit.js';
import type { Clock } from '../platform/clock.js';
import { users } from '../platform/org/tables.js';

const demoSeals = [
  { name: '经济合同章', kind: 'contract', custodian: 'assistant_east', remark: '合同签订专用（Q2C-9）' },
  { name: '公司公章', kind: 'company', custodian: 'assistant_east', remark: null },
];

/** Q2C-9: the contract seal (经济合同章) and the company seal, kept by the east sales assistant. */
export async function loadDemoSeals(db: Db, clock: Clock): Promise<void> {
  const ctx = {
    db,
    clock,
    actor: null,
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN' as const,
  };
  const at = clock.now();
  await db.transaction(async (tx) => {
    for (const s of demoSeals) {
      const [custodian] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, s.custodian));
      if (!custodian) throw new Error(`demo seal custodian ${s.custodian} missing`);
      const [row] = await tx
        .insert(seals)
        .values({
          name: s.name,
          kind: s.kind,
          custodianId: custodian.id,
          remark: s.remark,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      await audit(tx, ctx, { entity: 'seal', entityId: row!.id, action: 'seal.create', after: row });
    }
  });
}
