import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../components/MoneyInput';
import { enumLabel } from '../../i18n/labels';
import type { TPlan, TPlanWrite } from './hooks';
import { AcceleratorTag } from './StatusTags';

interface TierRow {
  fromPct: number | null;
  ratePct: number | null;
}
export interface PlanFormValues {
  name: string;
  roleCode: string;
  effectiveFrom: dayjs.Dayjs;
  method: 'marginal' | 'retroactive';
  tiers: TierRow[];
  capFen: string | null;
  trueUp: 'none' | 'quarter' | 'year';
}

/** The preset roles that earn commission (their plans); the server checks the role exists. */
export const PLAN_ROLES = [
  'sales_rep',
  'sales_supervisor',
  'sales_manager',
  'regional_manager',
  'sales_assistant',
] as const;

/** Percent with up to two decimals ↔ basis points (integers: no float reaches the server). */
const toBp = (pct: number | null) => Math.round((pct ?? 0) * 100);

export function toPlanWrite(v: PlanFormValues, categoryRates: TPlanWrite['categoryRates'] = []): TPlanWrite {
  return {
    name: v.name,
    roleCode: v.roleCode,
    effectiveFrom: v.effectiveFrom.format('YYYY-MM'),
    method: v.method,
    tiers: v.tiers.map((r) => ({ fromBp: toBp(r.fromPct), rateBp: toBp(r.ratePct) })),
    capFen: v.capFen || null,
    categoryRates,
    trueUp: v.trueUp,
  };
}

export function planFormValues(p: TPlan | null): Partial<PlanFormValues> {
  if (!p) {
    return {
      method: 'marginal',
      trueUp: 'none',
      effectiveFrom: dayjs().startOf('month'),
      tiers: [{ fromPct: 0, ratePct: 3 }],
    };
  }
  return {
    name: p.name,
    roleCode: p.roleCode,
    effectiveFrom: dayjs(`${p.effectiveFrom}-01`),
    method: p.method,
    tiers: p.tiers.map((x) => ({ fromPct: x.fromBp / 100, ratePct: x.rateBp / 100 })),
    capFen: p.capFen,
    trueUp: p.trueUp,
  };
}

/**
 * INC-1: a plan's fields — the role, the first month, the method (marginal or retroactive), the
 * tiers as an editable table (attainment from, rate; a tier from 100% marked as an accelerator),
 * an optional cap and the true-up. Category rates are kept as they are (signed basis only).
 */
export function PlanEditor({
  plan,
  form,
}: {
  plan: TPlan | null;
  form: ReturnType<typeof Form.useForm<PlanFormValues>>[0];
}) {
  const { t } = useTranslation();
  useEffect(() => {
    form.setFieldsValue(planFormValues(plan));
  }, [form, plan]);
  const tiers = Form.useWatch('tiers', form) ?? [];
  return (
    <>
      <Form.Item name="name" label={t('commission.fields.name')} rules={[{ required: true }]}>
        <Input maxLength={100} data-testid="plan-name" />
      </Form.Item>
      <Space wrap size={16}>
        <Form.Item name="roleCode" label={t('commission.fields.role')} rules={[{ required: true }]}>
          <Select
            style={{ minWidth: 200 }}
            data-testid="plan-role"
            options={PLAN_ROLES.map((r) => ({ value: r, label: t(`commission.roles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t('commission.fields.effectiveFrom')}
          rules={[{ required: true }]}
        >
          <DatePicker picker="month" allowClear={false} inputReadOnly format="YYYY-MM" />
        </Form.Item>
      </Space>
      <Form.Item name="method" label={t('commission.fields.method')} extra={t('commission.methodHelp')}>
        <Radio.Group
          options={(['marginal', 'retroactive'] as const).map((m) => ({
            value: m,
            label: enumLabel(t, 'method', m),
          }))}
        />
      </Form.Item>
      <Form.List name="tiers">
        {(fields, { add, remove }) => (
          <Form.Item label={t('commission.fields.tiers')} extra={t('commission.tiersHelp')} required>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              data-testid="tiers-table"
              columns={[
                {
                  title: t('commission.fields.fromPct'),
                  key: 'from',
                  render: (_, f) => (
                    <Space>
                      <Form.Item name={[f.name, 'fromPct']} noStyle rules={[{ required: true }]}>
                        <InputNumber
                          min={0}
                          max={1000}
                          precision={2}
                          addonAfter="%"
                          disabled={f.name === 0}
                        />
                      </Form.Item>
                      {(tiers[f.name]?.fromPct ?? 0) >= 100 && <AcceleratorTag />}
                    </Space>
                  ),
                },
                {
                  title: t('commission.fields.ratePct'),
                  key: 'rate',
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'ratePct']} noStyle rules={[{ required: true }]}>
                      <InputNumber min={0} max={100} precision={2} addonAfter="%" />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  key: 'remove',
                  width: 48,
                  render: (_, f) =>
                    f.name > 0 && (
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('commission.removeTier')}
                        onClick={() => remove(f.name)}
                      />
                    ),
                },
              ]}
            />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ fromPct: (tiers[tiers.length - 1]?.fromPct ?? 0) + 50, ratePct: null })}
              style={{ marginTop: 8 }}
              data-testid="add-tier"
            >
              {t('commission.addTier')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Space wrap size={16}>
        <Form.Item name="capFen" label={t('commission.fields.cap')} extra={t('commission.capHelp')}>
          <MoneyInput />
        </Form.Item>
        <Form.Item name="trueUp" label={t('commission.fields.trueUp')}>
          <Select
            style={{ minWidth: 160 }}
            options={(['none', 'quarter', 'year'] as const).map((v) => ({
              value: v,
              label: enumLabel(t, 'trueUp', v),
            }))}
          />
        </Form.Item>
      </Space>
    </>
  );
}
