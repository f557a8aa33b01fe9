import { Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDispatchDunning, useDunningItems } from '../../api/hooks/receivables';
import type { TDunningItem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { useAction } from '../../components/use-action';

/**
 * AR-6 (月末主管接到财务部催款通知单后要及时通知各销售代表): the month's items waiting with the
 * supervisor, passed on to the reps all at once, the selected ones, or one by one.
 */
export function DunningDispatchCard() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [page, setPage] = useState(1);
  const waiting = useDunningItems({ toDispatch: 'true', page, pageSize: 50 });
  const dispatch = useDispatchDunning();
  const action = useAction();
  const [selected, setSelected] = useState<string[]>([]);
  const total = waiting.data?.total ?? 0;
  const send = (itemIds?: string[]) =>
    action.run(
      () => dispatch.mutateAsync(itemIds),
      (r) => {
        setSelected([]);
        return t('receivables.dunning.dispatch.done', { count: r.dispatched });
      },
    );

  const columns: ColumnsType<TDunningItem> = [
    { title: t('receivables.dunning.rep'), key: 'rep', render: (_, i) => i.rep.displayName },
    {
      title: t('receivables.fields.customer'),
      key: 'customer',
      render: (_, i) => <Link to={`/customers/${i.customer.id}`}>{i.customer.name}</Link>,
    },
    { title: t('receivables.fields.contract'), key: 'contract', render: (_, i) => i.contract.number },
    {
      title: t('receivables.fields.open'),
      key: 'open',
      align: 'right',
      render: (_, i) => formatFenText(i.outstandingFen),
    },
    {
      title: t('receivables.fields.status'),
      key: 'days',
      render: (_, i) =>
        i.daysOverdue > 0
          ? t('receivables.status.overdueDays', { count: i.daysOverdue })
          : t('receivables.dunning.dueIn', { count: -i.daysOverdue }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, i) => (
        <Button type="link" size="small" onClick={() => void send([i.id])} data-testid="dunning-dispatch-one">
          {t('receivables.dunning.dispatch.one')}
        </Button>
      ),
    },
  ];

  if (!waiting.isPending && total === 0 && !waiting.error) return null;
  return (
    <Card
      title={t('receivables.dunning.dispatch.title')}
      data-testid="dunning-dispatch"
      extra={
        <Space wrap>
          {selected.length > 0 && (
            <Button onClick={() => void send(selected)} data-testid="dunning-dispatch-selected">
              {t('receivables.dunning.dispatch.selected', { count: selected.length })}
            </Button>
          )}
          <Popconfirm
            title={t('receivables.dunning.dispatch.allConfirm', { count: total })}
            okText={t('receivables.dunning.dispatch.one')}
            cancelText={t('common.cancel')}
            onConfirm={() => send(undefined)}
          >
            <Button type="primary" disabled={total === 0} data-testid="dunning-dispatch-all">
              {t('receivables.dunning.dispatch.all', { count: total })}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('receivables.dunning.dispatch.hint')}</Typography.Paragraph>
      <ErrorAlert error={waiting.error} onRetry={() => void waiting.refetch()} />
      <Table<TDunningItem>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={waiting.data?.items}
        loading={waiting.isFetching}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        rowClassName={(i) => (i.id === params.get('item') ? 'ant-table-row-selected' : '')}
        locale={{ emptyText: t('receivables.dunning.dispatch.empty') }}
        pagination={{ current: page, pageSize: 50, total, hideOnSinglePage: true, onChange: setPage }}
      />
    </Card>
  );
}

/** AR-6: whether an item was passed on, by whom and when (automatically when nobody). */
export function DispatchText({ item }: { item: TDunningItem }) {
  const { t } = useTranslation();
  if (!item.dispatchedAt)
    return <Typography.Text type="warning">{t('receivables.dunning.dispatch.waiting')}</Typography.Text>;
  const at = formatDateTime(item.dispatchedAt);
  return (
    <Typography.Text type="secondary">
      {item.dispatchedBy
        ? t('receivables.dunning.dispatch.by', { name: item.dispatchedBy.displayName, at })
        : t('receivables.dunning.dispatch.auto', { at })}
    </Typography.Text>
  );
}
