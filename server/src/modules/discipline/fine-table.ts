import type { Tx } from '../../db/client.js';
import { readPolicy } from '../../platform/policies/read.js';
import {
  lateBeyondCategory,
  lateMajorFineFen,
  lateMajorMinutes,
  lateMinorFineFen,
  lateMinorMinutes,
  refusalFineFen,
  sealHarmFineFen,
  sealUnapprovedFineFen,
} from './policies.js';
import type { ViolationCategory } from './tables.js';

export interface Fine {
  category: ViolationCategory;
  fineFen: bigint;
}

/**
 * PEN-2 (迟到10分钟以内罚款20元，10–60分钟罚款50元): the lateness bands as in force at `at` for the
 * person's unit. Beyond the major band no fine is invented: the violation goes into the category
 * the company sets (discipline.lateBeyondCategory, e.g. 旷工半天).
 */
export async function latenessFine(tx: Tx, minutesLate: number, at: Date, unitId: string): Promise<Fine> {
  if (minutesLate <= (await readPolicy(tx, lateMinorMinutes, at, unitId)))
    return { category: 'lateness', fineFen: BigInt(await readPolicy(tx, lateMinorFineFen, at, unitId)) };
  if (minutesLate <= (await readPolicy(tx, lateMajorMinutes, at, unitId)))
    return { category: 'lateness', fineFen: BigInt(await readPolicy(tx, lateMajorFineFen, at, unitId)) };
  return { category: await readPolicy(tx, lateBeyondCategory, at, unitId), fineFen: 0n };
}

/**
 * PEN-2/CUS-5/Q2C-9: the fine the table sets for a category, read when the violation is recorded
 * and stored on it (a later policy change moves new violations only). Categories the table does
 * not price carry no fine; a fine for them is a sanction (PEN-4).
 */
export async function tableFine(
  tx: Tx,
  input: { category: ViolationCategory; minutesLate?: number | null | undefined },
  at: Date,
  unitId: string,
): Promise<Fine> {
  switch (input.category) {
    case 'lateness':
      return latenessFine(tx, input.minutesLate ?? 0, at, unitId);
    case 'refusing_customer':
      return { category: input.category, fineFen: BigInt(await readPolicy(tx, refusalFineFen, at, unitId)) };
    case 'seal_misuse':
      return {
        category: input.category,
        fineFen: BigInt(await readPolicy(tx, sealUnapprovedFineFen, at, unitId)),
      };
    default:
      return { category: input.category, fineFen: 0n };
  }
}

/** Q2C-9 (如发生后果…同时罚款1000元): the harm fine in force. */
export async function harmFine(tx: Tx, at: Date, unitId: string): Promise<bigint> {
  return BigInt(await readPolicy(tx, sealHarmFineFen, at, unitId));
}
