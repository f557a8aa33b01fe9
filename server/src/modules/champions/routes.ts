import type { App } from '../../http/types.js';
import { requireActor } from '../../platform/context.js';
import { ZId } from '../../platform/schemas.js';
import { proposeReward } from './propose-reward.js';
import { currentChampions, getChampion, listChampions, listRewards } from './queries.js';
import {
  ZChampionDetail,
  ZChampionPage,
  ZChampionQuery,
  ZChampionReward,
  ZCurrentChampions,
  ZRewardInput,
  ZRewardPage,
  ZRewardQuery,
} from './schemas.js';
import { submitReward } from './submit-reward.js';
import { updateReward } from './update-reward.js';

const tags = ['champions'];

/** INC-7: the sales champions named at each close, why, and their rewards. */
export function championRoutes(app: App) {
  app.get(
    '/api/champions',
    {
      config: { permission: 'champion:read' },
      schema: { tags, querystring: ZChampionQuery, response: { 200: ZChampionPage } },
    },
    (req) => listChampions(req.ctx, req.query),
  );
  app.get(
    '/api/champions/current',
    {
      config: { permission: 'champion:read' },
      schema: { tags, response: { 200: ZCurrentChampions } },
    },
    (req) => currentChampions(req.ctx),
  );
  app.get(
    '/api/champions/:id',
    {
      config: { permission: 'champion:read' },
      schema: { tags, params: ZId, response: { 200: ZChampionDetail } },
    },
    (req) => getChampion(req.ctx.db, requireActor(req.ctx), req.params.id),
  );
  app.post(
    '/api/champions/:id/rewards',
    {
      config: { permission: 'champion:manage' },
      schema: { tags, params: ZId, body: ZRewardInput, response: { 200: ZChampionReward } },
    },
    (req) => proposeReward(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/champion-rewards',
    {
      config: { permission: 'champion:manage' },
      schema: { tags, querystring: ZRewardQuery, response: { 200: ZRewardPage } },
    },
    (req) => listRewards(req.ctx, req.query),
  );
  app.patch(
    '/api/champion-rewards/:id',
    {
      config: { permission: 'champion:manage' },
      schema: { tags, params: ZId, body: ZRewardInput, response: { 200: ZChampionReward } },
    },
    (req) => updateReward(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/champion-rewards/:id/submit',
    {
      config: { permission: 'champion:manage' },
      schema: { tags, params: ZId, response: { 200: ZChampionReward } },
    },
    (req) => submitReward(req.ctx, req.params.id),
  );
}
