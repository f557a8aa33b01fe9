import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useCreateOpportunity, useUpdateOpportunity } from '../../api/hooks/opportunities';
import type { TOpportunity, TOpportunityCreate } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { fenTextToYuanInput, isYuanInput, yuanInputToFenText } from '../../components/format';
import { CustomerPicker } from './CustomerPicker';
import { openStages } from './stages';

interface Values {
  customerId: string;
  name: string;
  amount: string;
  expectedCloseDate: Dayjs;
  stage: NonNullable<TOpportunityCreate['stage']>;
  remark?: string;
}

/** The server names the amount `amountFen`; the form types yuan in `amount`. */
function onAmountField(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields.amountFen) return error;
  const { amountFen, ...rest } = error.fields;
  return new ApiError(error.status, error.code, error.message, { ...rest, amount: amountFen });
}

/**
 * CUS-8: create an opportunity (customer, name, amount in yuan, expected close date, first
 * stage) or edit an open one. `customer` presets and fixes the customer (the customer page).
 */
export function OpportunityFormModal({
  open,
  onClose,
  opportunity,
  customer,
}: {
  open: boolean;
  onClose: () => void;
  opportunity?: TOpportunity;
  customer?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity();
  const fixedCustomer = opportunity?.customer ?? customer;
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t(opportunity ? 'opportunities.editTitle' : 'opportunities.createTitle')}
      width={600}
      testId="opportunity-form"
      successMessage={opportunity ? undefined : t('opportunities.created')}
      initialValues={
        opportunity
          ? {
              customerId: opportunity.customer.id,
              name: opportunity.name,
              amount: fenTextToYuanInput(opportunity.amountFen),
              expectedCloseDate: opportunity.expectedCloseDate
                ? dayjs(opportunity.expectedCloseDate)
                : undefined,
              remark: opportunity.remark ?? undefined,
            }
          : { customerId: customer?.id, stage: 'lead' }
      }
      onSubmit={async (v) => {
        const common = {
          name: v.name,
          amountFen: yuanInputToFenText(v.amount) ?? '',
          expectedCloseDate: v.expectedCloseDate.format('YYYY-MM-DD'),
          remark: v.remark ?? null,
        };
        try {
          if (opportunity) await update.mutateAsync({ id: opportunity.id, ...common });
          else await create.mutateAsync({ ...common, customerId: v.customerId, stage: v.stage });
        } catch (e) {
          throw onAmountField(e);
        }
      }}
    >
      <Form.Item
        name="customerId"
        label={t('opportunities.fields.customer')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <CustomerPicker initial={fixedCustomer} disabled={fixedCustomer !== undefined} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('opportunities.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('opportunities.fields.amountYuan')}
        extra={t('opportunities.amountHint')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && !isYuanInput(value)) throw new Error(t('opportunities.amountInvalid'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item
        name="expectedCloseDate"
        label={t('opportunities.fields.expectedCloseDate')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DatePicker style={{ width: 240 }} />
      </Form.Item>
      {!opportunity && (
        <Form.Item
          name="stage"
          label={t('opportunities.fields.stage')}
          extra={t('opportunities.stageStartHint')}
        >
          <Select
            style={{ width: 240 }}
            options={openStages.map((s) => ({ value: s, label: t(`opportunities.stages.${s}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="remark" label={t('opportunities.fields.remark')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
