import { z } from 'zod';
import { definePolicy } from '../policies/define.js';

const chapter = 'ORG';

export const maxFailedLogins = definePolicy({
  id: 'auth.maxFailedLogins',
  schema: z.number().int().min(1).max(100),
  default: 5,
  unit: 'count',
  label: { 'zh-CN': '登录失败锁定次数', en: 'Failed sign-ins before lock-out' },
  description: {
    'zh-CN': '连续输错密码达到此次数后锁定账号（ORG-5 保密：防止猜测密码）',
    en: 'Consecutive wrong passwords that lock the account (ORG-5 confidentiality)',
  },
  ruleIds: ['ORG-5'],
  chapter,
  systemOnly: true,
});

export const lockMinutes = definePolicy({
  id: 'auth.lockMinutes',
  schema: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  default: 10,
  unit: 'minutes',
  label: { 'zh-CN': '账号锁定时长', en: 'Lock-out duration' },
  description: { 'zh-CN': '账号被锁定后多久可再次登录', en: 'How long a locked account stays locked' },
  ruleIds: ['ORG-5'],
  chapter,
  systemOnly: true,
});

export const sessionIdleMinutes = definePolicy({
  id: 'auth.sessionIdleMinutes',
  schema: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  default: 120,
  unit: 'minutes',
  label: { 'zh-CN': '会话空闲超时', en: 'Session idle timeout' },
  description: {
    'zh-CN': '无操作超过此时长后需重新登录',
    en: 'Sign in again after this long without activity',
  },
  ruleIds: ['ORG-5'],
  chapter,
  systemOnly: true,
});

export const sessionAbsoluteHours = definePolicy({
  id: 'auth.sessionAbsoluteHours',
  schema: z
    .number()
    .int()
    .min(1)
    .max(30 * 24),
  default: 12,
  unit: 'hours',
  label: { 'zh-CN': '会话最长有效期', en: 'Session absolute lifetime' },
  description: {
    'zh-CN': '登录后无论是否活动，超过此时长都需重新登录',
    en: 'Sign in again this long after signing in, active or not',
  },
  ruleIds: ['ORG-5'],
  chapter,
  systemOnly: true,
});
