import { TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { ContestFormModal } from './ContestFormModal';
import { statusColor } from './ContestsPage';
import { contestValue } from './figures';
import { type TLeaderboardEntry, useCloseContest, useContest, useStartContest } from './hooks';
import { RecordsDrawer } from './RecordsDrawer';

/** INC-9: a contest — its terms, its live (or frozen) leaderboard, and the organizer's actions. */
export function ContestPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const { id } = useParams();
  const contest = useContest(id);
  const start = useStartContest();
  const close = useCloseContest();
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const [explain, setExplain] = useState<TLeaderboardEntry | null>(null);
  const c = contest.data;
  if (!c) return contest.error ? <ErrorAlert error={contest.error} /> : <Skeleton active />;
  const participants = [
    ...c.participants.units.map((u) => u.name),
    ...c.participants.users.map((u) => u.displayName),
  ];
  return (
    <Card
      title={
        <Space wrap>
          <TrophyOutlined />
          <span data-testid="contest-name">{c.name}</span>
          <Tag color={statusColor[c.status]}>{enumLabel(t, 'status', c.status)}</Tag>
        </Space>
      }
      extra={
        c.canManage && (
          <Space wrap>
            {c.status === 'draft' && (
              <>
                <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
                <Button
                  type="primary"
                  loading={start.isPending}
                  onClick={() => void action.run(() => start.mutateAsync(c.id), t('contests.started'))}
                  data-testid="contest-start"
                >
                  {t('contests.start')}
                </Button>
              </>
            )}
            {c.status === 'running' && (
              <Popconfirm
                title={t('contests.closeConfirm')}
                onConfirm={() => void action.run(() => close.mutateAsync(c.id), t('contests.closed'))}
              >
                <Button danger loading={close.isPending} data-testid="contest-close">
                  {t('contests.close')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <ErrorAlert error={action.error} />
      <Descriptions size="small" column={phone ? 1 : 2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('contests.fields.dates')}>
          {formatDate(c.fromOn)} – {formatDate(c.toOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('contests.fields.metric')}>
          {enumLabel(t, 'metric', c.metric)}
        </Descriptions.Item>
        <Descriptions.Item label={t('contests.fields.participants')}>
          {participants.join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('contests.fields.prize')}>{c.prize || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('contests.fields.winners')}>
          {t('contests.winnersText', { n: c.winnerCount, points: c.winnerPoints })}
        </Descriptions.Item>
        <Descriptions.Item label={t('contests.fields.organizer')}>
          {c.organizer.displayName}
        </Descriptions.Item>
        {c.announcedAt && (
          <Descriptions.Item label={t('contests.fields.announcedAt')}>
            {formatDateTime(c.announcedAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {c.description && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
      )}
      <Typography.Title level={5}>
        {c.status === 'closed' ? t('contests.results') : t('contests.leaderboard')}
        {c.countedTo && (
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
            {t('contests.countedTo', { date: formatDate(c.countedTo) })}
          </Typography.Text>
        )}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('contests.tieRule')}</Typography.Paragraph>
      <Table<TLeaderboardEntry>
        size="small"
        rowKey={(e) => e.user.id}
        pagination={false}
        dataSource={c.leaderboard}
        data-testid="contest-leaderboard"
        columns={[
          { title: t('contests.rank'), dataIndex: 'rank', key: 'rank', width: 56 },
          {
            title: t('contests.fields.person'),
            key: 'person',
            render: (_, e) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>
                  {e.user.displayName} {e.winner && <Tag color="gold">{t('contests.winner')}</Tag>}
                </Typography.Text>
                <Typography.Text type="secondary">{e.unit.name}</Typography.Text>
              </Space>
            ),
          },
          {
            title: enumLabel(t, 'metric', c.metric),
            key: 'value',
            align: 'right',
            render: (_, e) => (
              <Button type="link" size="small" onClick={() => setExplain(e)} data-testid="contest-value">
                {contestValue(c.metric, e.value)}
              </Button>
            ),
          },
        ]}
      />
      <RecordsDrawer contest={c} entry={explain} onClose={() => setExplain(null)} />
      {editing && <ContestFormModal contest={c} onClose={() => setEditing(false)} />}
    </Card>
  );
}
