import type { Localized } from '../../platform/i18n/lang.js';
import type { CaseRow } from './scope.js';

const decisions: Record<NonNullable<CaseRow['decision']>, Localized> = {
  warning: { 'zh-CN': '警告', en: 'a warning' },
  position_change: { 'zh-CN': '调岗', en: 'a change of position' },
  no_action: { 'zh-CN': '不处理', en: 'no action' },
};

/** INC-8: a review decision in words, for notices. */
export const decisionWords = (d: NonNullable<CaseRow['decision']>): Localized => decisions[d];
