import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { useDebounced } from '../../components/use-debounced';
import {
  type TTicketCreate,
  ticketPriorities,
  ticketTypes,
  useOpenTicket,
  useTicketCustomers,
} from './hooks';

/**
 * CUS-5: a picker over every customer by name — it shows names only, whoever owns the customer.
 */
export function TicketCustomerSelect({
  value,
  onChange,
  initial,
}: {
  value?: string;
  onChange?: (id: string) => void;
  initial?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const found = useTicketCustomers(q);
  const options = (found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (initial && !options.some((o) => o.value === initial.id))
    options.unshift({ value: initial.id, label: initial.name });
  return (
    <Select<string>
      value={value}
      onChange={(id) => onChange?.(id)}
      placeholder={t('service.customerSearch')}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.noMatch')}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={found.isFetching}
      options={options}
      data-testid="ticket-customer"
    />
  );
}

/** SVC-1/CUS-5: open a ticket for any customer — type, priority, what happened. */
export function TicketFormModal({
  open,
  onClose,
  customer,
}: {
  open: boolean;
  onClose: () => void;
  customer?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const submit = useOpenTicket();
  const navigate = useNavigate();
  return (
    <FormModal<TTicketCreate>
      open={open}
      title={t('service.create')}
      onClose={onClose}
      okText={t('service.submit')}
      successMessage={t('service.created')}
      initialValues={{ type: 'question', priority: 'normal', customerId: customer?.id }}
      testId="ticket-form"
      onSubmit={async (body) => {
        const made = await submit.mutateAsync(body);
        navigate(`/service-tickets/${made.id}`);
      }}
    >
      <Form.Item name="customerId" label={t('service.fields.customer')} rules={[{ required: true }]}>
        <TicketCustomerSelect initial={customer ?? null} />
      </Form.Item>
      <Form.Item name="type" label={t('service.fields.type')} rules={[{ required: true }]}>
        <Select options={ticketTypes.map((v) => ({ value: v, label: t(`service.types.${v}`) }))} />
      </Form.Item>
      <Form.Item name="priority" label={t('service.fields.priority')} rules={[{ required: true }]}>
        <Select options={ticketPriorities.map((v) => ({ value: v, label: t(`service.priorities.${v}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('service.fields.title')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('service.fields.description')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}
