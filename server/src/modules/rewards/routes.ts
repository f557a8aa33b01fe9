import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { myRewardBalance } from './balance.js';
import { fulfilRedemption } from './fulfil-redemption.js';
import { getRewardItem, listRewardItems } from './items.js';
import { getRedemption, listRedemptions } from './queries.js';
import { redeemReward } from './redeem.js';
import { createRewardItem, updateRewardItem } from './save-item.js';
import {
  ZIdempotencyHeaders,
  ZRedeem,
  ZRedemption,
  ZRedemptionPage,
  ZRedemptionQuery,
  ZRewardBalance,
  ZRewardItem,
  ZRewardItemPage,
  ZRewardItemQuery,
  ZRewardItemSave,
} from './schemas.js';
import { withdrawRedemption } from './withdraw-redemption.js';

const tags = ['rewards'];

/** INC-5/INC-6: the reward catalogue, the reader's live points, redemptions and their approval. */
export function rewardRoutes(app: App) {
  app.get(
    '/api/rewards/items',
    {
      config: { permission: 'reward:read' },
      schema: { tags, querystring: ZRewardItemQuery, response: { 200: ZRewardItemPage } },
    },
    (req) => listRewardItems(req.ctx, req.query),
  );
  app.get(
    '/api/rewards/items/:id',
    {
      config: { permission: 'reward:read' },
      schema: { tags, params: ZId, response: { 200: ZRewardItem } },
    },
    (req) => getRewardItem(req.ctx.db, req.params.id),
  );
  app.post(
    '/api/rewards/items',
    {
      config: { permission: 'reward:manage' },
      schema: { tags, body: ZRewardItemSave, response: { 200: ZRewardItem } },
    },
    (req) => createRewardItem(req.ctx, req.body),
  );
  app.put(
    '/api/rewards/items/:id',
    {
      config: { permission: 'reward:manage' },
      schema: { tags, params: ZId, body: ZRewardItemSave, response: { 200: ZRewardItem } },
    },
    (req) => updateRewardItem(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/rewards/balance',
    {
      config: { permission: 'reward:redeem' },
      schema: { tags, response: { 200: ZRewardBalance } },
    },
    (req) => myRewardBalance(req.ctx),
  );
  app.get(
    '/api/rewards/redemptions',
    {
      config: { permission: 'reward:read' },
      schema: { tags, querystring: ZRedemptionQuery, response: { 200: ZRedemptionPage } },
    },
    (req) => listRedemptions(req.ctx, req.query),
  );
  app.get(
    '/api/rewards/redemptions/:id',
    {
      config: { permission: 'reward:read' },
      schema: { tags, params: ZId, response: { 200: ZRedemption } },
    },
    (req) => getRedemption(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/rewards/redemptions',
    {
      config: { permission: 'reward:redeem' },
      schema: { tags, headers: ZIdempotencyHeaders, body: ZRedeem, response: { 200: ZRedemption } },
    },
    (req) => redeemReward(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/rewards/redemptions/:id/withdraw',
    {
      config: { permission: 'reward:redeem' },
      schema: { tags, params: ZId, response: { 200: ZRedemption } },
    },
    (req) => withdrawRedemption(req.ctx, req.params.id),
  );
  app.post(
    '/api/rewards/redemptions/:id/fulfil',
    {
      config: { permission: 'reward:manage' },
      schema: { tags, params: ZId, response: { 200: ZRedemption } },
    },
    (req) => fulfilRedemption(req.ctx, req.params.id),
  );
}
