import type { Localized } from '../../platform/i18n/lang.js';

/** INC-7: one person's figures for a closed period, as the champion rule compares them. */
export interface Candidate {
  userId: string;
  username: string;
  name: string;
  unitId: string;
  /** The sales amount (fen, or a count when the sales metric counts), per plan.salesBasis. */
  sales: bigint;
  /** Completion of the sales target in force, percent with one decimal; null without a target. */
  completionPct: number | null;
  collected: bigint;
  newCustomers: bigint;
}

export type ChampionMetric = 'sales_amount' | 'completion';
/** What may separate two people with the same deciding figure, in the order tried. */
export type TieKey = 'sales' | 'completion' | 'collected' | 'new_customers' | 'username';

/**
 * INC-7, the tie rule: with the same deciding figure, the higher completion rate wins (the
 * higher sales amount when completion decides), then the higher confirmed collections, then
 * more new customers, then the username in alphabetical order (a stable, published order).
 */
export function tieOrder(metric: ChampionMetric): TieKey[] {
  return metric === 'sales_amount'
    ? ['sales', 'completion', 'collected', 'new_customers', 'username']
    : ['completion', 'sales', 'collected', 'new_customers', 'username'];
}

/** The tie rule in words, as the page shows it. */
export function tieRuleWords(metric: ChampionMetric): Localized {
  return metric === 'sales_amount'
    ? {
        'zh-CN':
          '销售额最高者为冠军；销售额相同时，依次比较目标完成率、已确认回款、新增客户数，仍相同按工号顺序',
        en: 'The highest sales amount wins; with equal sales, the higher completion rate, then confirmed collections, then new customers, then the username in order',
      }
    : {
        'zh-CN':
          '目标完成率最高者为冠军；完成率相同时，依次比较销售额、已确认回款、新增客户数，仍相同按工号顺序',
        en: 'The highest completion of target wins; with equal completion, the higher sales amount, then confirmed collections, then new customers, then the username in order',
      };
}

const cmpBig = (a: bigint, b: bigint) => (a > b ? -1 : a < b ? 1 : 0);
const cmpPct = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);

function compareOn(key: TieKey, a: Candidate, b: Candidate): number {
  switch (key) {
    case 'sales':
      return cmpBig(a.sales, b.sales);
    case 'completion':
      return Math.sign(cmpPct(a.completionPct, b.completionPct));
    case 'collected':
      return cmpBig(a.collected, b.collected);
    case 'new_customers':
      return cmpBig(a.newCustomers, b.newCustomers);
    case 'username':
      return a.username < b.username ? -1 : a.username > b.username ? 1 : 0;
  }
}

/** Whether a person is in the running: something sold (sales rule) or some completion (completion rule). */
const eligible = (metric: ChampionMetric) => (c: Candidate) =>
  metric === 'sales_amount' ? c.sales > 0n : (c.completionPct ?? 0) > 0;

export interface Ranking {
  ranked: Candidate[];
  /** When the first two had the same deciding figure: who was second and what separated them. */
  tieBreak: { runnerUpId: string; runnerUpName: string; decidedBy: TieKey } | null;
}

/** INC-7: the people in order by champions.metric and the tie rule; nobody with nothing to show. */
export function rankCandidates(list: readonly Candidate[], metric: ChampionMetric): Ranking {
  const keys = tieOrder(metric);
  const ranked = list.filter(eligible(metric)).sort((a, b) => {
    for (const k of keys) {
      const c = compareOn(k, a, b);
      if (c !== 0) return c;
    }
    return 0;
  });
  const [first, second] = ranked;
  if (!first || !second || compareOn(keys[0]!, first, second) !== 0) return { ranked, tieBreak: null };
  const decidedBy = keys.slice(1).find((k) => compareOn(k, first, second) !== 0) ?? 'username';
  return { ranked, tieBreak: { runnerUpId: second.userId, runnerUpName: second.name, decidedBy } };
}
