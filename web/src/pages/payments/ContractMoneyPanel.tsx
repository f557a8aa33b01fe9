import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useContractMoney, useInvoicePage, usePaymentPage, usePlan } from '../../api/hooks/payments';
import type { TInstalment, TInvoice, TPayment } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { InvoiceModal } from './InvoiceModal';
import { PaymentDrawer } from './PaymentDrawer';
import { PlanChangeDrawer } from './PlanChangeDrawer';
import { PlanChangeModal } from './PlanChangeModal';
import { type PaymentSort, usePaymentColumns } from './payment-columns';
import { InstalmentStatusTag } from './payment-labels';
import { RecordPaymentModal } from './RecordPaymentModal';

/** 合同金额 · 已开票 · 已回款 · 待确认 · 未收 (AR-3/AR-4: only confirmed money counts as collected). */
function MoneySummary({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const money = useContractMoney(contractId);
  const m = money.data;
  const items: [string, string | undefined][] = [
    ['contractAmount', m?.contractAmountFen],
    ['invoiced', m?.invoicedFen],
    ['collected', m?.collectedFen],
    ['pending', m?.pendingFen],
    ['outstanding', m?.outstandingFen],
  ];
  return (
    <>
      <ErrorAlert error={money.error} onRetry={() => void money.refetch()} />
      <Row gutter={16} data-testid="contract-money-summary">
        {items.map(([key, fen]) => (
          <Col key={key} xs={12} md={4}>
            <Statistic
              title={t(`payments.money.${key}`)}
              value={fen === undefined ? '—' : formatFenText(fen)}
            />
          </Col>
        ))}
        {m && (m.creditNotesFen !== '0' || m.writtenOffFen !== '0') && (
          <Col xs={24} md={4}>
            <Typography.Text type="secondary">
              {t('payments.money.adjustments', {
                credit: formatFenText(m.creditNotesFen),
                writtenOff: formatFenText(m.writtenOffFen),
              })}
            </Typography.Text>
          </Col>
        )}
      </Row>
    </>
  );
}

/**
 * The money of one contract (AR-1 … AR-4): summary, the payment plan with each instalment's
 * status and "change the plan", the contract's payments ("record a payment"), and its invoices
 * ("record an invoice" for finance). Mounted on the contract page.
 */
export function ContractMoneyPanel({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const plan = usePlan(contractId);
  const table = useServerTable<{ contractId: string }, PaymentSort>({
    filters: { contractId },
    pageSize: 10,
  });
  const payments = usePaymentPage({ ...table.params, contractId });
  const invoiceTable = useServerTable<{ contractId: string }>({ filters: { contractId }, pageSize: 10 });
  const invoices = useInvoicePage({ ...invoiceTable.params, contractId });
  const [paymentId, setPaymentId] = useState<string>();
  const [planChangeId, setPlanChangeId] = useState<string>();
  const [changing, setChanging] = useState(false);
  const [recording, setRecording] = useState(false);
  const [invoicing, setInvoicing] = useState(false);
  const columns = usePaymentColumns({ onOpen: setPaymentId, showContract: false, showCustomer: false });
  const p = plan.data;
  const signed = (p?.instalments.length ?? 0) > 0;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="contract-money">
      <Card size="small" title={t('payments.money.title')}>
        <MoneySummary contractId={contractId} />
      </Card>
      <Card
        size="small"
        title={t('payments.plan.title')}
        extra={
          p?.pendingChangeId ? (
            <Button type="link" onClick={() => setPlanChangeId(p.pendingChangeId ?? undefined)}>
              {t('payments.planChange.underReview')}
            </Button>
          ) : (
            can('plan:change') &&
            p &&
            p.changeableFen !== '0' && (
              <Button onClick={() => setChanging(true)} data-testid="plan-change">
                {t('payments.planChange.button')}
              </Button>
            )
          )
        }
      >
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
        <Table<TInstalment>
          rowKey="id"
          size="small"
          pagination={false}
          loading={plan.isFetching}
          dataSource={p?.instalments}
          locale={{ emptyText: t('payments.plan.empty') }}
          data-testid="plan-table"
          columns={[
            { key: 'seq', title: t('payments.plan.seq'), dataIndex: 'seq' },
            { key: 'dueDate', title: t('payments.plan.dueDate'), dataIndex: 'dueDate' },
            {
              key: 'amount',
              title: t('payments.plan.amount'),
              align: 'right',
              render: (_, i) => formatFenText(i.amountFen),
            },
            {
              key: 'confirmed',
              title: t('payments.plan.confirmed'),
              align: 'right',
              render: (_, i) => formatFenText(i.confirmedFen),
            },
            {
              key: 'pending',
              title: t('payments.plan.pending'),
              align: 'right',
              render: (_, i) => (i.pendingFen === '0' ? '' : formatFenText(i.pendingFen)),
            },
            {
              key: 'open',
              title: t('payments.plan.open'),
              align: 'right',
              render: (_, i) => formatFenText(i.openFen),
            },
            {
              key: 'status',
              title: t('payments.plan.status'),
              render: (_, i) => <InstalmentStatusTag instalment={i} />,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('payments.contractPayments')}
        extra={
          can('payment:create') &&
          signed && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="payment-record"
            >
              {t('payments.record.button')}
            </Button>
          )
        }
      >
        <PagedTable<TPayment, { contractId: string }, PaymentSort>
          query={payments}
          table={table}
          columns={columns}
        />
      </Card>
      <Card
        size="small"
        title={t('payments.invoices.title')}
        extra={
          can('invoice:write') &&
          signed && (
            <Button icon={<PlusOutlined />} onClick={() => setInvoicing(true)} data-testid="invoice-record">
              {t('payments.invoices.record')}
            </Button>
          )
        }
      >
        <PagedTable<TInvoice, { contractId: string }, string>
          query={invoices}
          table={invoiceTable}
          columns={[
            { key: 'fapiaoNo', title: t('payments.invoices.fapiaoNo'), dataIndex: 'fapiaoNo' },
            {
              key: 'kind',
              title: t('payments.invoices.kind'),
              render: (_, v) => t(`payments.invoices.kinds.${v.kind}`),
            },
            {
              key: 'amount',
              title: t('payments.fields.amount'),
              align: 'right',
              render: (_, v) => formatFenText(v.amountFen),
            },
            { key: 'issuedOn', title: t('payments.invoices.issuedOn'), dataIndex: 'issuedOn' },
            { key: 'remark', title: t('payments.fields.remark'), dataIndex: 'remark' },
            {
              key: 'by',
              title: t('payments.fields.createdBy'),
              render: (_, v) => `${v.createdBy?.displayName ?? ''} ${formatDateTime(v.createdAt)}`,
            },
          ]}
        />
      </Card>
      {p && changing && <PlanChangeModal plan={p} open={changing} onClose={() => setChanging(false)} />}
      {recording && (
        <RecordPaymentModal
          open={recording}
          onClose={() => setRecording(false)}
          contract={{ id: contractId }}
          customer={p?.customer}
          onCreated={(created) => setPaymentId(created.id)}
        />
      )}
      {invoicing && (
        <InvoiceModal contractId={contractId} open={invoicing} onClose={() => setInvoicing(false)} />
      )}
      <PaymentDrawer id={paymentId} onClose={() => setPaymentId(undefined)} />
      <PlanChangeDrawer id={planChangeId} onClose={() => setPlanChangeId(undefined)} />
    </Space>
  );
}
