import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appError } from '../../platform/errors.js';
import { moneyText } from '../../platform/money.js';
import { effectiveAmountFen } from './effective-amount.js';
import type { ContractRow } from './scope.js';
import { contracts } from './tables.js';

/**
 * Q2C-8: a decreasing supplement takes no more than the main contract's amount with its signed
 * supplements (else its credit note would give the customer credit nobody paid). The main row is
 * locked so two supplements signed at once are checked one after the other.
 */
export async function assertDecreaseWithinContract(tx: Tx, mainContractId: string, deltaFen: bigint) {
  if (deltaFen >= 0n) return;
  const [main] = await tx
    .select({ amountFen: contracts.amountFen })
    .from(contracts)
    .where(eq(contracts.id, mainContractId))
    .for('update');
  const left = main
    ? await effectiveAmountFen(tx, { id: mainContractId, kind: 'main', amountFen: main.amountFen })
    : 0n;
  if (-deltaFen > left) {
    const rest = left < 0n ? 0n : left;
    throw appError('VALIDATION_FAILED', {
      deltaFen: {
        'zh-CN': `减少金额不能超过合同现有金额 ${moneyText(rest)}`,
        en: `The decrease cannot exceed the contract's current amount, ${moneyText(rest)}`,
      },
    });
  }
}

/**
 * A supplement's signed change in fen: "-50000" or "120000", at most 15 digits, not zero.
 * Parsed here (not by the schema) so the field message can say exactly that.
 */
export function parseDeltaFen(raw: string): bigint {
  if (!/^-?\d{1,15}$/.test(raw) || BigInt(raw) === 0n) {
    throw appError('VALIDATION_FAILED', {
      deltaFen: {
        'zh-CN': '变更金额以分为单位，可为负数（减少），不能为 0，最多 15 位数字',
        en: 'Change in fen: a whole number, negative for a decrease, not zero, at most 15 digits',
      },
    });
  }
  return BigInt(raw);
}

/** An end date before the start date is a field error on endDate. */
export function assertDates(startDate: string | null | undefined, endDate: string | null | undefined) {
  if (startDate && endDate && endDate < startDate) {
    throw appError('VALIDATION_FAILED', {
      endDate: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
    });
  }
}

/**
 * Q2C-8: a contract changes only while it is a draft or was rejected. A signed (or entered)
 * contract never changes — a supplement changes it; one under review or approved is locked.
 */
export function assertOpen(c: Pick<ContractRow, 'status'>) {
  if (c.status === 'signed' || c.status === 'entered') throw appError('CONTRACT_SIGNED');
  if (c.status !== 'draft' && c.status !== 'rejected') throw appError('STATUS_NOT_ALLOWED');
}
