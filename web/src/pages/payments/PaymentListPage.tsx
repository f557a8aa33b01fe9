import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan, useMe } from '../../api/hooks/me';
import { usePaymentPage } from '../../api/hooks/payments';
import type { TPayment, TPaymentListQuery, TPaymentMethod, TPaymentStatus } from '../../api/types';
import { DrillTag, useDrillFilters } from '../../components/DrillFilters';
import { ExportButton } from '../../components/ExportButton';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { CustomerPicker } from '../opportunities/CustomerPicker';
import { ConfirmSelectedButton } from './ConfirmSelectedButton';
import { PaymentDrawer } from './PaymentDrawer';
import { PlanChangeDrawer } from './PlanChangeDrawer';
import { type PaymentSort, usePaymentColumns } from './payment-columns';
import { paymentMethods, paymentStatuses } from './payment-labels';
import { RecordPaymentModal } from './RecordPaymentModal';

type Filters = Pick<
  TPaymentListQuery,
  'q' | 'status' | 'method' | 'customerId' | 'ownerId' | 'receivedFrom' | 'receivedTo'
>;
interface FormValues {
  q?: string;
  status?: TPaymentStatus;
  method?: TPaymentMethod;
  customerId?: string;
  ownerId?: string;
  received?: [Dayjs | null, Dayjs | null] | null;
}

/**
 * AR-2/AR-4: 回款 — every payment in my scope, filtered, sorted and paged by the server;
 * 登记回款; finance confirms, sends back or reverses from the payment drawer. `?id=` opens a
 * payment (notification links), `?planChange=` a plan change (approval links).
 */
export function PaymentListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const table = useServerTable<Filters, PaymentSort>();
  // OPS-5: a figure of the 工作台 opens the payments behind it (waiting, or confirmed in a period).
  const drill = useDrillFilters(['status', 'ownerId', 'receivedFrom', 'receivedTo']);
  const query = { ...table.params, ...(drill.filters as Filters) };
  const page = usePaymentPage(query);
  const [recording, setRecording] = useState(false);
  const [selected, setSelected] = useState<TPayment[]>([]);
  const confirms = can('payment:confirm');
  const openId = params.get('id') ?? undefined;
  const planChangeId = params.get('planChange') ?? undefined;
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const columns = usePaymentColumns({ onOpen: (id) => setParam('id', id) });
  const seesOthers = (me.data?.permissions['payment:read'] ?? 'own') !== 'own';
  const { page: _p, pageSize: _s, ...exportQuery } = query;
  return (
    <Card
      title={t('payments.title')}
      extra={
        <Space>
          {confirms && <ConfirmSelectedButton rows={selected} onDone={() => setSelected([])} />}
          {can('receivable:export') && <ExportButton path="/api/payments/export" query={exportQuery} />}
          {can('payment:create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="payment-record"
            >
              {t('payments.record.button')}
            </Button>
          )}
        </Space>
      }
    >
      <SearchForm<FormValues>
        onSearch={(v) =>
          table.setFilters({
            q: v.q || undefined,
            status: v.status,
            method: v.method,
            customerId: v.customerId || undefined,
            ownerId: v.ownerId || undefined,
            receivedFrom: v.received?.[0]?.format('YYYY-MM-DD'),
            receivedTo: v.received?.[1]?.format('YYYY-MM-DD'),
          })
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('payments.filters.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('payments.fields.status')}
            style={{ width: 120 }}
            options={paymentStatuses.map((s) => ({ value: s, label: t(`payments.status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="method">
          <Select
            allowClear
            placeholder={t('payments.fields.method')}
            style={{ width: 140 }}
            options={paymentMethods.map((m) => ({ value: m, label: t(`payments.method.${m}`) }))}
          />
        </Form.Item>
        <Form.Item name="customerId">
          <CustomerPicker allowClear style={{ width: 200 }} />
        </Form.Item>
        {seesOthers && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('payments.fields.owner')} />
          </Form.Item>
        )}
        <Form.Item name="received">
          <DatePicker.RangePicker
            placeholder={[t('payments.filters.receivedFrom'), t('payments.filters.receivedTo')]}
          />
        </Form.Item>
      </SearchForm>
      {drill.active && <DrillTag label={drill.label} onClear={drill.clear} testId="payment-drill" />}
      <PagedTable<TPayment, Filters, PaymentSort>
        query={page}
        table={table}
        columns={columns}
        rowSelection={
          confirms
            ? {
                selectedRowKeys: selected.map((r) => r.id),
                preserveSelectedRowKeys: true,
                onChange: (_, rows) => setSelected(rows.filter((r) => r !== undefined)),
                getCheckboxProps: (r) => ({ disabled: r.status !== 'pending' || r.kind !== 'receipt' }),
              }
            : undefined
        }
        data-testid="payment-table"
      />
      {recording && (
        <RecordPaymentModal
          open={recording}
          onClose={() => setRecording(false)}
          onCreated={(p) => setParam('id', p.id)}
        />
      )}
      <PaymentDrawer id={openId} onClose={() => setParam('id', undefined)} />
      <PlanChangeDrawer id={planChangeId} onClose={() => setParam('planChange', undefined)} />
    </Card>
  );
}
