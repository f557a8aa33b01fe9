import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PagedTable } from '../../components/PagedTable';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { type TSummary, useMarkSummaryRead, useSummary, useSummaryList } from './hooks';

type Filters = { month?: string };
type Sort = 'month' | 'submittedAt';
const colors = { draft: 'default', submitted: 'processing', read: 'success' } as const;
const para = (v: string) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v || '—'}</Typography.Paragraph>
);

function SummaryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const summary = useSummary(id);
  const markRead = useMarkSummaryRead();
  const { run, error, pending } = useAction({ inline: true });
  const s = summary.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={phone ? '100%' : 560}
      title={t('worklogs.summary.title')}
    >
      {summary.isLoading && <Spin />}
      <ErrorAlert error={summary.error ?? error} />
      {s && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('worklogs.fields.person')}>
              {s.author.displayName} · {s.unit.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('worklogs.summary.month')}>
              {s.month} <Tag color={colors[s.status]}>{enumLabel(t, 'status', s.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('worklogs.summary.results')}>{para(s.results)}</Descriptions.Item>
            <Descriptions.Item label={t('worklogs.summary.problems')}>{para(s.problems)}</Descriptions.Item>
            <Descriptions.Item label={t('worklogs.summary.nextPlan')}>{para(s.nextPlan)}</Descriptions.Item>
            <Descriptions.Item label={t('worklogs.fields.submittedAt')}>
              {formatDateTime(s.submittedAt)}
            </Descriptions.Item>
            {s.reader && (
              <Descriptions.Item label={t('worklogs.summary.readBy')}>
                {s.reader.displayName} · {formatDateTime(s.readAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {s.actions.markRead && (
            <Popconfirm
              title={t('worklogs.summary.markReadConfirm')}
              onConfirm={() => run(() => markRead.mutateAsync(s.id), t('worklogs.summary.readMessage'))}
            >
              <Button type="primary" style={{ marginTop: 16 }} loading={pending}>
                {t('worklogs.summary.markRead')}
              </Button>
            </Popconfirm>
          )}
        </>
      )}
    </Drawer>
  );
}

/** OPS-7 (月度总结): the summaries of the people I look after per month, and mine; a manager marks one read. */
export function MonthSummariesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const list = useSummaryList(table.params);
  const openId = params.get('id');
  const open = (id: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (id) n.set('id', id);
        else n.delete('id');
        return n;
      },
      { replace: true },
    );
  const columns: ColumnsType<TSummary> = [
    { title: t('worklogs.fields.person'), key: 'author', render: (_, r) => r.author.displayName },
    {
      title: t('worklogs.summary.month'),
      dataIndex: 'month',
      key: 'month',
      sorter: true,
      defaultSortOrder: 'descend',
    },
    {
      title: t('worklogs.fields.status'),
      key: 'status',
      render: (_, r) => <Tag color={colors[r.status]}>{enumLabel(t, 'status', r.status)}</Tag>,
    },
    {
      title: t('worklogs.fields.submittedAt'),
      key: 'submittedAt',
      sorter: true,
      render: (_, r) => formatDateTime(r.submittedAt),
    },
    { title: t('worklogs.summary.readBy'), key: 'reader', render: (_, r) => r.reader?.displayName ?? '—' },
  ];
  return (
    <Card
      title={t('worklogs.summary.listTitle')}
      extra={
        can('month_summary:write') && (
          <Button onClick={() => navigate('/month-summaries/mine')}>{t('worklogs.summary.writeMine')}</Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          onChange={(d) => table.setFilters({ month: d ? d.format('YYYY-MM') : undefined })}
        />
      </Space>
      <PagedTable<TSummary, Filters, Sort>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('worklogs.summary.empty') }}
        onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
      />
      <SummaryDrawer id={openId} onClose={() => open(null)} />
    </Card>
  );
}
