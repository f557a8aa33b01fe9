import type { Localized } from '../../platform/i18n/lang.js';
import { opportunityStages } from './tables.js';

export type Stage = (typeof opportunityStages)[number];

/** CUS-8: the pipeline in order; won and lost close an opportunity. */
export const pipelineStages = opportunityStages;
export const openStages = ['lead', 'needs', 'solution', 'negotiation'] as const satisfies readonly Stage[];
export const closedStages = ['won', 'lost'] as const satisfies readonly Stage[];
/** The funnel runs lead → … → won; lost is counted beside it. */
export const funnelStages = [...openStages, 'won'] as const satisfies readonly Stage[];

export function isClosedStage(stage: Stage): boolean {
  return (closedStages as readonly Stage[]).includes(stage);
}

/** Stage names for timeline texts, in both languages (the web has its own copy in i18n). */
export const stageLabels: Record<Stage, Localized> = {
  lead: { 'zh-CN': '线索', en: 'Lead' },
  needs: { 'zh-CN': '需求分析', en: 'Needs analysis' },
  solution: { 'zh-CN': '方案', en: 'Solution' },
  negotiation: { 'zh-CN': '谈判', en: 'Negotiation' },
  won: { 'zh-CN': '赢单', en: 'Won' },
  lost: { 'zh-CN': '输单', en: 'Lost' },
};
