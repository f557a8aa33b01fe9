import { Descriptions, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { type TRewardItem, useRedeem } from './hooks';

interface Props {
  item: TRewardItem;
  balance: bigint | null;
  onClose: () => void;
  onDone: () => void;
}

/** INC-6: how many, what it costs in points and what is left — confirmed before the points are taken. */
export function RedeemModal({ item, balance, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState(1);
  const redeem = useRedeem();
  const action = useAction({ inline: true });
  const max = Math.min(100, item.stock ?? 100);
  const total = BigInt(item.pointsPrice) * BigInt(quantity);
  const after = balance === null ? null : balance - total;

  async function confirm() {
    if (await action.run(() => redeem.mutateAsync({ itemId: item.id, quantity }), t('rewards.redeem.done')))
      onDone();
  }

  return (
    <Modal
      open
      title={t('rewards.redeem.title', { name: item.name })}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={t('rewards.redeem.confirm')}
      okButtonProps={{
        loading: action.pending,
        disabled: max < 1,
        ...({ 'data-testid': 'redeem-confirm' } as Record<`data-${string}`, string>),
      }}
      cancelText={t('common.cancel')}
      destroyOnHidden
      data-testid="redeem-modal"
    >
      <ErrorAlert error={action.error} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('rewards.fields.kind')}>
          {enumLabel(t, 'kind', item.kind)}
        </Descriptions.Item>
        <Descriptions.Item label={t('rewards.fields.pointsPrice')}>
          {t('rewards.points', { n: item.pointsPrice })}
        </Descriptions.Item>
        <Descriptions.Item label={t('rewards.fields.quantity')}>
          <InputNumber
            min={1}
            max={Math.max(1, max)}
            precision={0}
            value={quantity}
            onChange={(v) => setQuantity(v ?? 1)}
            data-testid="redeem-quantity"
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('rewards.redeem.total')}>
          <Typography.Text strong data-testid="redeem-total">
            {t('rewards.points', { n: total.toString() })}
          </Typography.Text>
        </Descriptions.Item>
        {after !== null && (
          <Descriptions.Item label={t('rewards.redeem.after')}>
            <Typography.Text type={after < 0n ? 'danger' : undefined}>
              {after < 0n ? t('rewards.redeem.short') : t('rewards.points', { n: after.toString() })}
            </Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('rewards.redeem.hint')}
      </Typography.Paragraph>
    </Modal>
  );
}
