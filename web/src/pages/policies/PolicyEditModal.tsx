import type { TPolicy } from '@xiaoguan/server/api';
import { DatePicker, Form, Input, InputNumber, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSetPolicy } from '../../api/hooks/policies';
import { FormModal } from '../../components/FormModal';
import { formatJson, localized } from '../../components/format';

type Kind = 'number' | 'boolean' | 'string' | 'json';

interface Values {
  value: unknown;
  effectiveFrom?: Dayjs | null;
  note?: string;
}

/** The input follows the type of the current value; anything structured is edited as JSON. */
function kindOf(value: unknown): Kind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'json';
}

interface Props {
  policy: TPolicy | undefined;
  onClose: () => void;
}

export function PolicyEditModal({ policy, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const setPolicy = useSetPolicy();
  const kind = kindOf(policy?.value);
  const required = { required: true, message: t('validation.required') };
  const jsonRule = {
    validator: async (_: unknown, text: string) => {
      if (text) JSON.parse(text);
    },
    message: t('validation.json'),
  };

  return (
    <FormModal<Values>
      open={policy !== undefined}
      onClose={onClose}
      width={600}
      title={policy ? t('policy.editTitle', { name: localized(policy.label, i18n.language) }) : ''}
      initialValues={policy && { value: kind === 'json' ? formatJson(policy.value) : policy.value }}
      onSubmit={({ value, effectiveFrom, note }) =>
        setPolicy.mutateAsync({
          id: policy!.id,
          body: {
            value: kind === 'json' ? JSON.parse(String(value)) : value,
            effectiveFrom: effectiveFrom ? effectiveFrom.toISOString() : undefined,
            note: note?.trim() || undefined,
          },
        })
      }
      testId="policy-form"
    >
      {policy && (
        <Typography.Paragraph type="secondary">
          {localized(policy.description, i18n.language)}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="value"
        label={
          policy?.unit
            ? `${t('policy.value')} (${t(`policy.units.${policy.unit}`, { defaultValue: policy.unit })})`
            : t('policy.value')
        }
        rules={kind === 'boolean' ? [] : kind === 'json' ? [required, jsonRule] : [required]}
        valuePropName={kind === 'boolean' ? 'checked' : 'value'}
        extra={policy && t('policy.defaultIs', { value: formatJson(policy.default) })}
      >
        {kind === 'number' ? (
          <InputNumber style={{ width: 200 }} autoFocus />
        ) : kind === 'boolean' ? (
          <Switch />
        ) : kind === 'string' ? (
          <Input autoFocus />
        ) : (
          <Input.TextArea rows={6} style={{ fontFamily: 'monospace' }} autoFocus />
        )}
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('policy.effectiveFrom')} extra={t('policy.effectiveFromHint')}>
        <DatePicker showTime />
      </Form.Item>
      <Form.Item name="note" label={t('policy.note')}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
