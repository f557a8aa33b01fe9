import { Alert, Button, Descriptions, Drawer, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText, localized } from '../../components/format';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { pctText, valueText } from '../indicators/figures';
import { usePeriodText } from '../indicators/PeriodPicker';
import { type TChampionDetail, type TChampionReward, useChampion, useSubmitReward } from './hooks';
import { RewardFormModal } from './RewardFormModal';

type Figures = TChampionDetail['ranking'][number];

const statusColor: Record<TChampionReward['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'green',
  rejected: 'red',
};

/** INC-7: why this champion — the top people with their figures, the tie rule — and their rewards. */
export function ChampionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const phone = usePhone();
  const words = usePeriodText();
  const champion = useChampion(id);
  const submit = useSubmitReward();
  const action = useAction();
  const [editing, setEditing] = useState<TChampionReward | 'new' | null>(null);
  const c = champion.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={phone ? '100%' : 'large'}
      title={c ? t('champions.drawer.title', { unit: c.unit.name, period: words(c.period) }) : ''}
      destroyOnHidden
      data-testid="champion-drawer"
    >
      <ErrorAlert error={champion.error ?? action.error} />
      {champion.isPending && id !== null && <Skeleton active />}
      {c && (
        <>
          <Descriptions size="small" column={phone ? 1 : 2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('champions.fields.champion')}>{c.user.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('champions.fields.kind')}>
              {enumLabel(t, 'periodKind', c.periodKind)}
            </Descriptions.Item>
            <Descriptions.Item label={t('champions.fields.metric')}>
              {enumLabel(t, 'metric', c.metric)}
            </Descriptions.Item>
            <Descriptions.Item label={t('champions.fields.announcedAt')}>
              {formatDateTime(c.announcedAt)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('champions.drawer.why')}</Typography.Title>
          <Table<Figures>
            size="small"
            rowKey="userId"
            pagination={false}
            scroll={{ x: true }}
            dataSource={c.ranking}
            data-testid="champion-ranking"
            columns={[
              { title: '#', key: 'rank', render: (_, __, i) => i + 1, width: 40 },
              { title: t('champions.fields.person'), dataIndex: 'name', key: 'name' },
              {
                title: enumLabel(t, 'salesMetric', c.figures.salesMetric),
                key: 'sales',
                align: 'right',
                render: (_, r) => valueText('sales', r.sales),
              },
              {
                title: t('champions.fields.completion'),
                key: 'completion',
                align: 'right',
                render: (_, r) => pctText(r.completionPct),
              },
              {
                title: t('champions.fields.collected'),
                key: 'collected',
                align: 'right',
                render: (_, r) => valueText('collected_amount', r.collected),
              },
              {
                title: t('champions.fields.newCustomers'),
                key: 'newCustomers',
                align: 'right',
                render: (_, r) => r.newCustomers,
              },
            ]}
          />
          {c.tieBreak && (
            <Alert
              style={{ marginTop: 12 }}
              type="info"
              showIcon
              title={t('champions.drawer.tieBreak', {
                name: c.user.displayName,
                runnerUp: c.tieBreak.runnerUpName,
                by: enumLabel(t, 'decidedBy', c.tieBreak.decidedBy),
              })}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="champion-tie-rule">
            {t('champions.drawer.rule')}: {localized(c.tieRule, i18n.language)}
          </Typography.Paragraph>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={5}>{t('champions.drawer.rewards')}</Typography.Title>
            {c.canReward && (
              <Button onClick={() => setEditing('new')} data-testid="champion-reward-new">
                {t('champions.reward.new')}
              </Button>
            )}
          </Space>
          <Table<TChampionReward>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={c.rewards}
            locale={{ emptyText: t('champions.reward.none') }}
            columns={[
              {
                title: t('champions.reward.kind'),
                key: 'kind',
                render: (_, r) => enumLabel(t, 'kind', r.kind),
              },
              {
                title: t('champions.reward.what'),
                key: 'what',
                render: (_, r) =>
                  [
                    r.bonusFen ? formatFenText(r.bonusFen) : null,
                    r.prize,
                    r.points > 0 ? t('champions.reward.pointsN', { n: r.points }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
              },
              {
                title: t('champions.reward.status'),
                key: 'status',
                render: (_, r) => <Tag color={statusColor[r.status]}>{enumLabel(t, 'status', r.status)}</Tag>,
              },
              {
                key: 'act',
                render: (_, r) =>
                  r.canEdit && (
                    <Space>
                      <Button size="small" onClick={() => setEditing(r)}>
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="small"
                        type="primary"
                        loading={submit.isPending}
                        onClick={() =>
                          void action.run(() => submit.mutateAsync(r.id), t('champions.reward.submitted'))
                        }
                      >
                        {t('champions.reward.submit')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
          {editing !== null && (
            <RewardFormModal
              championId={c.id}
              reward={editing === 'new' ? null : editing}
              onClose={() => setEditing(null)}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
