import { ArrowLeftOutlined, CarOutlined, PaperClipOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Popconfirm,
  Skeleton,
  Space,
  Steps,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  documentScanUrl,
  useAcceptOrder,
  useDeliverOrder,
  useInvalidateOrders,
  useOrder,
  useSetDeliveryDocument,
} from '../../api/hooks/orders';
import type { TDeliveryDocumentKind, TOrder } from '../../api/types';
import { UploadButton } from '../../components/AttachmentsPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useAction } from '../../components/use-action';
import { OrderStatusTag } from './order-status';
import { ShipmentModal } from './ShipmentModal';

/** The status steps in order; the current one is the order's status. */
function statusSteps(order: TOrder) {
  const way = ['production', 'partially_shipped', 'shipped', 'delivered', 'accepted'] as const;
  return { way, current: way.indexOf(order.status) };
}

function DocumentsChecklist({ order }: { order: TOrder }) {
  const { t } = useTranslation();
  const setDoc = useSetDeliveryDocument();
  const invalidate = useInvalidateOrders();
  const { run, error } = useAction({ inline: true });
  const editable = order.canWrite && order.status !== 'accepted';
  const toggle = (kind: TDeliveryDocumentKind, provided: boolean) =>
    run(() => setDoc.mutateAsync({ id: order.id, kind, provided }), t('common.saved'));
  return (
    <Card size="small" title={t('orders.documents.title')} data-testid="order-documents">
      <ErrorAlert error={error} />
      <Space orientation="vertical">
        {order.documents.map((d) => (
          <Space key={d.kind}>
            <Checkbox
              checked={d.provided}
              disabled={!editable || setDoc.isPending}
              onChange={(e) => void toggle(d.kind, e.target.checked)}
              data-testid={`order-document-${d.kind}`}
            >
              {t(`orders.documents.kinds.${d.kind}`)}
            </Checkbox>
            {d.fileId && (
              <Typography.Link href={documentScanUrl(order.id, d.kind)} target="_blank">
                <PaperClipOutlined /> {t('orders.documents.viewScan')}
              </Typography.Link>
            )}
            {editable && (
              <UploadButton
                action={documentScanUrl(order.id, d.kind)}
                label={t('orders.documents.uploadScan')}
                uploaded={() => t('orders.documents.scanUploaded')}
                failed={t('orders.documents.scanFailed')}
                onUploaded={invalidate}
                testId={`order-document-upload-${d.kind}`}
                size="small"
              />
            )}
            {d.checkedBy && d.checkedAt && (
              <Typography.Text type="secondary">
                {t('orders.documents.checkedBy', {
                  name: d.checkedBy.displayName,
                  at: formatDateTime(d.checkedAt),
                })}
              </Typography.Text>
            )}
          </Space>
        ))}
      </Space>
    </Card>
  );
}

function OrderActions({ order, onShip }: { order: TOrder; onShip: () => void }) {
  const { t } = useTranslation();
  const deliver = useDeliverOrder();
  const accept = useAcceptOrder();
  const { run, error } = useAction({ inline: true });
  if (!order.canWrite) return null;
  const missing = order.missingDocuments
    .map((k) => t(`orders.documents.kinds.${k}`))
    .join(t('orders.listSeparator'));
  const canShip = order.status === 'production' || order.status === 'partially_shipped';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={error} />
      <Space wrap>
        {canShip && (
          <Button type="primary" icon={<CarOutlined />} onClick={onShip} data-testid="order-ship">
            {t('orders.actions.ship')}
          </Button>
        )}
        {order.status === 'shipped' && (
          <Popconfirm
            title={t('orders.confirm.deliver')}
            onConfirm={() => run(() => deliver.mutateAsync(order.id), t('orders.done.delivered'))}
          >
            <Button type="primary" loading={deliver.isPending} data-testid="order-deliver">
              {t('orders.actions.deliver')}
            </Button>
          </Popconfirm>
        )}
        {order.status === 'delivered' &&
          (order.missingDocuments.length > 0 ? (
            <Tooltip title={t('orders.acceptBlocked', { missing })}>
              {/* A disabled button swallows mouse events; the span carries the tooltip. */}
              <span data-testid="order-accept-blocked">
                <Button type="primary" disabled data-testid="order-accept">
                  {t('orders.actions.accept')}
                </Button>
              </span>
            </Tooltip>
          ) : (
            <Popconfirm
              title={t('orders.confirm.accept')}
              onConfirm={() => run(() => accept.mutateAsync(order.id), t('orders.done.accepted'))}
            >
              <Button type="primary" loading={accept.isPending} data-testid="order-accept">
                {t('orders.actions.accept')}
              </Button>
            </Popconfirm>
          ))}
      </Space>
    </Space>
  );
}

/** Q2C-10/Q2C-11: one order — its way from production to acceptance, lines, shipments and the delivery documents. */
export function OrderPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const query = useOrder(id);
  const [shipping, setShipping] = useState(false);
  const o = query.data;
  if (!o) {
    return (
      <Card>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        {query.isPending && <Skeleton active />}
      </Card>
    );
  }
  const { way, current } = statusSteps(o);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            <Link to="/orders" aria-label={t('orders.backToList')}>
              <ArrowLeftOutlined />
            </Link>
            {t('orders.detailTitle', { number: o.number })}
            <OrderStatusTag status={o.status} />
          </Space>
        }
        extra={<OrderActions order={o} onShip={() => setShipping(true)} />}
      >
        <Steps
          size="small"
          current={current}
          status={o.status === 'accepted' ? 'finish' : 'process'}
          style={{ marginBottom: 24 }}
          items={way.map((s) => ({ title: t(`orders.status.${s}`) }))}
          data-testid="order-steps"
        />
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('orders.fields.customer')}>
            <Link to={`/customers/${o.customer.id}`}>{o.customer.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.contract')}>
            <Link to={`/contracts/${o.contract.id}`}>
              {o.contract.number} {o.contract.title}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.owner')}>{o.owner.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.expectedShipDate')}>
            {o.expectedShipDate ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.deliveredAt')}>
            {formatDateTime(o.deliveredAt) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.acceptedAt')}>
            {formatDateTime(o.acceptedAt) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.fields.createdAt')}>
            {formatDateTime(o.createdAt)}
          </Descriptions.Item>
          {o.remark && <Descriptions.Item label={t('orders.fields.remark')}>{o.remark}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('orders.lines.title')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={o.lines}
          data-testid="order-lines"
          columns={[
            { key: 'seq', title: '#', render: (_, l) => l.seq, width: 48 },
            { key: 'product', title: t('orders.fields.product'), render: (_, l) => l.productName },
            {
              key: 'quantity',
              title: t('orders.fields.quantity'),
              align: 'right',
              render: (_, l) => `${l.quantity} ${l.unit}`,
            },
            {
              key: 'shipped',
              title: t('orders.fields.shipped'),
              align: 'right',
              render: (_, l) => `${l.shippedQuantity} ${l.unit}`,
            },
            {
              key: 'remaining',
              title: t('orders.fields.remaining'),
              align: 'right',
              render: (_, l) =>
                l.remainingQuantity > 0 ? (
                  <Typography.Text type="warning">{`${l.remainingQuantity} ${l.unit}`}</Typography.Text>
                ) : (
                  <Typography.Text type="success">{t('orders.lines.done')}</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('orders.shipments.title')}>
        {o.shipments.length === 0 ? (
          <Empty description={t('orders.shipments.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={o.shipments}
            data-testid="order-shipments"
            columns={[
              { key: 'shippedOn', title: t('orders.fields.shippedOn'), render: (_, s) => s.shippedOn },
              {
                key: 'lines',
                title: t('orders.shipments.contents'),
                render: (_, s) =>
                  s.lines.map((l) => `${l.productName} × ${l.quantity}`).join(t('orders.listSeparator')),
              },
              { key: 'carrier', title: t('orders.fields.carrier'), render: (_, s) => s.carrier ?? '' },
              {
                key: 'trackingNo',
                title: t('orders.fields.trackingNo'),
                render: (_, s) => s.trackingNo ?? '',
              },
              { key: 'note', title: t('orders.fields.note'), render: (_, s) => s.note ?? '' },
              {
                key: 'by',
                title: t('orders.shipments.by'),
                render: (_, s) => s.createdBy?.displayName ?? '',
              },
            ]}
          />
        )}
      </Card>
      <DocumentsChecklist order={o} />
      {shipping && <ShipmentModal order={o} open={shipping} onClose={() => setShipping(false)} />}
    </Space>
  );
}
