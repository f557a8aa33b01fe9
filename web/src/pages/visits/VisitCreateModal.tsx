import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateVisit, useVisitPurposes } from '../../api/hooks/visits';
import type { TVisitPurpose } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { CustomerPicker } from '../opportunities/CustomerPicker';
import { purposeLabel } from './purpose-label';

interface Values {
  customerId: string;
  purpose: TVisitPurpose;
  plannedOn: Dayjs;
  plannedHours: number;
  note?: string;
}

/**
 * VIS-3/VIS-4: plan an ad hoc visit — the customer (fixed when opened from the customer), the
 * purpose from the company's list, the day and the hours to stay (预定停留时数), a note. Opens the
 * visit once planned.
 */
export function VisitCreateModal({
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
  const create = useCreateVisit();
  const purposes = useVisitPurposes();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('visits.create')}
      okText={t('visits.create')}
      successMessage={t('visits.created')}
      testId="visit-create-form"
      initialValues={{ customerId: customer?.id, plannedOn: companyNow(), plannedHours: 1 }}
      onSubmit={async (v) => {
        const visit = await create.mutateAsync({
          customerId: v.customerId,
          purpose: v.purpose,
          plannedOn: v.plannedOn.format('YYYY-MM-DD'),
          plannedMinutes: Math.round(v.plannedHours * 60),
          note: v.note ?? null,
        });
        navigate(`/visits/${visit.id}`);
      }}
    >
      <Form.Item
        name="customerId"
        label={t('visits.fields.customer')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <CustomerPicker initial={customer} disabled={customer !== undefined} />
      </Form.Item>
      <Form.Item
        name="purpose"
        label={t('visits.fields.purpose')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          loading={purposes.isPending}
          data-testid="visit-purpose"
          options={(purposes.data ?? []).map((p) => ({ value: p, label: purposeLabel(t, p) }))}
        />
      </Form.Item>
      <Form.Item
        name="plannedOn"
        label={t('visits.fields.plannedOn')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DatePicker
          allowClear={false}
          disabledDate={(d) => d.isBefore(companyNow(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="plannedHours"
        label={t('visits.fields.plannedHours')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber min={0.5} max={24} step={0.5} precision={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('visits.fields.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
