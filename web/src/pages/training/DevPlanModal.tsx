import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';
import { type TDevPlan, useSaveDevPlan } from './hooks';

interface Values {
  userId: string;
  year: number;
  goals: string;
  actions: { action: string; dueOn: Dayjs; done?: boolean }[];
}

/** OPS-8: write (or rewrite) a person's development plan — goals, actions with due dates. */
export function DevPlanModal({
  open,
  plan,
  onClose,
}: {
  open: boolean;
  plan: TDevPlan | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveDevPlan();
  const required = { required: true, message: t('validation.required') };
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('devPlans.write')}
      testId="dev-plan-form"
      width={640}
      initialValues={
        plan
          ? {
              userId: plan.user.id,
              year: plan.year,
              goals: plan.goals,
              actions: plan.actions.map((a) => ({ ...a, dueOn: dayjs(a.dueOn) })),
            }
          : { year: companyNow().year(), actions: [{ action: '', dueOn: companyNow().endOf('month') }] }
      }
      onSubmit={(v) =>
        save.mutateAsync({
          userId: v.userId,
          year: v.year,
          goals: v.goals,
          actions: v.actions.map((a) => ({
            action: a.action,
            dueOn: a.dueOn.format('YYYY-MM-DD'),
            done: a.done ?? false,
          })),
        })
      }
    >
      <Form.Item name="userId" label={t('devPlans.person')} rules={[required]}>
        <UserSelect initial={plan?.user ?? null} disabled={plan !== null} />
      </Form.Item>
      <Form.Item name="year" label={t('devPlans.year')} rules={[required]}>
        <InputNumber min={2000} max={2100} precision={0} disabled={plan !== null} />
      </Form.Item>
      <Form.Item name="goals" label={t('devPlans.goals')} rules={[{ ...required, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.List name="actions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'action']} rules={[{ ...required, whitespace: true }]}>
                  <Input placeholder={t('devPlans.action')} maxLength={300} style={{ width: 280 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'dueOn']} rules={[required]}>
                  <DatePicker placeholder={t('devPlans.dueOn')} />
                </Form.Item>
                {fields.length > 1 && (
                  <MinusCircleOutlined
                    aria-label={t('devPlans.removeAction')}
                    onClick={() => remove(f.name)}
                  />
                )}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ action: '', dueOn: companyNow() })}
            >
              {t('devPlans.addAction')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
