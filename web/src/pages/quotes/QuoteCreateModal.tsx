import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateQuote } from '../../api/hooks/quotes';
import { FormModal } from '../../components/FormModal';
import { CustomerPicker } from '../opportunities/CustomerPicker';

interface Values {
  customerId: string;
  validUntil?: Dayjs | null;
  remark?: string;
}

/**
 * Q2C-3: a new draft quote for a customer (preset from the customer page); its lines are
 * entered on the quote's page, which opens next.
 */
export function QuoteCreateModal({
  open,
  onClose,
  customer,
}: {
  open: boolean;
  onClose: () => void;
  customer?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateQuote();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('quotes.createTitle')}
      testId="quote-create-form"
      successMessage={t('quotes.created')}
      initialValues={{ customerId: customer?.id }}
      onSubmit={async (v) => {
        const quote = await create.mutateAsync({
          customerId: v.customerId,
          validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : undefined,
          remark: v.remark ?? null,
          lines: [],
        });
        navigate(`/quotes/${quote.id}`);
      }}
    >
      <Form.Item
        name="customerId"
        label={t('quotes.fields.customer')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <CustomerPicker initial={customer} disabled={customer !== undefined} />
      </Form.Item>
      <Form.Item name="validUntil" label={t('quotes.fields.validUntil')} extra={t('quotes.validityHint')}>
        <DatePicker style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="remark" label={t('quotes.fields.remark')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}
