import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQuotePage, useReportOrderIntent } from '../../api/hooks/quotes';
import { FormModal } from '../../components/FormModal';
import { isYuanInput, yuanInputToFenText } from '../../components/format';
import { CustomerPicker } from '../opportunities/CustomerPicker';

interface Values {
  customerId: string;
  quoteId?: string;
  expectedAmountFen?: string;
  expectedOrderDate?: Dayjs | null;
  note: string;
}

/** Q2C-4: report an order intent to my direct superior before the customer orders. */
export function ReportIntentModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportOrderIntent();
  const [form] = Form.useForm<Values>();
  const customerId = Form.useWatch('customerId', form);
  const quotes = useQuotePage({ customerId, pageSize: 50 });
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('quotes.intents.reportTitle')}
      testId="order-intent-form"
      successMessage={t('quotes.intents.reported')}
      onSubmit={(v) =>
        report.mutateAsync({
          customerId: v.customerId,
          quoteId: v.quoteId ?? null,
          expectedAmountFen: yuanInputToFenText(v.expectedAmountFen) ?? null,
          expectedOrderDate: v.expectedOrderDate ? v.expectedOrderDate.format('YYYY-MM-DD') : null,
          note: v.note,
        })
      }
    >
      <Form.Item
        name="customerId"
        label={t('quotes.fields.customer')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <CustomerPicker onChange={() => form.setFieldValue('quoteId', undefined)} />
      </Form.Item>
      <Form.Item name="quoteId" label={t('quotes.intents.quote')}>
        <Select
          allowClear
          disabled={!customerId}
          loading={quotes.isFetching}
          options={(customerId ? (quotes.data?.items ?? []) : []).map((q) => ({
            value: q.id,
            label: `${q.number} · ${t(`quotes.status.${q.status}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="expectedAmountFen"
        label={t('quotes.intents.expectedAmount')}
        rules={[
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && !isYuanInput(value)) throw new Error(t('products.amountInvalid'));
            },
          },
        ]}
      >
        <Input prefix="¥" inputMode="decimal" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="expectedOrderDate" label={t('quotes.intents.expectedOrderDate')}>
        <DatePicker style={{ width: 240 }} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('quotes.intents.note')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
      </Form.Item>
    </FormModal>
  );
}
