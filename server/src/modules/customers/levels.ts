import type { DbOrTx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import { readPolicy } from '../../platform/policies/read.js';
import { customerLevels } from './policies.js';

/** CUS-1: a level must be one of the customer.levels policy (in force for the unit). */
export async function assertCustomerLevel(
  db: DbOrTx,
  level: string,
  at: Date,
  unitId: string,
): Promise<void> {
  const levels = await readPolicy(db, customerLevels, at, unitId);
  if (!levels.includes(level)) {
    throw appError('VALIDATION_FAILED', {
      level: {
        'zh-CN': `客户等级须为：${levels.join('、')}`,
        en: `Level must be one of: ${levels.join(', ')}`,
      },
    });
  }
}
