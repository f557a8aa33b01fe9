import { Alert, Form, Input, InputNumber, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverridePolicy, usePolicyRoles, useSetPolicy } from '../../api/hooks/policies';
import type { TPolicy, TPolicyRole } from '../../api/types';
import { companyNow, fromPickerValue } from '../../components/company-time';
import { DateTimeField } from '../../components/DateTimeField';
import { FormModal } from '../../components/FormModal';
import { localized } from '../../components/format';
import { ChainEditor } from './ChainEditor';
import { type ChainStep, roleKinds } from './chain-text';
import { PolicyRolesSelect } from './PolicyKind';
import {
  formatPolicyValue,
  fromFormValue,
  toFormValue,
  type ValueKind,
  valueKind,
  yuanToFen,
} from './policy-values';

const NUMBER_UNITS = ['days', 'hours', 'minutes', 'count', 'customers', 'points', 'percent', 'dayOfMonth'];

interface Values {
  value: unknown;
  effectiveFrom?: Dayjs | null;
  note?: string;
}

interface Props {
  policy: TPolicy | undefined;
  /** Set: the region's own value (ORG-7 override, filed with HQ); unset: the company-wide value. */
  region?: { id: string; name: string } | undefined;
  onClose: () => void;
}

/** The input for the value's kind; Form.Item's value/onChange pass through to it. */
function ValueInput({
  kind,
  unit,
  policy,
  roles,
  ...field
}: {
  kind: ValueKind;
  unit: string;
  policy: TPolicy;
  roles: TPolicyRole[];
  [prop: string]: unknown;
}) {
  const { t } = useTranslation();
  const suffix = NUMBER_UNITS.includes(unit) ? t(`policies.units.${unit}`) : undefined;
  switch (kind) {
    case 'fen':
      // stringMode: the amount stays text until it is converted to integer fen exactly.
      return (
        <InputNumber<string>
          {...field}
          stringMode
          precision={2}
          prefix="¥"
          suffix={t('policies.units.fen')}
          style={{ width: 240 }}
          autoFocus
        />
      );
    case 'number':
      return <InputNumber {...field} suffix={suffix} style={{ width: 200 }} autoFocus />;
    case 'boolean':
      return <Switch {...field} />;
    case 'text':
      return <Input {...field} autoFocus />;
    case 'chain':
      return (
        <ChainEditor
          {...(field as { value?: ChainStep[]; onChange?: (v: ChainStep[]) => void })}
          choices={policy.chainChoices}
          roles={roles}
        />
      );
    case 'roles':
      return <PolicyRolesSelect {...field} roles={roles} />;
    default:
      return <Input.TextArea {...field} rows={6} style={{ fontFamily: 'monospace' }} autoFocus />;
  }
}

/** Changes a policy company-wide (policy:manage) or sets a region's own value (policy:override). */
export function PolicyEditModal({ policy, region, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const setPolicy = useSetPolicy();
  const roles = usePolicyRoles().data ?? [];
  const chain = { roles, choices: policy?.chainChoices };
  const overridePolicy = useOverridePolicy();
  const sample = policy?.value ?? policy?.default;
  const kind = policy ? valueKind(policy.unit, sample) : 'text';
  const override = region !== undefined;
  // "Now" stays the server's business time unless the person picks another moment.
  const now = useMemo(() => (policy ? companyNow() : undefined), [policy]);

  const required = { required: true, message: t('validation.required') };
  const valueRules =
    kind === 'boolean'
      ? []
      : kind === 'chain'
        ? [
            {
              validator: async (_: unknown, steps: ChainStep[] | undefined) => {
                if (!steps?.length) throw new Error();
                if (steps.some((s) => roleKinds.includes(s.kind) && !s.role)) throw new Error();
              },
              message: t('policies.chain.incomplete'),
            },
          ]
        : kind === 'fen'
          ? [
              required,
              {
                validator: async (_: unknown, v: string | null) => {
                  if (v !== null && v !== undefined && v !== '' && yuanToFen(v) === null) throw new Error();
                },
                message: t('policies.invalidAmount'),
              },
            ]
          : kind === 'json'
            ? [
                required,
                {
                  validator: async (_: unknown, text: string) => {
                    if (text) JSON.parse(text);
                  },
                  message: t('policies.invalidJson'),
                },
              ]
            : [required];

  const name = policy ? localized(policy.label, i18n.language) : '';
  return (
    <FormModal<Values>
      open={policy !== undefined}
      onClose={onClose}
      width={kind === 'chain' ? 960 : 620}
      title={
        override
          ? t('policies.overrideTitle', { region: region.name, name })
          : t('policies.editTitle', { name })
      }
      initialValues={policy && { value: toFormValue(kind, policy.value), effectiveFrom: now }}
      onSubmit={({ value, effectiveFrom, note }) => {
        const body = {
          value: fromFormValue(kind, value, policy!.default),
          effectiveFrom: effectiveFrom && effectiveFrom !== now ? fromPickerValue(effectiveFrom) : undefined,
        };
        return override
          ? overridePolicy.mutateAsync({
              id: policy!.id,
              unitId: region.id,
              body: { ...body, note: note?.trim() ?? '' },
            })
          : setPolicy.mutateAsync({ id: policy!.id, body: { ...body, note: note?.trim() || undefined } });
      }}
      testId="policy-form"
    >
      {override && (
        <Alert type="info" showIcon title={t('policies.overrideIntro')} style={{ marginBottom: 16 }} />
      )}
      {policy && (
        <Typography.Paragraph type="secondary">
          {localized(policy.description, i18n.language)}
        </Typography.Paragraph>
      )}
      {policy && (
        <Form.Item
          name="value"
          label={t('policies.newValue')}
          rules={valueRules}
          valuePropName={kind === 'boolean' ? 'checked' : 'value'}
          extra={
            <>
              <div>
                {t('policies.currentIs', { value: formatPolicyValue(policy.value, policy.unit, t, chain) })}
                {' · '}
                {t('policies.defaultIs', { value: formatPolicyValue(policy.default, policy.unit, t, chain) })}
              </div>
              {kind === 'fen' && <div>{t('policies.yuanHint')}</div>}
            </>
          }
        >
          <ValueInput kind={kind} unit={policy.unit} policy={policy} roles={roles} />
        </Form.Item>
      )}
      <Form.Item
        name="effectiveFrom"
        label={t('policies.effectiveFrom')}
        extra={t('policies.effectiveFromHint')}
      >
        <DateTimeField />
      </Form.Item>
      <Form.Item
        name="note"
        label={override ? t('policies.filingNote') : t('policies.note')}
        extra={override ? t('policies.filingNoteHint') : undefined}
        rules={override ? [{ required: true, whitespace: true, message: t('validation.required') }] : []}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
