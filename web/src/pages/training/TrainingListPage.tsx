import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDateTimeMinutes } from '../../components/company-time';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { type TSessionRow, type TTopic, topics, useSessionList } from './hooks';
import { SessionFormModal } from './SessionFormModal';

type Filters = { topic?: TTopic; q?: string };
type Sort = 'startsAt' | 'title';

export const trainerText = (s: Pick<TSessionRow, 'trainer' | 'trainerName'>) =>
  s.trainer?.displayName ?? s.trainerName ?? '—';

/** OPS-8 (培训): the sessions — topic, trainer, time, place, how many attended and excelled. */
export function TrainingListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const list = useSessionList(table.params);
  const [creating, setCreating] = useState(false);
  const columns: ColumnsType<TSessionRow> = [
    {
      title: t('training.fields.time'),
      key: 'startsAt',
      sorter: true,
      defaultSortOrder: 'descend',
      render: (_, r) => formatDateTimeMinutes(r.startsAt),
    },
    { title: t('training.fields.title'), key: 'title', sorter: true, render: (_, r) => r.title },
    { title: t('training.fields.topic'), key: 'topic', render: (_, r) => enumLabel(t, 'topic', r.topic) },
    { title: t('training.fields.trainer'), key: 'trainer', render: (_, r) => trainerText(r) },
    { title: t('training.fields.place'), key: 'place', render: (_, r) => r.place },
    {
      title: t('training.fields.attendance'),
      key: 'attended',
      render: (_, r) => t('training.attendedOf', { attended: r.attended, invited: r.invited }),
    },
    {
      title: t('training.fields.excellent'),
      key: 'excellent',
      align: 'right',
      render: (_, r) => r.excellent,
    },
  ];
  return (
    <Card
      title={t('training.title')}
      extra={
        can('training:manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="training-create"
          >
            {t('training.create')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<TTopic>
          allowClear
          placeholder={t('training.fields.topic')}
          style={{ minWidth: 140 }}
          value={table.filters.topic}
          options={topics.map((k) => ({ value: k, label: enumLabel(t, 'topic', k) }))}
          onChange={(topic) => table.setFilters({ ...table.filters, topic })}
        />
        <Input.Search
          allowClear
          placeholder={t('training.searchTitle')}
          onSearch={(q) => table.setFilters({ ...table.filters, q: q || undefined })}
        />
      </Space>
      <PagedTable<TSessionRow, Filters, Sort>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('training.empty') }}
        onRow={(r) => ({
          onClick: () => navigate(`/training/sessions/${r.id}`),
          style: { cursor: 'pointer' },
        })}
        data-testid="training-table"
      />
      <SessionFormModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
