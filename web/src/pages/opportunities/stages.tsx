import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TOpportunityStage } from '../../api/types';

/** CUS-8: the pipeline in order; won and lost close an opportunity. */
export const stages: readonly TOpportunityStage[] = [
  'lead',
  'needs',
  'solution',
  'negotiation',
  'won',
  'lost',
];
export const openStages: readonly TOpportunityStage[] = ['lead', 'needs', 'solution', 'negotiation'];

export const stageColor: Record<TOpportunityStage, string> = {
  lead: 'default',
  needs: 'blue',
  solution: 'cyan',
  negotiation: 'gold',
  won: 'green',
  lost: 'red',
};

export function StageTag({ stage }: { stage: TOpportunityStage }) {
  const { t } = useTranslation();
  return <Tag color={stageColor[stage]}>{t(`opportunities.stages.${stage}`)}</Tag>;
}
