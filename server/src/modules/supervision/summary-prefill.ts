import type { DbOrTx } from '../../db/client.js';
import type { Lang } from '../../platform/i18n/lang.js';
import { moneyText } from '../../platform/money.js';
import { indicatorsFor } from '../indicators/index.js';
import { teamOf } from './summary-queries.js';

const pct = (p: number | null) => (p === null ? '—' : `${p}%`);

/**
 * OPS-7: the results of the writer's team in the month, from the indicators read model
 * (indicatorsFor): per person signed and collected amounts against targets, new customers.
 */
export async function prefillResults(
  db: DbOrTx,
  userId: string,
  month: string,
  at: Date,
  lang: Lang,
): Promise<string> {
  const team = await teamOf(db, userId);
  if (team.length === 0) return '';
  const rows = await indicatorsFor(db, {
    subjects: team.map((p) => ({ type: 'user' as const, id: p.id })),
    periods: [month],
    at,
  });
  const names = new Map(team.map((p) => [p.id, p.displayName]));
  return rows
    .map((r) => {
      const m = r.metrics;
      const name = names.get(r.subject.id) ?? '';
      return lang === 'en'
        ? `${name}: signed ${moneyText(m.signed_amount.actual)} (${pct(m.signed_amount.completionPct)} of target), collected ${moneyText(m.collected_amount.actual)} (${pct(m.collected_amount.completionPct)}), new customers ${m.new_customers.actual}`
        : `${name}：签约 ${moneyText(m.signed_amount.actual)}（完成 ${pct(m.signed_amount.completionPct)}），回款 ${moneyText(m.collected_amount.actual)}（完成 ${pct(m.collected_amount.completionPct)}），新客户 ${m.new_customers.actual} 个`;
    })
    .join('\n');
}
