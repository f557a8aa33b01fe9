import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type QuoteLineForOrder, useCreateOrder, useQuoteLinesForOrder } from '../../api/hooks/orders';
import { FormModal } from '../../components/FormModal';

interface Values {
  expectedShipDate?: Dayjs | null;
  remark?: string;
  lines: { productId?: string | null; productName?: string; unit?: string; quantity?: number | null }[];
}

const blankLine = { productName: '', unit: '', quantity: 1 };

/**
 * Q2C-10: 创建订单 on a signed main contract — the lines to produce and ship (prefilled from the
 * contract's quote when it has one and the quote can be read; otherwise typed), the expected ship
 * date and a remark. Opens the new order afterwards.
 */
export function OrderCreateModal({
  contract,
  open,
  onClose,
}: {
  contract: { id: string; number: string; quoteId?: string | null };
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const create = useCreateOrder();
  const quoteLines = useQuoteLinesForOrder(contract.quoteId, open);
  const prefill: QuoteLineForOrder[] = quoteLines.data ?? [];

  useEffect(() => {
    if (open && prefill.length > 0) form.setFieldsValue({ lines: prefill });
  }, [open, prefill, form]);

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('orders.create.title', { number: contract.number })}
      width={760}
      testId="order-form"
      okText={t('orders.create.submit')}
      successMessage={t('orders.create.done')}
      initialValues={{ lines: [blankLine] }}
      onSubmit={async (v) => {
        const order = await create.mutateAsync({
          contractId: contract.id,
          expectedShipDate: v.expectedShipDate ? v.expectedShipDate.format('YYYY-MM-DD') : null,
          remark: v.remark ?? null,
          lines: v.lines.map((l) => ({
            productId: l.productId ?? null,
            productName: l.productName ?? '',
            unit: l.unit ?? '',
            quantity: Number(l.quantity ?? 0),
          })),
        });
        navigate(`/orders/${order.id}`);
      }}
    >
      {prefill.length > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('orders.create.fromQuote')} />
      )}
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" style={{ display: 'flex' }} data-testid="order-line">
                <Form.Item name={[f.name, 'productId']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'productName']}
                  rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                >
                  <Input placeholder={t('orders.fields.product')} maxLength={200} style={{ width: 300 }} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'quantity']}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <InputNumber
                    min={1}
                    precision={0}
                    placeholder={t('orders.fields.quantity')}
                    style={{ width: 120 }}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'unit']}
                  rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                >
                  <Input placeholder={t('orders.fields.unit')} maxLength={20} style={{ width: 90 }} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  disabled={fields.length === 1}
                  onClick={() => remove(f.name)}
                  aria-label={t('orders.create.removeLine')}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add(blankLine)} style={{ marginBottom: 16 }}>
              {t('orders.create.addLine')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="expectedShipDate" label={t('orders.fields.expectedShipDate')}>
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="remark" label={t('orders.fields.remark')}>
        <Input.TextArea maxLength={2000} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
