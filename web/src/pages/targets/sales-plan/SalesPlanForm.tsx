import { Button, Collapse, Drawer, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyInput } from '../../../components/MoneyInput';
import { useAction } from '../../../components/use-action';
import { usePhone } from '../../../components/use-phone';
import { enumLabel } from '../../../i18n/labels';
import type { TSalesPlan, TSalesPlanContent } from './hooks';
import { isMoneyMetric } from './metric-value';
import { fromGrid, type MetricRow, MONTHS, toGrid } from './targets-grid';

export const sections = ['goal', 'strategy', 'productMix', 'regions', 'channels', 'partners'] as const;

type Values = Record<(typeof sections)[number], string> & { grid: Record<string, MetricRow> };

interface Props {
  year: number;
  /** The version edited; null: a new plan for the year. */
  plan: TSalesPlan | null;
  /** The metrics targets are set for (policy plan.metrics). */
  metrics: readonly string[];
  onClose: () => void;
  onSave: (body: TSalesPlanContent) => Promise<unknown>;
}

/** A count target: whole numbers only. */
function CountInput({
  value,
  onChange,
  ...rest
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  'data-testid'?: string;
}) {
  return (
    <Input
      {...rest}
      inputMode="numeric"
      value={value ?? ''}
      onChange={(e) => {
        const digits = e.target.value.replace(/[^\d]/g, '');
        onChange?.(digits === '' ? null : digits);
      }}
    />
  );
}

function ValueInput({
  metric,
  ...field
}: {
  metric: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  'data-testid'?: string;
}) {
  return isMoneyMetric(metric) ? <MoneyInput {...field} /> : <CountInput {...field} />;
}

/**
 * PLAN-1: the plan's text — goal, strategy, product mix, market layout (regions, channels,
 * partners) — and its company targets: each metric for the year, and by month if wished.
 */
export function SalesPlanForm({ year, plan, metrics, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [form] = Form.useForm<Values>();
  const action = useAction({ inline: true });
  const [saving, setSaving] = useState(false);
  const shown = [...new Set([...metrics, ...(plan?.targets.map((x) => x.metric) ?? [])])];
  const initialValues: Values = {
    goal: plan?.goal ?? '',
    strategy: plan?.strategy ?? '',
    productMix: plan?.productMix ?? '',
    regions: plan?.regions ?? '',
    channels: plan?.channels ?? '',
    partners: plan?.partners ?? '',
    grid: toGrid(year, shown, plan?.targets ?? []),
  };

  async function finish() {
    setSaving(true);
    // Every value, the months of a metric whose panel was never opened included.
    const { grid, ...text } = form.getFieldsValue(true) as Values;
    const ok = await action.run(
      () => onSave({ ...text, targets: fromGrid(year, shown, grid) as TSalesPlanContent['targets'] }),
      t('common.saved'),
    );
    setSaving(false);
    if (ok) onClose();
  }

  return (
    <Drawer
      open
      onClose={onClose}
      title={
        plan
          ? t('salesPlans.editTitle', { year, version: plan.version })
          : t('salesPlans.createTitle', { year })
      }
      placement={phone ? 'bottom' : 'right'}
      size={phone ? '92%' : 760}
      data-testid="sales-plan-form"
      footer={
        <Button
          type="primary"
          block
          size="large"
          loading={saving}
          onClick={() => form.submit()}
          data-testid="sales-plan-save"
        >
          {t('common.save')}
        </Button>
      }
    >
      <ErrorAlert error={action.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void finish()}
      >
        {sections.map((s) => (
          <Form.Item
            key={s}
            name={s}
            label={t(`salesPlans.sections.${s}`)}
            extra={t(`salesPlans.sectionHints.${s}`)}
          >
            <Input.TextArea rows={3} maxLength={4000} showCount data-testid={`section-${s}`} />
          </Form.Item>
        ))}
        <Typography.Title level={5}>{t('salesPlans.targets.title')}</Typography.Title>
        {shown.map((metric) => (
          <div key={metric} style={{ marginBottom: 12 }}>
            <Form.Item
              name={['grid', metric, 'year']}
              label={`${enumLabel(t, 'metric', metric)} · ${t('salesPlans.targets.year', { year })}`}
              rules={metrics.includes(metric) ? [{ required: true, message: t('validation.required') }] : []}
            >
              <ValueInput metric={metric} data-testid={`target-${metric}-year`} />
            </Form.Item>
            <Collapse
              size="small"
              items={[
                {
                  key: 'months',
                  label: t('salesPlans.targets.byMonth'),
                  children: (
                    <Space wrap size={[8, 0]}>
                      {MONTHS.map((m, i) => (
                        <Form.Item
                          key={m}
                          name={['grid', metric, 'months', i]}
                          label={t('salesPlans.targets.month', { month: Number(m) })}
                          style={{ width: 150 }}
                        >
                          <ValueInput metric={metric} />
                        </Form.Item>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </div>
        ))}
      </Form>
    </Drawer>
  );
}
