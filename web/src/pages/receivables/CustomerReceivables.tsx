import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReceivablePage } from '../../api/hooks/receivables';
import type { TReceivable } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { LegalStatusTag, ReceivableStatusTag } from './receivable-tags';

/** AR-5: the customer page's tab — the customer's instalments with status and what is open. */
export function CustomerReceivables({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const page = useReceivablePage({ customerId, ...paging, sort: 'dueDate', order: 'asc' });
  const columns: ColumnsType<TReceivable> = [
    {
      title: t('receivables.fields.contract'),
      key: 'contract',
      render: (_, r) => (
        <>
          {r.contract.number} <LegalStatusTag status={r.contract.legalStatus} />
        </>
      ),
    },
    { title: t('receivables.fields.seq'), dataIndex: 'seq', key: 'seq', width: 70 },
    { title: t('receivables.fields.dueDate'), dataIndex: 'dueDate', key: 'dueDate' },
    {
      title: t('receivables.fields.amount'),
      key: 'amount',
      align: 'right',
      render: (_, r) => formatFenText(r.amountFen),
    },
    {
      title: t('receivables.fields.collected'),
      key: 'collected',
      align: 'right',
      render: (_, r) => formatFenText(r.collectedFen),
    },
    {
      title: t('receivables.fields.open'),
      key: 'open',
      align: 'right',
      render: (_, r) => formatFenText(r.openFen),
    },
    {
      title: t('receivables.fields.status'),
      key: 'status',
      render: (_, r) => <ReceivableStatusTag row={r} />,
    },
  ];
  return (
    <>
      <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />
      <Table<TReceivable>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={page.data?.items}
        loading={page.isFetching}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: page.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (p, s) => setPaging({ page: p, pageSize: s }),
        }}
        data-testid="customer-receivables"
      />
    </>
  );
}
