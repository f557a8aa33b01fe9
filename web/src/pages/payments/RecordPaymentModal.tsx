import { DatePicker, Form, Input, Select, Switch, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePaymentChoices, usePlan, useRecordPayment } from '../../api/hooks/payments';
import type { TPaymentDetail, TPaymentMethod } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { formatFenText } from '../../components/format';
import { MoneyInput } from '../../components/MoneyInput';
import { usePhone } from '../../components/use-phone';
import { CustomerPicker } from '../opportunities/CustomerPicker';
import { PaymentContractPicker } from './PaymentContractPicker';
import { InstalmentStatusTag, paymentMethods } from './payment-labels';

interface Values {
  customerId: string;
  contractId?: string;
  method: TPaymentMethod;
  /** Integer fen as digits (MoneyInput). */
  amountFen: string | null;
  receivedOn: Dayjs;
  payer: string;
  voucherNo?: string;
  remark?: string;
  manual?: boolean;
  alloc?: Record<string, string | null | undefined>;
}

/**
 * AR-2: the payer is prefilled from the customer (the payer of their latest payment, else their
 * name) while the field is empty or still holds the previous prefill — never over what was typed.
 */
function usePayerPrefill(form: ReturnType<typeof Form.useForm<Values>>[0], payer: string | undefined) {
  const prefilled = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (payer === undefined) return;
    const current = form.getFieldValue('payer') as string | undefined;
    if (!current?.trim() || current === prefilled.current) {
      form.setFieldsValue({ payer });
      prefilled.current = payer;
    }
  }, [form, payer]);
}

/** A new key each time the dialog opens: a double click or a retry of one entry records one payment (AR-2). */
function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/**
 * AR-2/AR-3: 登记回款 — customer, one of its signed contracts (or none: oldest due first over all
 * of them), method, amount in yuan, date, payer, voucher number, and optionally a split over the
 * contract's open instalments. The slip and vouchers are attached on the payment afterwards.
 */
export function RecordPaymentModal({
  open,
  onClose,
  customer,
  contract,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  customer?: { id: string; name: string };
  contract?: { id: string };
  onCreated?: (p: TPaymentDetail) => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const record = useRecordPayment();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState(newKey);
  useEffect(() => {
    if (open) setKey(newKey());
  }, [open]);
  const customerId = Form.useWatch('customerId', form);
  const contractId = Form.useWatch('contractId', form);
  const manual = Form.useWatch('manual', form);
  const plan = usePlan(manual && contractId ? contractId : undefined);
  const open_ = (plan.data?.instalments ?? []).filter((i) => i.openFen !== '0');
  const choices = usePaymentChoices(open ? customerId : undefined);
  usePayerPrefill(form, choices.data?.payer);

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('payments.record.title')}
      width={680}
      testId="payment-form"
      successMessage={t('payments.record.done')}
      initialValues={{
        customerId: customer?.id,
        contractId: contract?.id,
        method: 'bank_transfer',
        receivedOn: companyNow(),
        manual: false,
      }}
      onSubmit={async (v) => {
        const allocations = v.manual
          ? Object.entries(v.alloc ?? {})
              .map(([instalmentId, amountFen]) => ({ instalmentId, amountFen }))
              .filter(
                (a): a is { instalmentId: string; amountFen: string } => !!a.amountFen && a.amountFen !== '0',
              )
          : undefined;
        const created = await record.mutateAsync({
          key,
          customerId: v.customerId,
          contractId: v.contractId ?? null,
          method: v.method,
          amountFen: v.amountFen ?? '',
          receivedOn: v.receivedOn.format('YYYY-MM-DD'),
          payer: v.payer,
          voucherNo: v.voucherNo ?? null,
          remark: v.remark ?? null,
          ...(allocations?.length ? { allocations } : {}),
        });
        onCreated?.(created);
      }}
    >
      <Form.Item
        name="customerId"
        label={t('payments.fields.customer')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <CustomerPicker
          initial={customer ?? null}
          disabled={!!customer}
          autoFocus={!customer}
          onChange={() => form.setFieldsValue({ contractId: undefined, alloc: {} })}
        />
      </Form.Item>
      <Form.Item
        name="contractId"
        label={t('payments.fields.contract')}
        extra={t('payments.record.contractHint')}
      >
        <PaymentContractPicker
          contracts={choices.data?.contracts ?? []}
          loading={choices.isFetching}
          disabled={!customerId || !!contract}
          allowClear
        />
      </Form.Item>
      <Form.Item name="method" label={t('payments.fields.method')} rules={[{ required: true }]}>
        <Select
          style={{ width: phone ? '100%' : 240 }}
          options={paymentMethods.map((m) => ({ value: m, label: t(`payments.method.${m}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={t('payments.fields.amountYuan')}
        rules={[
          { required: true, message: t('validation.required') },
          {
            validator: async (_, value?: string | null) => {
              if (value === '0') throw new Error(t('payments.record.amountInvalid'));
            },
          },
        ]}
      >
        <MoneyInput
          style={{ width: phone ? '100%' : 240 }}
          autoFocus={!!customer}
          data-testid="payment-amount"
        />
      </Form.Item>
      <Form.Item
        name="receivedOn"
        label={t('payments.fields.receivedOn')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        {/* On a phone the day is tapped in the calendar: no keyboard over it. */}
        <DatePicker
          style={{ width: phone ? '100%' : 240 }}
          inputReadOnly={phone}
          data-testid="payment-received-on"
        />
      </Form.Item>
      <Form.Item
        name="payer"
        label={t('payments.fields.payer')}
        extra={choices.data ? t('payments.record.payerHint') : undefined}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="voucherNo" label={t('payments.fields.voucherNo')}>
        <Input maxLength={100} style={{ width: phone ? '100%' : 240 }} />
      </Form.Item>
      <Form.Item name="remark" label={t('payments.fields.remark')}>
        <Input.TextArea maxLength={2000} rows={2} />
      </Form.Item>
      <Form.Item name="manual" label={t('payments.record.manual')} valuePropName="checked">
        <Switch disabled={!contractId} />
      </Form.Item>
      {manual && contractId && (
        <>
          <Typography.Paragraph type="secondary">{t('payments.record.manualHint')}</Typography.Paragraph>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            loading={plan.isFetching}
            scroll={{ x: 'max-content' }}
            dataSource={open_}
            locale={{ emptyText: t('payments.plan.empty') }}
            columns={[
              { key: 'seq', title: t('payments.plan.seq'), dataIndex: 'seq' },
              { key: 'dueDate', title: t('payments.plan.dueDate'), dataIndex: 'dueDate' },
              {
                key: 'open',
                title: t('payments.plan.open'),
                render: (_, i) => formatFenText((BigInt(i.openFen) - BigInt(i.pendingFen)).toString()),
              },
              {
                key: 'status',
                title: t('payments.plan.status'),
                render: (_, i) => <InstalmentStatusTag instalment={i} />,
              },
              {
                key: 'alloc',
                title: t('payments.record.allocYuan'),
                render: (_, i) => (
                  <Form.Item name={['alloc', i.id]} noStyle>
                    <MoneyInput style={{ width: 160 }} />
                  </Form.Item>
                ),
              },
            ]}
          />
        </>
      )}
    </FormModal>
  );
}
