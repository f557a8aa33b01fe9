import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useRequestPlanChange } from '../../api/hooks/payments';
import type { TPlan } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { formatFenText, isYuanInput, yuanInputToFenText } from '../../components/format';

interface Values {
  rows: { dueDate?: Dayjs; amount?: string }[];
  reason: string;
}

/**
 * AR-1: 变更回款计划 — re-spread what is still open (and not held by a payment awaiting
 * confirmation) over new due dates. Goes to the sales manager and finance for approval.
 */
export function PlanChangeModal({
  plan,
  open,
  onClose,
}: {
  plan: TPlan;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const request = useRequestPlanChange();
  const [form] = Form.useForm<Values>();
  const rows = Form.useWatch('rows', form) ?? [];
  const sum = rows.reduce((n, r) => n + BigInt(yuanInputToFenText(r?.amount ?? '') ?? '0'), 0n);
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('payments.planChange.title')}
      width={620}
      testId="plan-change-form"
      successMessage={t('payments.planChange.requested')}
      initialValues={{ rows: [{ amount: '' }] }}
      onSubmit={(v) =>
        request.mutateAsync({
          contractId: plan.contractId,
          reason: v.reason,
          instalments: v.rows.map((r) => ({
            dueDate: r.dueDate?.format('YYYY-MM-DD') ?? '',
            amountFen: yuanInputToFenText(r.amount) ?? '',
          })),
        })
      }
    >
      <Typography.Paragraph>
        {t('payments.planChange.hint', { amount: formatFenText(plan.changeableFen) })}
      </Typography.Paragraph>
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline">
                <Form.Item
                  name={[f.name, 'dueDate']}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <DatePicker placeholder={t('payments.plan.dueDate')} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'amount']}
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
                  <Input inputMode="decimal" prefix="¥" placeholder={t('payments.fields.amountYuan')} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ amount: '' })}>
                {t('payments.planChange.addRow')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Typography.Paragraph type={sum.toString() === plan.changeableFen ? 'success' : 'warning'}>
        {t('payments.planChange.sum', {
          sum: formatFenText(sum.toString()),
          target: formatFenText(plan.changeableFen),
        })}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('payments.fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
