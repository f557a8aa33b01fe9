import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomer } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import { useApplyCredit, useCreditBalance, usePaymentPage } from '../../api/hooks/payments';
import type { TPayment } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useAction } from '../../components/use-action';
import { useServerTable } from '../../components/use-server-table';
import { PaymentDrawer } from './PaymentDrawer';
import { type PaymentSort, usePaymentColumns } from './payment-columns';
import { RecordPaymentModal } from './RecordPaymentModal';

/** The customer's credit (overpayments): balance, movements, and finance's "apply to what is owed". */
function CreditCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const balance = useCreditBalance(customerId);
  const apply = useApplyCredit();
  const b = balance.data;
  const positive = b !== undefined && BigInt(b.balanceFen) > 0n;
  const { run } = useAction();
  const doApply = () =>
    run(
      () => apply.mutateAsync({ customerId }),
      (r) => t('payments.credit.applied', { amount: formatFenText(r.appliedFen) }),
    );
  return (
    <Card
      size="small"
      title={t('payments.credit.title')}
      extra={
        can('payment:confirm') &&
        positive && (
          <Popconfirm
            title={t('payments.credit.applyAsk')}
            okText={t('payments.credit.apply')}
            cancelText={t('common.cancel')}
            onConfirm={doApply}
          >
            <Button loading={apply.isPending} data-testid="credit-apply">
              {t('payments.credit.apply')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <ErrorAlert error={balance.error} onRetry={() => void balance.refetch()} />
      <Statistic
        title={t('payments.credit.balance')}
        value={b ? formatFenText(b.balanceFen) : '—'}
        data-testid="credit-balance"
      />
      {b && b.entries.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          style={{ marginTop: 12 }}
          dataSource={b.entries}
          columns={[
            { key: 'at', title: t('common.time'), render: (_, e) => formatDateTime(e.at) },
            {
              key: 'kind',
              title: t('payments.credit.kind'),
              render: (_, e) => t(`payments.credit.kinds.${e.kind}`, { defaultValue: e.kind }),
            },
            {
              key: 'amount',
              title: t('payments.fields.amount'),
              align: 'right',
              render: (_, e) => formatFenText(e.amountFen),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** The customer page's 回款 tab: the customer's payments and credit balance; record a payment. */
export function CustomerPayments({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const table = useServerTable<{ customerId: string }, PaymentSort>({ filters: { customerId } });
  const page = usePaymentPage({ ...table.params, customerId });
  const [openId, setOpenId] = useState<string>();
  const [recording, setRecording] = useState(false);
  const columns = usePaymentColumns({ onOpen: setOpenId, showCustomer: false });
  const customer = useCustomer(customerId).data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="customer-payments">
      <CreditCard customerId={customerId} />
      <Card
        size="small"
        title={t('payments.title')}
        extra={
          can('payment:create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('payments.record.button')}
            </Button>
          )
        }
      >
        <PagedTable<TPayment, { customerId: string }, PaymentSort>
          query={page}
          table={table}
          columns={columns}
        />
      </Card>
      {recording && (
        <RecordPaymentModal
          open={recording}
          onClose={() => setRecording(false)}
          customer={{ id: customerId, name: customer?.name ?? '' }}
          onCreated={(p) => setOpenId(p.id)}
        />
      )}
      <PaymentDrawer id={openId} onClose={() => setOpenId(undefined)} />
    </Space>
  );
}
