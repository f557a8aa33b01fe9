import { Alert, Button, Descriptions, Drawer, Skeleton, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpportunity, useOpportunityHistory } from '../../api/hooks/opportunities';
import type { TOpportunity } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { StageMoveMenu } from './StageMoveMenu';
import { StageTag, stageColor } from './stages';
import { useStageMover } from './use-stage-mover';

/** One opportunity: its facts, weighted amount, stage history, and the edit and move actions it allows. */
export function OpportunityDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: string | undefined;
  onClose: () => void;
  onEdit: (o: TOpportunity) => void;
}) {
  const { t } = useTranslation();
  const opportunity = useOpportunity(id);
  const history = useOpportunityHistory(id);
  const mover = useStageMover();
  const o = opportunity.data;
  const stage = (s: string) => t(`opportunities.stages.${s}`);
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size="large"
      title={o?.name ?? t('opportunities.detail.title')}
      extra={
        o?.canEdit && (
          <Space>
            <StageMoveMenu opportunity={o} onMove={(s) => mover.request(o, s)} size="middle" />
            <Button type="primary" onClick={() => onEdit(o)} data-testid="opportunity-edit">
              {t('common.edit')}
            </Button>
          </Space>
        )
      }
    >
      <ErrorAlert error={opportunity.error} onRetry={() => void opportunity.refetch()} />
      {opportunity.isPending && id && <Skeleton active />}
      {o && (
        <>
          {o.closedAt && (
            <Alert
              type="info"
              showIcon
              title={t('opportunities.detail.closedNotice')}
              style={{ marginBottom: 16 }}
            />
          )}
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('opportunities.fields.customer')}>
              {o.customer.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.stage')}>
              <StageTag stage={o.stage} />
            </Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.amount')}>
              {formatFenText(o.amountFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.probability')}>
              {o.probability}%
            </Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.weighted')}>
              {formatFenText(o.weightedFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.expectedCloseDate')}>
              {o.expectedCloseDate}
            </Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.owner')}>
              {o.owner.displayName}
            </Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.unit')}>{o.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('opportunities.fields.stageChangedAt')}>
              {formatDateTime(o.stageChangedAt)}
            </Descriptions.Item>
            {o.closedAt && (
              <Descriptions.Item label={t('opportunities.fields.closedAt')}>
                {formatDateTime(o.closedAt)}
              </Descriptions.Item>
            )}
            {o.lostReason && (
              <Descriptions.Item label={t('opportunities.fields.lostReason')}>
                {o.lostReason}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('opportunities.fields.remark')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{o.remark}</span>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('opportunities.detail.history')}
          </Typography.Title>
          <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
          {history.isPending ? (
            <Skeleton active />
          ) : (
            <Timeline
              items={(history.data ?? []).map((h) => ({
                key: h.id,
                color: stageColor[h.toStage] === 'default' ? 'gray' : stageColor[h.toStage],
                content: (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text>
                      {h.fromStage
                        ? t('opportunities.detail.historyMoved', {
                            from: stage(h.fromStage),
                            to: stage(h.toStage),
                          })
                        : t('opportunities.detail.historyCreated', { stage: stage(h.toStage) })}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {formatDateTime(h.at)} {h.actor?.displayName}
                    </Typography.Text>
                  </Space>
                ),
              }))}
            />
          )}
        </>
      )}
      {mover.modals}
    </Drawer>
  );
}
