import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useRecordInvoice } from '../../api/hooks/payments';
import type { TInvoiceKind } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { isYuanInput, yuanInputToFenText } from '../../components/format';

interface Values {
  fapiaoNo: string;
  kind: TInvoiceKind;
  amount: string;
  issuedOn: Dayjs;
  remark?: string;
}

function onYuanFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields.amountFen) return error;
  const { amountFen, ...rest } = error.fields;
  return new ApiError(error.status, error.code, error.message, { ...rest, amount: amountFen });
}

/** AR-3: 登记发票 — fapiao number, ordinary or special VAT, amount in yuan, date. */
export function InvoiceModal({
  contractId,
  open,
  onClose,
}: {
  contractId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordInvoice();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('payments.invoices.recordTitle')}
      testId="invoice-form"
      initialValues={{ kind: 'ordinary', issuedOn: companyNow() }}
      onSubmit={async (v) => {
        try {
          await record.mutateAsync({
            contractId,
            fapiaoNo: v.fapiaoNo,
            kind: v.kind,
            amountFen: yuanInputToFenText(v.amount) ?? '',
            issuedOn: v.issuedOn.format('YYYY-MM-DD'),
            remark: v.remark ?? null,
          });
        } catch (e) {
          throw onYuanFields(e);
        }
      }}
    >
      <Form.Item
        name="fapiaoNo"
        label={t('payments.invoices.fapiaoNo')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={40} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="kind" label={t('payments.invoices.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(['ordinary', 'special'] as const).map((k) => ({
            value: k,
            label: t(`payments.invoices.kinds.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('payments.fields.amountYuan')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && (!isYuanInput(value) || yuanInputToFenText(value) === '0'))
                throw new Error(t('payments.record.amountInvalid'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item
        name="issuedOn"
        label={t('payments.invoices.issuedOn')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DatePicker style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="remark" label={t('payments.fields.remark')}>
        <Input.TextArea maxLength={2000} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
