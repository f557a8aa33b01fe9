import type { Db } from '../db/client.js';
import { loadModules } from '../modules/index.js';
import { awardPoints } from '../modules/points/index.js';
import { exchangeRatio, rewardItems } from '../modules/rewards/index.js';
import { pointsPriceOf } from '../modules/rewards/price.js';
import { loadActor } from '../platform/access/actor.js';
import type { Clock } from '../platform/clock.js';
import { type Ctx, inTx } from '../platform/context.js';
import { readPolicy } from '../platform/policies/read.js';
import { userIdByUsername } from './load-demo.js';

/** The demo catalogue (INC-6): value in yuan, stock (null: unlimited). */
const catalogue: {
  name: string;
  kind: 'gift' | 'coupon' | 'training';
  yuan: number;
  stock: number | null;
  description: string;
}[] = [
  {
    name: '京东卡 100 元',
    kind: 'coupon',
    yuan: 100,
    stock: null,
    description: '电子卡，审批通过后由人事发放卡密',
  },
  { name: '星巴克咖啡券', kind: 'coupon', yuan: 40, stock: 50, description: '中杯饮品券一张' },
  { name: '保温杯', kind: 'gift', yuan: 80, stock: 30, description: '316 不锈钢，500 毫升，印公司标志' },
  { name: '蓝牙耳机', kind: 'gift', yuan: 300, stock: 10, description: '降噪蓝牙耳机' },
  { name: '商务双肩包', kind: 'gift', yuan: 260, stock: 15, description: '可放 15.6 寸笔记本' },
  {
    name: '销售技巧培训名额',
    kind: 'training',
    yuan: 800,
    stock: 5,
    description: '两天外训课程（顾问式销售），名额有限',
  },
  {
    name: '谈判技巧线上课程',
    kind: 'training',
    yuan: 300,
    stock: null,
    description: '十二节线上课，三个月内学完',
  },
];

/**
 * INC-6: the demo company's reward catalogue, priced by the exchange ratio in force, and points for
 * a few reps (extra points for another contribution, once per event key) so that rep01 can redeem.
 */
export async function loadDemoRewards(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const [any] = await db.select({ id: rewardItems.id }).from(rewardItems).limit(1);
  if (any) return;
  const now = clock.now();
  const ratio = await readPolicy(db, exchangeRatio, now);
  await db.insert(rewardItems).values(
    catalogue.map((c) => {
      const valueFen = BigInt(c.yuan) * 100n;
      return {
        name: c.name,
        kind: c.kind,
        description: c.description,
        valueFen,
        exchangeRatio: ratio,
        pointsPrice: pointsPriceOf(valueFen, ratio),
        stock: c.stock,
        active: true,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  const hr = await loadActor(db, await userIdByUsername(db, 'hr'));
  const ctx: Ctx = { db, clock, actor: hr, requestId: 'demo-load', ip: null, userAgent: null, lang: 'zh-CN' };
  const awards: [string, bigint][] = [
    ['rep01', 2000n],
    ['rep02', 1200n],
    ['rep05', 600n],
  ];
  const ids = await Promise.all(awards.map(([username]) => userIdByUsername(db, username)));
  await inTx(ctx, async (tx) => {
    for (const [i, [username, points]] of awards.entries())
      await awardPoints(tx, ctx, {
        userId: ids[i]!,
        rule: 'other_contribution',
        points,
        eventKey: `demo:rewards:${username}`,
        memo: { reason: '演示数据：季度优秀贡献' },
      });
  });
}
