import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';
import { enumLabel } from '../../i18n/labels';
import { CustomerPicker } from '../opportunities/CustomerPicker';
import { type TRisk, type TRiskCreate, useCreateRisk, useUpdateRisk } from './hooks';

export const riskCategories = ['market', 'customer_credit', 'contract', 'collection', 'compliance'] as const;

/**
 * RISK-1: record a risk, or change one — title, category, likelihood and impact (1–5), owner,
 * controls, review date, an optional customer. A system risk keeps its category and customer.
 */
export function RiskFormModal({ open, onClose, risk }: { open: boolean; onClose: () => void; risk?: TRisk }) {
  const { t } = useTranslation();
  const create = useCreateRisk();
  const update = useUpdateRisk();
  const navigate = useNavigate();
  const system = risk?.source === 'system';
  return (
    <FormModal<TRiskCreate>
      open={open}
      title={risk ? t('risks.edit') : t('risks.create')}
      onClose={onClose}
      okText={t('risks.save')}
      successMessage={t('risks.saved')}
      initialValues={
        risk
          ? {
              title: risk.title,
              description: risk.description,
              category: risk.category,
              likelihood: risk.likelihood,
              impact: risk.impact,
              ownerId: risk.owner.id,
              controls: risk.controls,
              reviewOn: risk.reviewOn,
              customerId: risk.customer?.id ?? null,
            }
          : { category: 'market', likelihood: 3, impact: 3 }
      }
      testId="risk-form"
      onSubmit={async (body) => {
        if (risk) {
          await update.mutateAsync({ id: risk.id, body });
          return;
        }
        const made = await create.mutateAsync(body);
        navigate(`/risks/${made.id}`);
      }}
    >
      <Form.Item name="title" label={t('risks.fields.title')} rules={[{ required: true }]}>
        <Input maxLength={200} autoFocus />
      </Form.Item>
      <Form.Item name="category" label={t('risks.fields.category')} rules={[{ required: true }]}>
        <Select
          disabled={system}
          options={riskCategories.map((c) => ({ value: c, label: enumLabel(t, 'category', c) }))}
        />
      </Form.Item>
      <Form.Item name="likelihood" label={t('risks.fields.likelihood')} rules={[{ required: true }]}>
        <InputNumber min={1} max={5} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="impact" label={t('risks.fields.impact')} rules={[{ required: true }]}>
        <InputNumber min={1} max={5} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="ownerId" label={t('risks.fields.owner')} rules={[{ required: true }]}>
        <UserSelect initial={risk?.owner ?? null} />
      </Form.Item>
      <Form.Item name="reviewOn" label={t('risks.fields.reviewOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="controls" label={t('risks.fields.controls')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="description" label={t('risks.fields.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="customerId" label={t('risks.fields.customer')}>
        <CustomerPicker allowClear disabled={system} initial={risk?.customer ?? null} />
      </Form.Item>
    </FormModal>
  );
}
