import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDate, formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { pctText } from '../indicators/figures';
import { usePeriodText } from '../indicators/PeriodPicker';
import { CoachingDrawer } from './CoachingDrawer';
import { CoachingFormModal } from './CoachingFormModal';
import { type TCoaching, type TCoachingStatus, useCoachingList } from './hooks';

type Filters = { status?: TCoachingStatus };
type Sort = 'createdAt' | 'followUpOn' | 'period';

/**
 * PLAN-6 (辅导记录): the coaching records in my scope — a superior's of their people, a rep's of
 * themself — newest first; a record opens in a drawer (`?id=`), the form opens for a person and
 * period from the board or the to-do (`?rep=&period=`).
 */
export function CoachingPage() {
  const { t } = useTranslation();
  const can = useCan();
  const words = usePeriodText();
  const [params, setParams] = useSearchParams();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const list = useCoachingList(table.params);
  const openId = params.get('id');
  const savedId = useRef<string | null>(null);
  const formFor = params.get('rep') !== null || params.get('new') !== null;
  const close = (...keys: string[]) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const k of keys) next.delete(k);
        return next;
      },
      { replace: true },
    );

  const columns: ColumnsType<TCoaching> = [
    {
      title: t('coaching.fields.rep'),
      key: 'rep',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.rep.displayName}</Typography.Text>
          <Typography.Text type="secondary">{r.unit.name}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('coaching.fields.period'),
      dataIndex: 'period',
      key: 'period',
      sorter: true,
      render: (p: string) => words(p),
    },
    {
      title: t('indicators.columns.completion'),
      key: 'completion',
      align: 'right',
      render: (_, r) => pctText(r.snapshot?.sales.completionPct),
    },
    { title: t('coaching.fields.coach'), key: 'coach', render: (_, r) => r.coach.displayName },
    {
      title: t('coaching.fields.actions'),
      dataIndex: 'actions',
      key: 'actions',
      ellipsis: true,
      width: 280,
    },
    {
      title: t('coaching.fields.followUpOn'),
      dataIndex: 'followUpOn',
      key: 'followUpOn',
      sorter: true,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('coaching.fields.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: TCoachingStatus) => (
        <Tag color={s === 'open' ? 'orange' : 'green'}>{enumLabel(t, 'status', s)}</Tag>
      ),
    },
    {
      title: t('coaching.fields.recordedAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      defaultSortOrder: 'descend',
      render: (d: string) => formatDateTime(d),
    },
  ];

  return (
    <Card
      title={t('coaching.title')}
      extra={
        can('coaching:write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() =>
              setParams((prev) => ({ ...Object.fromEntries(prev), new: '1' }), { replace: true })
            }
            data-testid="coaching-new"
          >
            {t('coaching.new')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<TCoachingStatus | 'all'>
          value={table.filters.status ?? 'all'}
          options={[
            { value: 'all', label: t('coaching.filters.all') },
            { value: 'open', label: enumLabel(t, 'status', 'open') },
            { value: 'followed_up', label: enumLabel(t, 'status', 'followed_up') },
          ]}
          onChange={(v) => table.setFilters(v === 'all' ? {} : { status: v })}
        />
      </Space>
      <PagedTable<TCoaching, Filters, Sort>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('coaching.empty') }}
        onRow={(r) => ({
          onClick: () => setParams((prev) => ({ ...Object.fromEntries(prev), id: r.id }), { replace: true }),
          style: { cursor: 'pointer' },
        })}
        data-testid="coaching-table"
      />
      <CoachingDrawer id={openId} onClose={() => close('id')} />
      {formFor && (
        <CoachingFormModal
          open
          initial={{
            ...(params.get('rep') ? { repId: params.get('rep')! } : {}),
            ...(params.get('period') ? { period: params.get('period')! } : {}),
          }}
          onClose={() => {
            // One change of the address: the form closes and the saved record (if any) opens.
            const saved = savedId.current;
            savedId.current = null;
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                for (const k of ['rep', 'period', 'new']) next.delete(k);
                if (saved) next.set('id', saved);
                return next;
              },
              { replace: true },
            );
          }}
          onSaved={(saved) => {
            savedId.current = saved.id;
          }}
        />
      )}
    </Card>
  );
}
