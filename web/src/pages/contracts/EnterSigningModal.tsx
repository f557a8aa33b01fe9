import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useEnterContract } from '../../api/hooks/contracts';
import type { TContract } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { formatYuan, isYuanInput, yuanInputToFenText } from '../../components/format';

interface Values {
  signedOn: Dayjs;
  instalments?: { dueDate?: Dayjs; amount?: string }[];
}

/** What an agreed split must add up to: a main contract's amount, an increasing supplement's change. */
export function splitTotal(c: Pick<TContract, 'kind' | 'amountFen' | 'deltaFen'>): bigint | null {
  if (c.kind === 'main') return BigInt(c.amountFen);
  if (c.kind === 'supplement' && c.deltaFen && BigInt(c.deltaFen) > 0n) return BigInt(c.deltaFen);
  return null;
}

/** Q2C-7/AR-1: the assistant enters the signing date and, if agreed, the instalments. */
export function EnterSigningModal({
  contract,
  open,
  onClose,
}: {
  contract: TContract;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const enter = useEnterContract();
  const [form] = Form.useForm<Values>();
  const rows = Form.useWatch('instalments', form) ?? [];
  const total = splitTotal(contract);
  const sum = rows.reduce((n, r) => n + BigInt(yuanInputToFenText(r?.amount ?? '') ?? '0'), 0n);
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('contracts.enter.title')}
      width={620}
      testId="contract-enter-form"
      successMessage={t('contracts.actions.entered')}
      initialValues={{ signedOn: companyNow(), instalments: [] }}
      onSubmit={async (v) => {
        const split = (v.instalments ?? []).filter((r) => r.dueDate && r.amount);
        await enter.mutateAsync({
          id: contract.id,
          signedOn: v.signedOn.format('YYYY-MM-DD'),
          ...(split.length > 0
            ? {
                instalments: split.map((r) => ({
                  dueDate: r.dueDate!.format('YYYY-MM-DD'),
                  amountFen: yuanInputToFenText(r.amount) ?? '',
                })),
              }
            : {}),
        });
      }}
    >
      <Form.Item
        name="signedOn"
        label={t('contracts.fields.signedOn')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DatePicker disabledDate={(d) => d.isAfter(companyNow(), 'day')} />
      </Form.Item>
      {total !== null && (
        <Form.Item
          label={t('contracts.enter.split')}
          extra={t('contracts.enter.splitHint', { total: formatYuan(total) })}
        >
          <Form.List name="instalments">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item
                      name={[f.name, 'dueDate']}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <DatePicker placeholder={t('contracts.enter.dueDate')} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'amount']}
                      rules={[
                        { required: true, whitespace: true, message: t('validation.required') },
                        {
                          validator: async (_, value?: string) => {
                            if (value?.trim() && !isYuanInput(value))
                              throw new Error(t('contracts.amountInvalid'));
                          },
                        },
                      ]}
                    >
                      <Input prefix="¥" inputMode="decimal" placeholder={t('contracts.enter.amountYuan')} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="contract-add-instalment">
                  {t('contracts.enter.addInstalment')}
                </Button>
                {fields.length > 0 && (
                  <Typography.Text type={sum === total ? 'success' : 'danger'} style={{ marginLeft: 12 }}>
                    {t('contracts.enter.sum', { sum: formatYuan(sum), total: formatYuan(total) })}
                  </Typography.Text>
                )}
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
    </FormModal>
  );
}
