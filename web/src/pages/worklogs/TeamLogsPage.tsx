import { Card, DatePicker, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../components/company-time';
import { PagedTable } from '../../components/PagedTable';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { type TWorkLogRow, useLogList } from './hooks';
import { LogDrawer } from './LogDrawer';
import { LogTags } from './LogTags';

type Filters = { userId?: string; from?: string; to?: string };
type Sort = 'day' | 'submittedAt' | 'person';

/** OPS-1/OPS-7: the logs of the people I look after (worklog:read's scope), by person and days; a log opens in a drawer. */
export function TeamLogsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const table = useServerTable<Filters, Sort>({
    order: 'desc',
    filters: { userId: params.get('userId') ?? undefined },
  });
  const list = useLogList(table.params);
  const [openId, setOpenId] = [
    params.get('id'),
    (id: string | null) =>
      setParams(
        (p) => {
          const n = new URLSearchParams(p);
          if (id) n.set('id', id);
          else n.delete('id');
          return n;
        },
        { replace: true },
      ),
  ];
  const columns: ColumnsType<TWorkLogRow> = [
    { title: t('worklogs.fields.person'), key: 'person', sorter: true, render: (_, r) => r.user.displayName },
    {
      title: t('worklogs.fields.day'),
      dataIndex: 'day',
      key: 'day',
      sorter: true,
      defaultSortOrder: 'descend',
    },
    { title: t('worklogs.fields.status'), key: 'status', render: (_, r) => <LogTags log={r} /> },
    { title: t('worklogs.fields.done'), key: 'summary', ellipsis: true, render: (_, r) => r.summary || '—' },
    {
      title: t('worklogs.fields.submittedAt'),
      key: 'submittedAt',
      sorter: true,
      render: (_, r) => formatDateTime(r.submittedAt),
    },
  ];
  return (
    <Card title={t('worklogs.team.title')}>
      <Space style={{ marginBottom: 16 }} wrap>
        <UserSelect
          style={{ minWidth: 180 }}
          placeholder={t('worklogs.fields.person')}
          value={table.filters.userId}
          onChange={(v: string | undefined) => table.setFilters({ ...table.filters, userId: v })}
        />
        <DatePicker.RangePicker
          onChange={(r) =>
            table.setFilters({
              ...table.filters,
              from: r?.[0]?.format('YYYY-MM-DD'),
              to: r?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
      </Space>
      <PagedTable<TWorkLogRow, Filters, Sort>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('worklogs.empty') }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
      />
      <LogDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
