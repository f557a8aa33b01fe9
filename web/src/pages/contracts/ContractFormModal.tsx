import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useCreateContract, useUpdateContract } from '../../api/hooks/contracts';
import type { TContract, TContractKind } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import {
  fenTextToYuanInput,
  fenToYuan,
  isYuanInput,
  yuanInputToFenText,
  yuanToFen,
} from '../../components/format';
import { CustomerPicker } from '../opportunities/CustomerPicker';

interface Values {
  kind: Exclude<TContractKind, 'supplement'>;
  customerId: string;
  title: string;
  amount?: string;
  delta?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  paymentTerms?: string;
  remark?: string;
}

/** A typed signed yuan change → fen digits with sign ("-12.5" → "-1250"); zero or not a number → undefined. */
export function deltaInputToFenText(text: string | null | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  const fen = yuanToFen(text);
  if (fen === null || fen === 0n) return undefined;
  const digits = (fen < 0n ? -fen : fen).toString();
  return digits.length <= 15 ? fen.toString() : undefined;
}

/** The server names money `amountFen`/`deltaFen`; the form types yuan in `amount`/`delta`. */
function onMoneyFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const { amountFen, deltaFen, ...rest } = error.fields;
  if (!amountFen && !deltaFen) return error;
  return new ApiError(error.status, error.code, error.message, {
    ...rest,
    ...(amountFen ? { amount: amountFen } : {}),
    ...(deltaFen ? { delta: deltaFen } : {}),
  });
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * Q2C-5: draft a letter of intent or main contract for a customer (the customer page presets
 * it); a supplement to a signed main contract (`main`: a change of its amount, may be negative);
 * or edit a draft or rejected contract (`contract`).
 */
export function ContractFormModal({
  open,
  onClose,
  contract,
  customer,
  main,
}: {
  open: boolean;
  onClose: () => void;
  contract?: TContract;
  customer?: { id: string; name: string };
  main?: TContract;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContract();
  const update = useUpdateContract();
  const supplement = main !== undefined || contract?.kind === 'supplement';
  const fixedCustomer = contract?.customer ?? main?.customer ?? customer;
  const title = contract
    ? t('contracts.editTitle')
    : supplement
      ? t('contracts.actions.createSupplement')
      : t('contracts.createTitle');
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={title}
      width={640}
      testId="contract-form"
      successMessage={contract ? undefined : t('contracts.created')}
      initialValues={
        contract
          ? {
              kind: contract.kind === 'supplement' ? 'main' : contract.kind,
              customerId: contract.customer.id,
              title: contract.title,
              amount: fenTextToYuanInput(contract.amountFen),
              delta: contract.deltaFen ? fenToYuan(BigInt(contract.deltaFen)) : undefined,
              startDate: contract.startDate ? dayjs(contract.startDate) : null,
              endDate: contract.endDate ? dayjs(contract.endDate) : null,
              paymentTerms: contract.paymentTerms ?? undefined,
              remark: contract.remark ?? undefined,
            }
          : { kind: 'main', customerId: fixedCustomer?.id }
      }
      onSubmit={async (v) => {
        try {
          if (contract) {
            await update.mutateAsync({
              id: contract.id,
              title: v.title,
              ...(supplement
                ? { deltaFen: deltaInputToFenText(v.delta) ?? '' }
                : { amountFen: yuanInputToFenText(v.amount) ?? '' }),
              ...(supplement
                ? {}
                : {
                    startDate: day(v.startDate),
                    endDate: day(v.endDate),
                    paymentTerms: v.paymentTerms ?? null,
                  }),
              remark: v.remark ?? null,
            });
            return;
          }
          const created = main
            ? await create.mutateAsync({
                kind: 'supplement',
                mainContractId: main.id,
                title: v.title,
                deltaFen: deltaInputToFenText(v.delta) ?? '',
                remark: v.remark ?? null,
              })
            : await create.mutateAsync({
                kind: v.kind,
                customerId: v.customerId,
                title: v.title,
                amountFen: yuanInputToFenText(v.amount) ?? '',
                startDate: day(v.startDate),
                endDate: day(v.endDate),
                paymentTerms: v.paymentTerms ?? null,
                remark: v.remark ?? null,
              });
          navigate(`/contracts/${created.id}`);
        } catch (e) {
          throw onMoneyFields(e);
        }
      }}
    >
      {!supplement && !contract && (
        <Form.Item name="kind" label={t('contracts.fields.kind')}>
          <Radio.Group
            options={(['main', 'intent'] as const).map((k) => ({
              value: k,
              label: t(`contracts.kinds.${k}`),
            }))}
          />
        </Form.Item>
      )}
      {!supplement && (
        <Form.Item
          name="customerId"
          label={t('contracts.fields.customer')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <CustomerPicker initial={fixedCustomer} disabled={fixedCustomer !== undefined} />
        </Form.Item>
      )}
      {main && (
        <Form.Item label={t('contracts.fields.mainContract')}>{`${main.number} ${main.title}`}</Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('contracts.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      {supplement ? (
        <Form.Item
          name="delta"
          label={t('contracts.fields.deltaYuan')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            {
              validator: async (_, value?: string) => {
                if (value?.trim() && deltaInputToFenText(value) === undefined)
                  throw new Error(t('contracts.deltaInvalid'));
              },
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" style={{ width: 240 }} />
        </Form.Item>
      ) : (
        <Form.Item
          name="amount"
          label={t('contracts.fields.amountYuan')}
          extra={t('contracts.amountHint')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            {
              validator: async (_, value?: string) => {
                if (value?.trim() && !isYuanInput(value)) throw new Error(t('contracts.amountInvalid'));
              },
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" style={{ width: 240 }} />
        </Form.Item>
      )}
      {!supplement && (
        <>
          <Form.Item label={t('contracts.fields.startDate')} style={{ marginBottom: 0 }}>
            <Form.Item name="startDate" style={{ display: 'inline-block', marginRight: 16 }}>
              <DatePicker placeholder={t('contracts.fields.startDate')} />
            </Form.Item>
            <Form.Item name="endDate" style={{ display: 'inline-block' }}>
              <DatePicker placeholder={t('contracts.fields.endDate')} />
            </Form.Item>
          </Form.Item>
          <Form.Item name="paymentTerms" label={t('contracts.fields.paymentTerms')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
      <Form.Item name="remark" label={t('contracts.fields.remark')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
