import type { DbOrTx } from '../../db/client.js';
import { definePort, isProvided } from '../../platform/events/ports.js';
import type { PeriodCode } from '../../platform/periods/periods.js';
import type { TargetSubject } from '../targets/index.js';

/** EXP-1: the expense of a subject and period and its ratio to the period's sales amount. */
export interface ExpenseFigure {
  /** Approved or paid claim lines (fen), as the expenses module counts them; "0" without a source. */
  expenseFen: string;
  /** expense ÷ the sales amount in percent, two decimals; null without sales or without a source. */
  ratioPct: number | null;
  /** False until a module measures expenses (the slot is empty). */
  provided: boolean;
}

/** What a provider answers: per `<type>:<id>:<period>`, the expense in fen (missing keys are 0). */
export type ExpenseRead = (
  db: DbOrTx,
  q: { subjects: readonly TargetSubject[]; periods: readonly PeriodCode[]; at: Date },
) => Promise<Map<string, bigint>>;

/**
 * EXP-1: the slot the expenses module fills (`provide(expensePort, …)` in its manifest), like the
 * satisfaction slot: indicators do not list it in `needs`, and read nothing until it is provided.
 */
export const expensePort = definePort<ExpenseRead>('indicators.expense');

/** expense ÷ sales in percent, two decimals (half up); null without sales. */
export function expenseRatioPct(expense: bigint, sales: bigint): number | null {
  if (sales <= 0n) return null;
  return Number((expense * 10_000n * 2n + sales) / (2n * sales)) / 100;
}

/** The expense figures, given each subject and period's sales amount. */
export async function expenseFigures(
  db: DbOrTx,
  q: { subjects: readonly TargetSubject[]; periods: readonly PeriodCode[]; at: Date },
  sales: (subject: TargetSubject, code: PeriodCode) => bigint,
): Promise<Map<string, ExpenseFigure>> {
  const provided = isProvided(expensePort);
  const read = provided ? await expensePort.call(db, q) : new Map<string, bigint>();
  const out = new Map<string, ExpenseFigure>();
  for (const s of q.subjects) {
    for (const p of q.periods) {
      const key = `${s.type}:${s.id}:${p}`;
      const expense = read.get(key) ?? 0n;
      out.set(key, {
        expenseFen: expense.toString(),
        ratioPct: provided ? expenseRatioPct(expense, sales(s, p)) : null,
        provided,
      });
    }
  }
  return out;
}
