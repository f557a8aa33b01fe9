import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { customers } from '../modules/customers/index.js';
import { loadModules } from '../modules/index.js';
import { recordEntry } from '../modules/market-intel/index.js';
import { adoptSuggestion, declineSuggestion, submitSuggestion } from '../modules/suggestions/index.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import { readCompanyTimeZone } from '../platform/company-time.js';
import type { Ctx } from '../platform/context.js';
import { addLocalDays, localDate } from '../platform/deadlines/calendar.js';
import { userIdByUsername } from './load-demo.js';

async function as(db: Db, clock: Clock, username: string): Promise<Ctx> {
  return {
    db,
    clock,
    actor: await loadActor(db, await userIdByUsername(db, username)),
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
}

/**
 * OPS-9/OPS-10/INC-4: three suggestions (one adopted — its maker earns the suggestion points —,
 * one declined with a reason, one waiting for the east sales manager) and five pieces of market
 * information, two of them on rep01's customers' timelines.
 */
export async function loadDemoSuggestionsAndIntel(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const rep01 = await as(db, clock, 'rep01');
  const manager = await as(db, clock, 'manager_east');
  const adopted = await submitSuggestion(rep01, {
    title: '报价单增加交货期说明',
    content: '客户常在签约前追问交货期，建议报价单模板增加标准交货期一栏，减少反复确认。',
    category: 'process',
  });
  await adoptSuggestion(manager, adopted.id, '下月起在报价模板中试行');
  const declined = await submitSuggestion(await as(db, clock, 'rep02'), {
    title: '展会物料由各组自行印制',
    content: '各组自行印制展会宣传册，可按客户行业调整内容。',
    category: 'market',
  });
  await declineSuggestion(manager, declined.id, '公司已有统一采购与品牌规范，暂不分散印制');
  await submitSuggestion(await as(db, clock, 'rep04'), {
    title: '老客户回访增加满意度打分',
    content: '季度回访时请客户按 1–10 分打分，便于统计满意度。',
    category: 'product',
  });

  const own = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.ownerId, rep01.actor!.id), eq(customers.lifecycle, 'customer')))
    .orderBy(asc(customers.name))
    .limit(2);
  const at = clock.now();
  const today = localDate(at, await readCompanyTimeZone(db, at));
  const day = (n: number) => addLocalDays(today, -n);
  const entries: [Ctx, Parameters<typeof recordEntry>[1]][] = [
    [
      rep01,
      {
        kind: 'price',
        competitor: '华宇建材',
        product: '防水卷材',
        priceFen: '1180000',
        region: '华东',
        source: '客户采购部',
        observedOn: day(3),
        content: '华宇对年采购量大的客户报价下调约 8%，并给三十天账期。',
        customerId: own[0]?.id ?? null,
      },
    ],
    [
      rep01,
      {
        kind: 'competitor',
        competitor: '东方防水',
        region: '华东',
        source: '展会',
        observedOn: day(10),
        content: '东方防水在上海设立新仓库，承诺市区 24 小时送达。',
        customerId: own[1]?.id ?? null,
      },
    ],
    [
      await as(db, clock, 'rep04'),
      {
        kind: 'product',
        competitor: '华宇建材',
        product: '高分子涂料 H2',
        region: '华东',
        source: '经销商',
        observedOn: day(6),
        content: '华宇推出高分子涂料新品，主打低气味，正在经销商渠道铺货。',
      },
    ],
    [
      await as(db, clock, 'rep07'),
      {
        kind: 'policy',
        region: '华南',
        source: '行业协会',
        observedOn: day(14),
        content: '广东省新出台绿色建材补贴政策，采购绿色认证产品可享补贴。',
      },
    ],
    [
      await as(db, clock, 'rep08'),
      {
        kind: 'price',
        competitor: '南方材料',
        product: '防水卷材',
        priceFen: '1050000',
        region: '华南',
        source: '客户',
        observedOn: day(2),
        content: '南方材料在深圳项目上以低价竞标，报价低于我司约 12%。',
      },
    ],
  ];
  for (const [ctx, input] of entries) await recordEntry(ctx, input);
}
