import { Alert, Button, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerLookup, useLogService } from '../../api/hooks/customers';
import { companyNow, fromPickerValue } from '../../components/company-time';
import { DateTimeField } from '../../components/DateTimeField';
import { FormModal } from '../../components/FormModal';
import { useDebounced } from '../../components/use-debounced';

interface Values {
  customerId: string;
  occurredAt: Dayjs;
  content: string;
}

/** CUS-5: find any customer company-wide by name (only its name and owner are shown). */
function CustomerLookupSelect(props: { value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useCustomerLookup(q);
  return (
    <Select<string>
      {...props}
      autoFocus
      placeholder={t('customers.service.lookupPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={q.length < 2 ? t('customers.service.lookupHint') : t('common.noMatch')}
      options={(found.data ?? []).map((c) => ({
        value: c.id,
        label: c.owner
          ? t('customers.service.lookupOption', { name: c.name, owner: c.owner.displayName })
          : t('customers.service.lookupOptionPool', { name: c.name }),
      }))}
      data-testid="service-customer"
    />
  );
}

/**
 * CUS-5 (任何客户都是公司的客户): anyone logs service for any customer; its owner sees it on
 * the timeline. With a customer given it is for that one, else the user looks one up.
 */
export function ServiceLogModal({
  open,
  onClose,
  customer,
}: {
  open: boolean;
  onClose: () => void;
  customer?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const log = useLogService();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={
        customer ? t('customers.service.titleFor', { name: customer.name }) : t('customers.service.title')
      }
      okText={t('customers.service.submit')}
      successMessage={t('customers.service.logged')}
      initialValues={{ customerId: customer?.id, occurredAt: companyNow() }}
      onSubmit={({ customerId, occurredAt, content }) =>
        log.mutateAsync({ id: customerId, body: { occurredAt: fromPickerValue(occurredAt), content } })
      }
      testId="service-form"
    >
      <Alert type="info" showIcon title={t('customers.service.rule')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="customerId"
        label={t('customers.service.customer')}
        hidden={customer !== undefined}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <CustomerLookupSelect />
      </Form.Item>
      <Form.Item
        name="occurredAt"
        label={t('customers.followUp.occurredAt')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DateTimeField />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('customers.service.content')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount autoFocus={customer !== undefined} />
      </Form.Item>
    </FormModal>
  );
}

/** The list's entry to CUS-5: log service for a customer that is not in my list. */
export function ServiceForAnyCustomerButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="service-any">
        {t('customers.service.forAny')}
      </Button>
      <ServiceLogModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
