import { Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useCreateReturn, useUpdateReturn } from '../../api/hooks/orders';
import type { TReturn, TReturnKind } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { fenTextToYuanInput, isYuanInput, yuanInputToFenText } from '../../components/format';
import { ContractPicker } from './ContractPicker';
import { returnKinds } from './order-status';

interface Values {
  kind: TReturnKind;
  contractId: string;
  reason: string;
  credit?: string;
}

/** The server names the amount `creditFen`; the form types yuan in `credit`. */
function onCreditField(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields.creditFen) return error;
  const { creditFen, ...rest } = error.fields;
  return new ApiError(error.status, error.code, error.message, { ...rest, credit: creditFen });
}

/**
 * Q2C-8: 申请退换货 — on a signed main contract, return or exchange, the reason, and the amount
 * credited to the customer in yuan (usually 0 for an exchange). Edits a draft or rejected one.
 */
export function ReturnFormModal({
  open,
  onClose,
  editing,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  editing?: TReturn;
  onCreated?: (r: TReturn) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateReturn();
  const update = useUpdateReturn();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t(editing ? 'orders.returns.editTitle' : 'orders.returns.createTitle')}
      width={620}
      testId="return-form"
      successMessage={editing ? undefined : t('orders.returns.created')}
      initialValues={
        editing
          ? {
              kind: editing.kind,
              contractId: editing.contract.id,
              reason: editing.reason,
              credit: fenTextToYuanInput(editing.creditFen),
            }
          : { kind: 'return', credit: '' }
      }
      onSubmit={async (v) => {
        const creditFen = yuanInputToFenText(v.credit) ?? '0';
        try {
          if (editing)
            await update.mutateAsync({ id: editing.id, kind: v.kind, reason: v.reason, creditFen });
          else
            onCreated?.(
              await create.mutateAsync({
                kind: v.kind,
                contractId: v.contractId,
                reason: v.reason,
                creditFen,
              }),
            );
        } catch (e) {
          throw onCreditField(e);
        }
      }}
    >
      <Form.Item name="kind" label={t('orders.returns.fields.kind')} rules={[{ required: true }]}>
        <Radio.Group
          options={returnKinds.map((k) => ({ value: k, label: t(`orders.returns.kinds.${k}`) }))}
          optionType="button"
        />
      </Form.Item>
      {editing ? (
        <Form.Item label={t('orders.returns.fields.contract')}>
          <Typography.Text>
            {editing.contract.number} · {editing.customer.name}
          </Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item
          name="contractId"
          label={t('orders.returns.fields.contract')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <ContractPicker />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('orders.returns.fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea maxLength={2000} rows={3} />
      </Form.Item>
      <Form.Item
        name="credit"
        label={t('orders.returns.fields.creditYuan')}
        extra={t('orders.returns.creditHint')}
        rules={[
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && !isYuanInput(value)) throw new Error(t('orders.returns.creditInvalid'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" style={{ width: 240 }} />
      </Form.Item>
    </FormModal>
  );
}
