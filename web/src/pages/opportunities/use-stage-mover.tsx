import { App } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoveOpportunity } from '../../api/hooks/opportunities';
import type { TOpportunity, TOpportunityStage } from '../../api/types';
import { useAction } from '../../components/use-action';
import { LostReasonModal } from './LostReasonModal';

/**
 * CUS-8: one way to move an opportunity to another stage, for the board (drag and drop), the
 * "move to…" menus and the detail: lost asks for the reason, won asks for confirmation (both
 * close the opportunity for good), other moves go at once. Render `modals` once.
 */
export function useStageMover(): {
  request: (opportunity: TOpportunity, stage: TOpportunityStage) => void;
  modals: ReactNode;
} {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const move = useMoveOpportunity();
  const [losing, setLosing] = useState<TOpportunity | null>(null);

  const moved = (stage: TOpportunityStage) =>
    t('opportunities.board.moved', { stage: t(`opportunities.stages.${stage}`) });
  const { run } = useAction();
  const send = (o: TOpportunity, stage: TOpportunityStage) =>
    run(() => move.mutateAsync({ id: o.id, stage }), moved(stage));

  const request = (o: TOpportunity, stage: TOpportunityStage) => {
    if (stage === o.stage) return;
    if (stage === 'lost') setLosing(o);
    else if (stage === 'won')
      modal.confirm({
        title: t('opportunities.stages.won'),
        content: t('opportunities.won.confirm', { name: o.name }),
        onOk: () => send(o, 'won'),
      });
    else void send(o, stage);
  };

  const modals = (
    <LostReasonModal
      opportunity={losing}
      onClose={() => setLosing(null)}
      onSubmit={(lostReason) => move.mutateAsync({ id: losing!.id, stage: 'lost', lostReason })}
    />
  );
  return { request, modals };
}
