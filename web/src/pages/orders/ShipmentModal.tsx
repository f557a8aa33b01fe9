import { DatePicker, Form, Input, InputNumber, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useRecordShipment } from '../../api/hooks/orders';
import type { TOrder } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';

interface Values {
  shippedOn: Dayjs;
  carrier?: string;
  trackingNo?: string;
  note?: string;
  /** Quantity to ship now, by order line (the server's `lines.N.quantity` errors land on index N of the sent lines). */
  lines: { orderLineId: string; quantity?: number | null }[];
}

/** The server numbers the lines it was sent; the form shows every open line. `lines.1.quantity` → the form's index. */
function toFormLines(error: unknown, formIndex: number[]): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, msg]) => {
      const m = /^lines\.(\d+)\.(.+)$/.exec(path);
      const at = m ? formIndex[Number(m[1])] : undefined;
      return [m && at !== undefined ? `lines.${at}.${m[2]}` : path, msg];
    }),
  );
  return new ApiError(error.status, error.code, error.message, fields);
}

/**
 * Q2C-10: 发货 — how many of each line ship now (at most what is left), the date, the carrier
 * and the tracking number. Lines left at 0 are not sent.
 */
export function ShipmentModal({
  order,
  open,
  onClose,
}: {
  order: TOrder;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ship = useRecordShipment();
  const open_ = order.lines.filter((l) => l.remainingQuantity > 0);
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('orders.ship.title', { number: order.number })}
      width={720}
      testId="shipment-form"
      okText={t('orders.ship.submit')}
      successMessage={t('orders.ship.done')}
      initialValues={{
        shippedOn: companyNow(),
        lines: open_.map((l) => ({ orderLineId: l.id, quantity: l.remainingQuantity })),
      }}
      onSubmit={async (v) => {
        const sent = v.lines
          .map((l, formIndex) => ({
            orderLineId: l.orderLineId,
            quantity: Number(l.quantity ?? 0),
            formIndex,
          }))
          .filter((l) => l.quantity > 0);
        try {
          await ship.mutateAsync({
            id: order.id,
            shippedOn: v.shippedOn.format('YYYY-MM-DD'),
            carrier: v.carrier ?? null,
            trackingNo: v.trackingNo ?? null,
            note: v.note ?? null,
            lines: sent.map(({ orderLineId, quantity }) => ({ orderLineId, quantity })),
          });
        } catch (e) {
          throw toFormLines(
            e,
            sent.map((l) => l.formIndex),
          );
        }
      }}
    >
      <Form.List
        name="lines"
        rules={[
          {
            validator: async (_, lines?: Values['lines']) => {
              if (!lines?.some((l) => Number(l.quantity ?? 0) > 0)) throw new Error(t('orders.ship.nothing'));
            },
          },
        ]}
      >
        {(fields, _ops, { errors }) => (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields.map((f, i) => ({ key: f.key, name: f.name, line: open_[i]! }))}
              columns={[
                { key: 'product', title: t('orders.fields.product'), render: (_, r) => r.line.productName },
                {
                  key: 'remaining',
                  title: t('orders.fields.remaining'),
                  align: 'right',
                  render: (_, r) => `${r.line.remainingQuantity} ${r.line.unit}`,
                },
                {
                  key: 'quantity',
                  title: t('orders.ship.quantityNow'),
                  render: (_, r) => (
                    <>
                      <Form.Item name={[r.name, 'orderLineId']} hidden>
                        <Input />
                      </Form.Item>
                      <Form.Item name={[r.name, 'quantity']} style={{ margin: 0 }}>
                        <InputNumber
                          min={0}
                          max={r.line.remainingQuantity}
                          precision={0}
                          style={{ width: 120 }}
                        />
                      </Form.Item>
                    </>
                  ),
                },
              ]}
            />
            <Typography.Text type="danger">
              <Form.ErrorList errors={errors} />
            </Typography.Text>
          </>
        )}
      </Form.List>
      <Form.Item
        name="shippedOn"
        label={t('orders.fields.shippedOn')}
        rules={[{ required: true, message: t('validation.required') }]}
        style={{ marginTop: 16 }}
      >
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="carrier" label={t('orders.fields.carrier')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="trackingNo" label={t('orders.fields.trackingNo')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('orders.fields.note')}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
