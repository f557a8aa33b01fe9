import type { Localized } from '../../platform/i18n/lang.js';
import type { TFollowUpKind } from './schemas.js';

/** How timelines and notices name each kind of follow-up. */
export const followUpKindLabels: Record<TFollowUpKind, Localized> = {
  phone: { 'zh-CN': '电话', en: 'phone call' },
  visit: { 'zh-CN': '拜访', en: 'visit' },
  wechat: { 'zh-CN': '微信', en: 'WeChat' },
  email: { 'zh-CN': '邮件', en: 'e-mail' },
  meeting: { 'zh-CN': '会议', en: 'meeting' },
  service: { 'zh-CN': '服务', en: 'service' },
};

/** The start of a text for a one-line summary. */
export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
