import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetCustomerCredit } from '../../api/hooks/customers';
import type { TCustomer } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { fenTextToYuanInput, isYuanInput, yuanInputToFenText } from '../../components/format';
import { renameFieldErrors } from './field-errors';

interface Values {
  creditLimitYuan?: string;
  creditRating?: string;
  reason: string;
}

/** CUS-9: finance or the director sets a customer's credit limit and rating, with a reason. */
export function CreditModal({
  open,
  onClose,
  customer,
}: {
  open: boolean;
  onClose: () => void;
  customer: TCustomer;
}) {
  const { t } = useTranslation();
  const set = useSetCustomerCredit();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('customers.credit.title', { name: customer.name })}
      okText={t('common.save')}
      successMessage={t('customers.credit.saved')}
      initialValues={{
        creditLimitYuan: fenTextToYuanInput(customer.creditLimitFen),
        creditRating: customer.creditRating ?? undefined,
      }}
      onSubmit={async (v) => {
        try {
          await set.mutateAsync({
            id: customer.id,
            body: {
              creditLimitFen: yuanInputToFenText(v.creditLimitYuan) ?? null,
              creditRating: v.creditRating?.trim() ? v.creditRating.trim() : null,
              reason: v.reason,
            },
          });
        } catch (error) {
          throw renameFieldErrors(error, (path) => (path === 'creditLimitFen' ? 'creditLimitYuan' : path));
        }
      }}
      testId="customer-credit-form"
    >
      <Form.Item
        name="creditLimitYuan"
        label={t('customers.fields.creditLimitYuan')}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              isYuanInput(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('customers.amountInvalid'))),
          },
        ]}
      >
        <Input prefix="¥" inputMode="decimal" autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item name="creditRating" label={t('customers.fields.creditRating')}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('customers.credit.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea maxLength={200} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
