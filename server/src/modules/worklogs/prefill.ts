import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Lang } from '../../platform/i18n/lang.js';
import { moneyText } from '../../platform/money.js';
import { contracts } from '../contracts/index.js';
import { customers, followUps } from '../customers/index.js';
import { quotes } from '../quotes/index.js';
import { payments } from '../receivables/index.js';
import { visits } from '../visits/index.js';

interface Fact {
  kind: 'visit' | 'followUp' | 'quote' | 'contract' | 'payment';
  at: string;
  customer: string;
  ref: string | null;
  amount_fen: string | null;
  note: string | null;
}

const words: Record<Fact['kind'], Record<Lang, string>> = {
  visit: { 'zh-CN': '拜访', en: 'Visit' },
  followUp: { 'zh-CN': '跟进', en: 'Follow-up' },
  quote: { 'zh-CN': '报价', en: 'Quote' },
  contract: { 'zh-CN': '签约', en: 'Contract signed' },
  payment: { 'zh-CN': '回款登记', en: 'Payment recorded' },
};

/**
 * OPS-1: what the rep did on `day`, from the records in their name — visits checked out,
 * follow-ups logged, quotes made, contracts signed, payments recorded — one line each, in time
 * order, for the work log's "done" (the rep edits it).
 */
export async function prefillDone(
  db: DbOrTx,
  userId: string,
  day: string,
  tz: string,
  lang: Lang,
): Promise<string> {
  const onDay = (col: unknown) => sql`(${col} at time zone ${tz})::date = ${day}::date`;
  const rows = await queryRows<Fact>(
    db,
    sql`select * from (
      select 'visit' as kind, v.check_out_at as at, c.name as customer, null::text as ref, null::text as amount_fen, null::text as note
        from ${visits} v join ${customers} c on c.id = v.customer_id
        where v.rep_id = ${userId} and v.check_out_at is not null and ${onDay(sql`v.check_out_at`)}
      union all
      select 'followUp', f.occurred_at, c.name, null, null, left(f.content, 80)
        from ${followUps} f join ${customers} c on c.id = f.customer_id
        where f.author_id = ${userId} and f.kind <> 'visit' and ${onDay(sql`f.occurred_at`)}
      union all
      select 'quote', q.created_at, c.name, q.number, null, null
        from ${quotes} q join ${customers} c on c.id = q.customer_id
        where q.owner_id = ${userId} and ${onDay(sql`q.created_at`)}
      union all
      select 'contract', k.signed_at, c.name, k.number, k.amount_fen::text, null
        from ${contracts} k join ${customers} c on c.id = k.customer_id
        where k.owner_id = ${userId} and k.signed_on = ${day}::date
      union all
      select 'payment', p.created_at, c.name, p.number, p.amount_fen::text, null
        from ${payments} p join ${customers} c on c.id = p.customer_id
        where p.owner_id = ${userId} and p.status <> 'rejected' and ${onDay(sql`p.created_at`)}
    ) x order by x.at nulls last, x.kind, x.customer`,
  );
  return rows
    .map((r, i) => {
      const parts = [words[r.kind][lang], r.customer];
      if (r.ref) parts.push(r.ref);
      if (r.amount_fen) parts.push(moneyText(r.amount_fen));
      return `${i + 1}. ${parts.join(' ')}${r.note ? ` — ${r.note}` : ''}`;
    })
    .join('\n');
}
