import type { DbOrTx } from '../../db/client.js';
import { definePort, isProvided } from '../../platform/events/ports.js';
import type { PeriodCode } from '../../platform/periods/periods.js';
import type { TargetSubject } from '../targets/index.js';

/** PLAN-5: customer satisfaction (客户满意度) of a subject and period, as the service module measures it. */
export interface SatisfactionFigure {
  /** Satisfied answers ÷ answers, percent with one decimal; null without answers or without a source. */
  pct: number | null;
  /** How many answers it rests on. */
  responses: number;
  /** False until a module measures satisfaction (the slot is empty: "no source yet"). */
  provided: boolean;
}

/** What a provider answers: per `<type>:<id>:<period>`, the figure (subjects and periods it has none for may be left out). */
export type SatisfactionRead = (
  db: DbOrTx,
  q: { subjects: readonly TargetSubject[]; periods: readonly PeriodCode[]; at: Date },
) => Promise<Map<string, { pct: number | null; responses: number }>>;

/**
 * PLAN-5: the slot the service module fills — it lists `provide(satisfactionPort, …)` in its
 * manifest. Indicators do not list it in `needs`: until a module provides it, every figure is
 * null with `provided: false`, and the kernel starts without it.
 */
export const satisfactionPort = definePort<SatisfactionRead>('indicators.satisfaction');

/** The satisfaction figures, or the empty slot for every subject and period. */
export async function satisfactionFigures(
  db: DbOrTx,
  q: { subjects: readonly TargetSubject[]; periods: readonly PeriodCode[]; at: Date },
): Promise<Map<string, SatisfactionFigure>> {
  const provided = isProvided(satisfactionPort);
  const read = provided ? await satisfactionPort.call(db, q) : new Map();
  const out = new Map<string, SatisfactionFigure>();
  for (const s of q.subjects) {
    for (const p of q.periods) {
      const key = `${s.type}:${s.id}:${p}`;
      const f = read.get(key);
      out.set(key, { pct: f?.pct ?? null, responses: f?.responses ?? 0, provided });
    }
  }
  return out;
}
