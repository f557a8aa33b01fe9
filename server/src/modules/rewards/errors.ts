import { type CodesOf, defineErrors } from '../../platform/errors.js';

/** The rewards module's error codes: HTTP status and zh-CN/en messages. */
export const rewardErrors = defineErrors({
  REWARD_POINTS_SHORT: {
    status: 409,
    zh: '积分不足：当前可用积分 {balance}，本次兑换需要 {points}（已过期的积分不计）',
    en: 'Not enough points: {balance} available now, this redemption needs {points} (expired points do not count)',
  },
  REWARD_OUT_OF_STOCK: {
    status: 409,
    zh: '库存不足：该奖品仅剩 {stock} 件',
    en: 'Not enough in stock: {stock} left of this reward',
  },
  REWARD_INACTIVE: {
    status: 409,
    zh: '该奖品已下架，不能兑换',
    en: 'This reward is no longer offered',
  },
  REDEMPTION_CLOSED: {
    status: 409,
    zh: '该兑换申请已结束，不能再提交或更改；如需兑换请重新申请',
    en: 'This redemption is closed and cannot be submitted or changed again; make a new one',
  },
  REDEMPTION_NOT_APPROVED: {
    status: 409,
    zh: '只有已批准的兑换可以标记为已发放',
    en: 'Only an approved redemption can be marked as handed over',
  },
});

declare module '../../platform/errors.js' {
  interface ErrorCatalogue extends CodesOf<typeof rewardErrors> {}
}
