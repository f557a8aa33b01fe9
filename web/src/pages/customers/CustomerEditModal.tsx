import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomerLevels, useUpdateCustomer } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TCustomer } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import {
  CustomerFields,
  type CustomerFormValues,
  customerBody,
  customerFormValues,
  toCustomerFormErrors,
} from './CustomerFields';
import { LiveDuplicateAlert } from './DuplicateAlert';

/** CUS-1: edit the customer file (owner and write collaborators). */
export function CustomerEditModal({
  customer,
  open,
  onClose,
}: {
  customer: TCustomer;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [form] = Form.useForm<CustomerFormValues>();
  const { levels, isPending, error: levelsError } = useCustomerLevels();
  const update = useUpdateCustomer();
  // A level the policy no longer lists stays choosable for this customer.
  const options = levels.includes(customer.level) ? levels : [...levels, customer.level];
  return (
    <FormModal<CustomerFormValues>
      open={open}
      onClose={onClose}
      form={form}
      width={760}
      title={t('customers.edit', { name: customer.name })}
      loading={open && isPending}
      initialValues={customerFormValues(customer)}
      onSubmit={async (values) => {
        try {
          await update.mutateAsync({
            id: customer.id,
            body: customerBody(values, { credit: can('customer:credit') }),
          });
        } catch (error) {
          throw toCustomerFormErrors(error);
        }
      }}
      testId="customer-edit-form"
    >
      <ErrorAlert error={levelsError} />
      <LiveDuplicateAlert form={form} excludeId={customer.id} />
      <CustomerFields levels={options} />
    </FormModal>
  );
}
