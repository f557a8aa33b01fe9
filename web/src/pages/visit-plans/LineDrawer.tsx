import { Alert, Button, DatePicker, Drawer, Form, Grid, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { CustomerPicker } from '../opportunities/CustomerPicker';
import { type DraftLine, newKey } from './draft-lines';
import type { TPurpose } from './hooks';

interface Values {
  customerId: string;
  purpose: TPurpose;
  plannedOn: dayjs.Dayjs;
  plannedHours: string;
  note?: string;
}

export interface LineDrawerProps {
  /** The line edited; null: a new line. */
  line: DraftLine | null;
  open: boolean;
  month: string;
  purposes: readonly TPurpose[];
  onClose: () => void;
  /**
   * Keeps the line; resolves to the server's messages on this line's fields (empty when kept),
   * or rejects with an error shown on top.
   */
  onSave: (line: DraftLine) => Promise<{ field: string; message: string }[]>;
}

const HOURS_MIN = 0.1;
const HOURS_MAX = 24;
const HOURS_STEP = 0.5;

/**
 * VIS-1/VIS-3: one line of the plan — customer, purpose, date in the plan's month, planned hours
 * (预定停留时数, half-hours or one decimal), note. A drawer from the bottom on a phone (thumb
 * reach), from the side on a desk.
 */
export function LineDrawer({ line, open, month, purposes, onClose, onSave }: LineDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [form] = Form.useForm<Values>();
  const [customerName, setCustomerName] = useState(line?.customer.name ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const initialValues: Partial<Values> = line
    ? {
        customerId: line.customer.id,
        purpose: line.purpose,
        plannedOn: dayjs(line.plannedOn),
        plannedHours: line.plannedHours,
        note: line.note ?? undefined,
      }
    : { plannedHours: '1' };

  const options = [...new Set<TPurpose>(line ? [...purposes, line.purpose] : purposes)].map((p) => ({
    value: p,
    label: enumLabel(t, 'purpose', p),
  }));

  async function finish(v: Values) {
    setSaving(true);
    setError(null);
    try {
      const fields = await onSave({
        key: line?.key ?? newKey(),
        id: line?.id ?? null,
        customer: { id: v.customerId, name: customerName },
        purpose: v.purpose,
        plannedOn: v.plannedOn.format('YYYY-MM-DD'),
        plannedHours: String(v.plannedHours),
        note: v.note?.trim() ? v.note.trim() : null,
      });
      if (fields.length === 0) onClose();
      else
        form.setFields(
          fields.map((f) => ({
            name: f.field === 'plannedHours' ? 'plannedHours' : (f.field as keyof Values),
            errors: [f.message],
          })),
        );
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={line ? t('visitPlans.line.edit') : t('visitPlans.line.add')}
      placement={phone ? 'bottom' : 'right'}
      size={phone ? '88%' : 480}
      data-testid="line-drawer"
      footer={
        <Button
          type="primary"
          block
          size="large"
          loading={saving}
          onClick={() => form.submit()}
          data-testid="line-save"
        >
          {t('common.save')}
        </Button>
      }
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void finish(v)}
        requiredMark
      >
        <Form.Item
          name="customerId"
          label={t('visitPlans.line.customer')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <CustomerPicker
            initial={line?.customer ?? null}
            onChange={(_, option) => {
              const label = Array.isArray(option) ? undefined : option?.label;
              if (typeof label === 'string') setCustomerName(label);
            }}
            data-testid="line-customer"
          />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('visitPlans.line.purpose')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={options} data-testid="line-purpose" />
        </Form.Item>
        <Form.Item
          name="plannedOn"
          label={t('visitPlans.line.plannedOn')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly={phone}
            defaultPickerValue={dayjs(`${month}-01`)}
            disabledDate={(d) => d.format('YYYY-MM') !== month}
            data-testid="line-date"
          />
        </Form.Item>
        <Form.Item
          name="plannedHours"
          label={t('visitPlans.line.plannedHours')}
          extra={t('visitPlans.line.hoursHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber<string>
            stringMode
            min={String(HOURS_MIN)}
            max={String(HOURS_MAX)}
            step={String(HOURS_STEP)}
            precision={1}
            inputMode="decimal"
            style={{ width: '100%' }}
            data-testid="line-hours"
          />
        </Form.Item>
        <Form.Item name="note" label={t('visitPlans.line.note')}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        {month && <Alert type="info" showIcon title={t('visitPlans.line.monthHint', { month })} />}
      </Form>
    </Drawer>
  );
}
