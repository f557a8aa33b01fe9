import { z } from 'zod';
import {
  ZDateTime,
  ZLocalized,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zFenInput,
  zOptionalText,
  zPage,
} from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { ZMetric, ZPeriod } from '../indicators/index.js';
import { championRewards, salesChampions } from './tables.js';

export const ZChampionKind = z.enum(salesChampions.periodKind.enumValues);
export const ZChampionScope = z.enum(salesChampions.scope.enumValues);
export const ZChampionMetric = z.enum(salesChampions.metric.enumValues);
export const ZRewardKind = z.enum(championRewards.kind.enumValues);
export const ZRewardStatus = z.enum(championRewards.status.enumValues);
export const ZTieKey = z.enum(['sales', 'completion', 'collected', 'new_customers', 'username']);

/** A person's figures for the period, as the champion rule compared them (amounts as text). */
export const ZChampionFigures = z.object({
  userId: z.uuid(),
  name: z.string(),
  salesMetric: ZMetric,
  sales: z.string(),
  target: z.string().nullable(),
  completionPct: z.number().nullable(),
  collected: z.string(),
  newCustomers: z.string(),
});

export const ZChampionReward = z.object({
  id: z.uuid(),
  championId: z.uuid(),
  kind: ZRewardKind,
  bonusFen: z.string().nullable(),
  prize: z.string().nullable(),
  note: z.string(),
  points: z.number().int(),
  status: ZRewardStatus,
  proposedBy: ZUserRef,
  approvedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  /** The reader proposed it and it is a draft or was rejected: they may change and submit it. */
  canEdit: z.boolean(),
});
export type TChampionReward = z.infer<typeof ZChampionReward>;

export const ZChampion = z.object({
  id: z.uuid(),
  period: z.string(),
  periodKind: ZChampionKind,
  scope: ZChampionScope,
  unit: ZUnitRef,
  user: ZUserRef,
  metric: ZChampionMetric,
  figures: ZChampionFigures,
  announcedAt: ZDateTime,
});
export type TChampion = z.infer<typeof ZChampion>;
export const ZChampionPage = zPage(ZChampion);

/** INC-7: why this person — the top people in order with their figures, and the tie rule as it applied. */
export const ZChampionDetail = ZChampion.extend({
  ranking: z.array(ZChampionFigures),
  tieBreak: z.object({ runnerUpId: z.uuid(), runnerUpName: z.string(), decidedBy: ZTieKey }).nullable(),
  tieRule: ZLocalized,
  rewards: z.array(ZChampionReward),
  /** The reader records champion rewards. */
  canReward: z.boolean(),
});
export type TChampionDetail = z.infer<typeof ZChampionDetail>;

export const ZChampionQuery = ZPaging.extend({
  period: ZPeriod.optional(),
  kind: ZChampionKind.optional(),
  unitId: z.uuid().optional(),
  sort: z.enum(['period', 'announcedAt']).default('period'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TChampionQuery = z.output<typeof ZChampionQuery>;

/** The 工作台 banner: the latest champions of the reader's units and the company. */
export const ZCurrentChampions = z.object({ items: z.array(ZChampion) });

/** INC-7: a reward as proposed: a bonus needs an amount, a prize its name. */
export const ZRewardInput = z
  .object({
    kind: ZRewardKind,
    bonusFen: zFenInput,
    prize: zOptionalText(200),
    note: zOptionalText(1000),
    points: z.number().int().min(0).max(100_000).default(0),
  })
  .superRefine((v, c) => {
    if (v.kind === 'bonus' && !(v.bonusFen && /[1-9]/.test(v.bonusFen)))
      c.addIssue({ code: 'custom', path: ['bonusFen'], message: vmsg('amountFen') });
    if (v.kind === 'prize' && !v.prize)
      c.addIssue({ code: 'custom', path: ['prize'], message: vmsg('required') });
  });
export type TRewardInput = z.output<typeof ZRewardInput>;

export const ZRewardQuery = ZPaging.extend({
  status: ZRewardStatus.optional(),
});
export const ZRewardPage = zPage(ZChampionReward.extend({ champion: ZChampion }));
export type TRewardQuery = z.output<typeof ZRewardQuery>;
