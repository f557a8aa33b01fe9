import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUserRef,
  zOptionalText,
  zPage,
  zPositiveFen,
  zText,
} from '../../platform/schemas.js';
import { redemptionStatuses, rewardKinds } from './tables.js';

export const ZRewardKind = z.enum(rewardKinds);
export const ZRedemptionStatus = z.enum(redemptionStatuses);

/** INC-6: a reward as the catalogue shows it; amounts in fen and points as text (bigint stays exact). */
export const ZRewardItem = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ZRewardKind,
  description: z.string(),
  valueFen: z.string(),
  exchangeRatio: z.string(),
  pointsPrice: z.string(),
  /** null: unlimited. */
  stock: z.number().int().nullable(),
  active: z.boolean(),
  updatedAt: ZDateTime,
});
export type TRewardItem = z.infer<typeof ZRewardItem>;
export const ZRewardItemPage = zPage(ZRewardItem);

/** INC-6: a reward as the catalogue's keeper saves it; the points price follows from the exchange ratio. */
export const ZRewardItemSave = z.object({
  name: zText(100),
  kind: ZRewardKind,
  description: zOptionalText(1000),
  valueFen: zPositiveFen,
  /** null or absent: unlimited. */
  stock: z.number().int().min(0).max(1_000_000).nullish(),
  active: z.boolean().default(true),
});
export type TRewardItemSave = z.output<typeof ZRewardItemSave>;

const ZBoolText = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZRewardItemQuery = ZPaging.extend({
  kind: ZRewardKind.optional(),
  active: ZBoolText.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['name', 'pointsPrice', 'updatedAt']).default('pointsPrice'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type TRewardItemQuery = z.output<typeof ZRewardItemQuery>;

/** INC-6: a redemption request: which reward and how many. */
export const ZRedeem = z.object({
  itemId: z.uuid(),
  quantity: z.number().int().min(1).max(100),
  note: zOptionalText(500),
});
export type TRedeem = z.output<typeof ZRedeem>;

export const ZRedemption = z.object({
  id: z.uuid(),
  user: ZUserRef,
  item: z.object({ id: z.uuid(), name: z.string(), kind: ZRewardKind }),
  quantity: z.number().int(),
  unitPoints: z.string(),
  points: z.string(),
  status: ZRedemptionStatus,
  note: z.string(),
  createdAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
  fulfilledAt: ZDateTime.nullable(),
  /** The reader is the requester and the request still waits for approval. */
  canWithdraw: z.boolean(),
  /** The reader keeps the catalogue and the reward is approved, not yet handed over. */
  canFulfil: z.boolean(),
});
export type TRedemption = z.infer<typeof ZRedemption>;
export const ZRedemptionPage = zPage(ZRedemption);

export const ZRedemptionQuery = ZPaging.extend({
  status: ZRedemptionStatus.optional(),
  /** Only the reader's own. */
  mine: ZBoolText.optional(),
  sort: z.enum(['createdAt', 'points']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TRedemptionQuery = z.output<typeof ZRedemptionQuery>;

/** INC-5/INC-6: the reader's live points — what is valid now — and the lots it is made of, first to expire first. */
export const ZRewardBalance = z.object({
  balance: z.string(),
  lots: z.array(
    z.object({
      remaining: z.string(),
      expiresAt: ZDateTime.nullable(),
      /** `basic`, or `extra:<rule>`. */
      kind: z.string(),
    }),
  ),
});
export type TRewardBalance = z.infer<typeof ZRewardBalance>;

export const ZIdempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().trim().min(1).max(200).optional(),
});
