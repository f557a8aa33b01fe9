import { defineApproverChain } from '../../platform/approvals/chain-policy.js';

/**
 * OPS-9/ORG-3: who reviews a suggestion, walking up the maker's chain — by default the nearest
 * sales manager above them. Each step adopts (passes it on) or declines with a reason; the last
 * step's adoption adopts it.
 */
export const suggestionReviewers = defineApproverChain({
  id: 'suggestions.reviewers',
  label: { 'zh-CN': '合理化建议评审人', en: 'Suggestion reviewers' },
  description: {
    'zh-CN': '合理化建议依次由这些人评审，采纳或说明理由不予采纳（默认：提出人上级链中最近的销售经理）',
    en: 'Suggestions are reviewed by these people in turn, who adopt them or decline them with a reason (default: the nearest sales manager above the person)',
  },
  ruleIds: ['OPS-9', 'ORG-3'],
  chapter: 'OPS',
  default: [{ kind: 'nearestRole', role: 'sales_manager' }],
});
