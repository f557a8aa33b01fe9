import {
  Button,
  Descriptions,
  Drawer,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useMe } from '../../api/hooks/me';
import {
  paymentFileUploadUrl,
  paymentFileUrl,
  useConfirmPayment,
  usePayment,
  usePaymentFiles,
  usePaymentsInvalidate,
  useRejectPayment,
  useReversePayment,
} from '../../api/hooks/payments';
import type { TPaymentDetail } from '../../api/types';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { useAction } from '../../components/use-action';
import { PaymentStatusTag } from './payment-labels';
import { ReasonModal } from './ReasonModal';

const purposes = ['remittance_slip', 'voucher', 'other'] as const;

/** AR-3/AR-7: the slip and vouchers of a payment; more may be attached while it awaits confirmation. */
function PaymentFiles({ payment }: { payment: TPaymentDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const files = usePaymentFiles(payment.id);
  const invalidate = usePaymentsInvalidate();
  const [purpose, setPurpose] = useState<(typeof purposes)[number]>('remittance_slip');
  const canUpload = can('payment:create') && payment.status === 'pending' && payment.kind === 'receipt';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('payments.files.title')}</Typography.Title>
      <AttachmentsPanel
        files={files.data}
        loading={files.isFetching}
        error={files.error}
        onRetry={() => void files.refetch()}
        fileUrl={(f) => paymentFileUrl(payment.id, f.id)}
        texts={{
          empty: t('payments.files.empty'),
          fileName: t('payments.files.fileName'),
          uploadedBy: t('payments.files.uploadedBy'),
          uploadedAt: t('payments.files.uploadedAt'),
        }}
        extraColumns={[
          {
            key: 'purpose',
            title: t('payments.files.kind'),
            render: (_, f) => t(`payments.files.purpose.${f.purpose}`),
          },
        ]}
        upload={
          canUpload
            ? {
                before: (
                  <Select
                    value={purpose}
                    onChange={setPurpose}
                    style={{ width: 160 }}
                    options={purposes.map((p) => ({ value: p, label: t(`payments.files.purpose.${p}`) }))}
                  />
                ),
                action: paymentFileUploadUrl(payment.id),
                data: { purpose },
                label: t('payments.files.upload'),
                uploaded: (name) => t('payments.files.uploaded', { name }),
                failed: t('payments.files.uploadFailed'),
                onUploaded: invalidate,
                testId: 'payment-file-upload',
              }
            : undefined
        }
      />
    </Space>
  );
}

type Asking = 'reject' | 'reverse' | undefined;

/**
 * One payment: facts, allocations to instalments, attachments, and finance's actions —
 * 确认 (counts from now), 退回 (with a reason; releases the reservation), 冲销 (a confirmed receipt,
 * once, with a reason).
 */
export function PaymentDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const query = usePayment(id);
  const confirm = useConfirmPayment();
  const reject = useRejectPayment();
  const reverse = useReversePayment();
  const [asking, setAsking] = useState<Asking>();
  const p = query.data;
  const finance = can('payment:confirm');
  const files = usePaymentFiles(p?.status === 'pending' && p.method === 'bank_transfer' ? p.id : undefined);
  // AR-3: a bank transfer is confirmed only against its remittance slip (the server insists too).
  const slipMissing =
    p?.method === 'bank_transfer' && !(files.data ?? []).some((f) => f.purpose === 'remittance_slip');
  // AR-4: the person who recorded the payment does not confirm it, unless the policy allows.
  const ownEntry = p !== undefined && p.createdBy?.id === me.data?.user.id && !p.recorderMayConfirm;
  const confirmBlocked = slipMissing
    ? t('payments.actions.slipFirst')
    : ownEntry
      ? t('payments.actions.ownEntry')
      : null;

  const { run } = useAction();
  const doConfirm = async () => {
    if (!p) return;
    await run(() => confirm.mutateAsync(p.id), t('payments.actions.confirmed'));
  };

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size="large"
      title={p ? t('payments.detailTitle', { number: p.number }) : t('payments.title')}
      data-testid="payment-drawer"
      extra={
        p &&
        finance && (
          <Space>
            {p.status === 'pending' && (
              <>
                {confirmBlocked ? (
                  <Tooltip title={confirmBlocked}>
                    <Button type="primary" disabled data-testid="payment-confirm">
                      {t('payments.actions.confirm')}
                    </Button>
                  </Tooltip>
                ) : (
                  <Popconfirm
                    title={t('payments.actions.confirmAsk', { amount: formatFenText(p.amountFen) })}
                    okText={t('payments.actions.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={doConfirm}
                  >
                    <Button type="primary" loading={confirm.isPending} data-testid="payment-confirm">
                      {t('payments.actions.confirm')}
                    </Button>
                  </Popconfirm>
                )}
                <Button danger onClick={() => setAsking('reject')} data-testid="payment-reject">
                  {t('payments.actions.reject')}
                </Button>
              </>
            )}
            {p.status === 'confirmed' && p.kind === 'receipt' && !p.reversedById && (
              <Button danger onClick={() => setAsking('reverse')} data-testid="payment-reverse">
                {t('payments.actions.reverse')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending && id && <Skeleton active />}
      {p && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('payments.fields.status')}>
              <PaymentStatusTag status={p.status} kind={p.kind} />
              {p.reversedById && (
                <Typography.Text type="warning">{t('payments.reversedNote')}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.customer')}>
              <Link to={`/customers/${p.customer.id}`}>{p.customer.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.contract')}>
              {p.contract ? <Link to={`/contracts/${p.contract.id}`}>{p.contract.number}</Link> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.amount')}>
              {formatFenText(p.amountFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.unallocated')}>
              {formatFenText(p.unallocatedFen)}
              {p.unallocatedFen !== '0' && p.kind === 'receipt' && (
                <Typography.Text type="secondary"> {t('payments.unallocatedHint')}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.method')}>
              {t(`payments.method.${p.method}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.receivedOn')}>{p.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.payer')}>{p.payer}</Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.voucherNo')}>{p.voucherNo ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.remark')}>{p.remark ?? ''}</Descriptions.Item>
            {p.rejectReason && (
              <Descriptions.Item label={t('payments.fields.rejectReason')}>
                {p.rejectReason}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('payments.fields.owner')}>{p.owner.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('payments.fields.createdBy')}>
              {p.createdBy?.displayName ?? ''} {formatDateTime(p.createdAt)}
            </Descriptions.Item>
            {p.confirmedAt && (
              <Descriptions.Item label={t('payments.fields.confirmedBy')}>
                {p.confirmedBy?.displayName ?? ''} {formatDateTime(p.confirmedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t('payments.allocations.title')}</Typography.Title>
          <Table
            rowKey={(a) => `${a.instalmentId}:${a.amountFen}`}
            size="small"
            pagination={false}
            dataSource={p.allocations}
            locale={{ emptyText: t('payments.allocations.empty') }}
            columns={[
              {
                key: 'contract',
                title: t('payments.fields.contract'),
                render: (_, a) => <Link to={`/contracts/${a.contractId}`}>{a.contractNumber}</Link>,
              },
              { key: 'seq', title: t('payments.plan.seq'), dataIndex: 'seq' },
              { key: 'dueDate', title: t('payments.plan.dueDate'), dataIndex: 'dueDate' },
              {
                key: 'amount',
                title: t('payments.fields.amount'),
                render: (_, a) => formatFenText(a.amountFen),
              },
              {
                key: 'state',
                title: t('payments.fields.status'),
                render: (_, a) =>
                  t(
                    a.released
                      ? 'payments.allocations.released'
                      : a.confirmed
                        ? 'payments.allocations.counted'
                        : 'payments.allocations.reserved',
                  ),
              },
            ]}
          />
          {p.kind === 'receipt' && <PaymentFiles payment={p} />}
        </Space>
      )}
      {p && (
        <ReasonModal
          open={asking !== undefined}
          onClose={() => setAsking(undefined)}
          title={t(asking === 'reverse' ? 'payments.actions.reverseTitle' : 'payments.actions.rejectTitle', {
            number: p.number,
          })}
          warning={t(
            asking === 'reverse' ? 'payments.actions.reverseWarning' : 'payments.actions.rejectWarning',
          )}
          okText={t(asking === 'reverse' ? 'payments.actions.reverse' : 'payments.actions.reject')}
          onSubmit={(reason) =>
            asking === 'reverse'
              ? reverse.mutateAsync({ id: p.id, reason })
              : reject.mutateAsync({ id: p.id, reason })
          }
        />
      )}
    </Drawer>
  );
}
