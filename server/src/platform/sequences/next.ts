import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';

/**
 * The next number of a gapless series (e.g. the first-contact register per year). Call it in
 * the transaction that writes the numbered record: the counter row stays locked until commit,
 * so concurrent writers queue, and a rollback returns the number — no gaps, no duplicates.
 */
export async function nextInSequence(tx: Tx, series: string, period: string): Promise<number> {
  const rows = await queryRows<{ value: string | number }>(
    tx,
    sql`insert into sequence_counters (series, period, value) values (${series}, ${period}, 1)
        on conflict (series, period) do update set value = sequence_counters.value + 1
        returning value`,
  );
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`sequence ${series}/${period}: no value`);
  return Number(value);
}
