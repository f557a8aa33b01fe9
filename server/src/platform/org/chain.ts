import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { appError } from '../errors.js';
import { users } from './tables.js';
import { superiorChainSql } from './tree.js';

/** Everyone above a user in the superior chain, nearest first (ORG-3: read access flows up). */
export async function superiorChain(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from ${superiorChainSql(userId)} up order by depth`,
  );
  return rows.map((r) => r.id);
}

/**
 * ORG-2: every person has exactly one direct superior; only the top person has none.
 * Refuses self-superior, a superior who reports (directly or not) to the user, a disabled
 * superior, and a second top person.
 */
export async function assertValidSuperior(db: DbOrTx, userId: string | null, superiorId: string | null) {
  if (superiorId === null) {
    const others = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(isNull(users.superiorId), eq(users.status, 'active'), userId ? ne(users.id, userId) : undefined),
      )
      .limit(1);
    if (others.length > 0) throw appError('SUPERIOR_REQUIRED', superiorField('SUPERIOR_REQUIRED'));
    return;
  }
  if (userId && superiorId === userId) throw appError('SUPERIOR_SELF', superiorField('SUPERIOR_SELF'));
  const [superior] = await db.select({ status: users.status }).from(users).where(eq(users.id, superiorId));
  if (!superior) throw appError('NOT_FOUND', superiorField('NOT_FOUND'));
  if (superior.status !== 'active') throw appError('SUPERIOR_INACTIVE', superiorField('SUPERIOR_INACTIVE'));
  if (userId && (await superiorChain(db, superiorId)).includes(userId)) {
    throw appError('SUPERIOR_CYCLE', superiorField('SUPERIOR_CYCLE'));
  }
}

const fieldText = {
  SUPERIOR_REQUIRED: { 'zh-CN': '请选择直接上级', en: 'Choose a direct superior' },
  SUPERIOR_SELF: { 'zh-CN': '不能选择本人', en: 'Cannot be the user themself' },
  SUPERIOR_CYCLE: { 'zh-CN': '所选上级是该用户的下属', en: 'This person reports to the user' },
  SUPERIOR_INACTIVE: { 'zh-CN': '所选上级已停用', en: 'This person is disabled' },
  NOT_FOUND: { 'zh-CN': '所选上级不存在', en: 'No such user' },
} as const;

function superiorField(code: keyof typeof fieldText) {
  return { superiorId: fieldText[code] };
}
