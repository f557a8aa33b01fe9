import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDate } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { ContestFormModal } from './ContestFormModal';
import { type TContest, type TContestStatus, useContests } from './hooks';

type Filters = { status?: TContestStatus };
type Sort = 'fromOn' | 'toOn' | 'createdAt';

export const statusColor: Record<TContestStatus, string> = {
  draft: 'default',
  running: 'processing',
  closed: 'green',
};

/** INC-9 (销售竞赛): the contests — running and closed ones for all to see, drafts for those who run them. */
export function ContestsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const list = useContests(table.params);
  const columns: ColumnsType<TContest> = [
    {
      title: t('contests.fields.name'),
      key: 'name',
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Typography.Text type="secondary">{c.prize}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('contests.fields.dates'),
      key: 'fromOn',
      dataIndex: 'fromOn',
      sorter: true,
      defaultSortOrder: 'descend',
      render: (_, c) => `${formatDate(c.fromOn)} – ${formatDate(c.toOn)}`,
    },
    { title: t('contests.fields.metric'), key: 'metric', render: (_, c) => enumLabel(t, 'metric', c.metric) },
    { title: t('contests.fields.organizer'), key: 'organizer', render: (_, c) => c.organizer.displayName },
    {
      title: t('contests.fields.status'),
      key: 'status',
      render: (_, c) => <Tag color={statusColor[c.status]}>{enumLabel(t, 'status', c.status)}</Tag>,
    },
  ];
  return (
    <Card
      title={t('contests.title')}
      extra={
        can('contest:manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="contest-new"
          >
            {t('contests.new')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<TContestStatus | 'all'>
          value={table.filters.status ?? 'all'}
          options={[
            { value: 'all', label: t('contests.filters.all') },
            ...(['draft', 'running', 'closed'] as const).map((s) => ({
              value: s,
              label: enumLabel(t, 'status', s),
            })),
          ]}
          onChange={(v) => table.setFilters(v === 'all' ? {} : { status: v })}
        />
      </Space>
      <PagedTable<TContest, Filters, Sort>
        query={list}
        table={table}
        columns={columns}
        scroll={{ x: true }}
        locale={{ emptyText: t('contests.empty') }}
        onRow={(c) => ({ onClick: () => navigate(`/contests/${c.id}`), style: { cursor: 'pointer' } })}
        data-testid="contests-table"
      />
      {creating && (
        <ContestFormModal
          contest={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`/contests/${id}`)}
        />
      )}
    </Card>
  );
}
