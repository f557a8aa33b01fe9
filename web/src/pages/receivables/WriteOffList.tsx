import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useWriteOffs } from '../../api/hooks/receivables';
import type { TWriteOff } from '../../api/types';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { totalLabel } from '../../components/PagedTable';

const statusColor: Record<TWriteOff['status'], string> = {
  draft: 'default',
  reviewing: 'processing',
  approved: 'green',
  rejected: 'red',
};

/** AR-8: bad-debt write-off requests I may see, with their approval status. */
export function WriteOffList() {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useWriteOffs(paging);
  const columns: ColumnsType<TWriteOff> = [
    { title: t('receivables.fields.customer'), key: 'customer', render: (_, w) => w.customer.name },
    { title: t('receivables.fields.contract'), key: 'contract', render: (_, w) => w.contract.number },
    { title: t('receivables.fields.owner'), key: 'owner', render: (_, w) => w.owner.displayName },
    {
      title: t('receivables.writeOff.amount'),
      key: 'amount',
      align: 'right',
      render: (_, w) => formatFenText(w.amountFen),
    },
    { title: t('receivables.writeOff.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('receivables.fields.status'),
      key: 'status',
      render: (_, w) => (
        <Tag color={statusColor[w.status]}>{t(`receivables.writeOff.statuses.${w.status}`)}</Tag>
      ),
    },
    {
      title: t('receivables.writeOff.requestedBy'),
      key: 'by',
      render: (_, w) => w.createdBy?.displayName ?? '',
    },
    { title: t('common.createdAt'), key: 'createdAt', render: (_, w) => formatDateTime(w.createdAt) },
  ];
  const [params] = useSearchParams();
  const linkedId = params.get('id');
  return (
    <>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<TWriteOff>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => totalLabel(t, total, list.data?.totalCapped),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        data-testid="write-off-table"
        expandable={{
          // AR-8: the GM's approval of each write-off, opened directly from an approval link (?id=).
          defaultExpandedRowKeys: linkedId ? [linkedId] : [],
          expandedRowRender: (w) => (
            <ApprovalPanel
              docType="write_off"
              docId={w.id}
              title={`${w.contract.number} ${w.customer.name}`}
            />
          ),
        }}
      />
    </>
  );
}
