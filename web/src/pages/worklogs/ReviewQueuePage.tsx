import { Badge, Card, List, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { type TQueueItem, type TQueueQuery, useReviewQueue } from './hooks';
import { LogDrawer } from './LogDrawer';

type Kind = NonNullable<TQueueQuery['kind']>;
const kinds: Kind[] = ['worklog', 'daily_report', 'visit_report'];

/**
 * OPS-7 (审阅): what my team submitted and waits for me — work logs (reviewed here), daily sales
 * reports and visit reports (opened on their own pages, where they are reviewed); oldest first.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') as Kind | null) ?? undefined;
  const [page, setPage] = useState(1);
  const queue = useReviewQueue({ kind, page, pageSize: 20 });
  const openId = kind === 'worklog' ? params.get('id') : null;
  const set = (next: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) {
          if (v) p.set(k, v);
          else p.delete(k);
        }
        return p;
      },
      { replace: true },
    );
  const open = (item: TQueueItem) => {
    if (item.kind === 'worklog') set({ kind: 'worklog', id: item.id });
    else navigate(item.link);
  };
  const counts = queue.data?.counts;
  return (
    <Card title={t('worklogs.queue.title')}>
      <Segmented<Kind | 'all'>
        block
        style={{ marginBottom: 12 }}
        value={kind ?? 'all'}
        options={[
          { value: 'all', label: t('worklogs.queue.all') },
          ...kinds.map((k) => ({
            value: k,
            label: (
              <Space size={4}>
                {enumLabel(t, 'kind', k)}
                <Badge count={counts?.[k] ?? 0} size="small" />
              </Space>
            ),
          })),
        ]}
        onChange={(v) => {
          setPage(1);
          set({ kind: v === 'all' ? null : v, id: null });
        }}
      />
      <ErrorAlert error={queue.error} />
      <List
        loading={queue.isLoading}
        dataSource={queue.data?.items ?? []}
        locale={{ emptyText: t('worklogs.queue.empty') }}
        pagination={
          (queue.data?.total ?? 0) > 20
            ? { current: page, pageSize: 20, total: queue.data?.total ?? 0, onChange: setPage, size: 'small' }
            : false
        }
        data-testid="review-queue"
        renderItem={(item) => (
          <List.Item
            onClick={() => open(item)}
            style={{ cursor: 'pointer' }}
            data-testid={`queue-${item.kind}`}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Typography.Text strong>{item.person.displayName}</Typography.Text>
                  <Typography.Text>{enumLabel(t, 'kind', item.kind)}</Typography.Text>
                  <Typography.Text type="secondary">{item.day}</Typography.Text>
                </Space>
              }
              description={
                <Space orientation="vertical" size={0}>
                  <Typography.Text ellipsis>{item.summary || '—'}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(item.submittedAt)}</Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <LogDrawer id={openId} onClose={() => set({ id: null })} />
    </Card>
  );
}
