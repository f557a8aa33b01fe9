import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TOrderStatus, TReturnKind, TReturnStatus } from '../../api/types';

/** Q2C-10: the order's way, in order: 生产中 → 部分发货 → 已发货 → 已送达 → 已验收. */
export const orderStatuses: TOrderStatus[] = [
  'production',
  'partially_shipped',
  'shipped',
  'delivered',
  'accepted',
];
export const returnStatuses: TReturnStatus[] = ['draft', 'reviewing', 'approved', 'rejected'];
export const returnKinds: TReturnKind[] = ['return', 'exchange'];

const orderColor: Record<TOrderStatus, string> = {
  production: 'default',
  partially_shipped: 'processing',
  shipped: 'blue',
  delivered: 'cyan',
  accepted: 'success',
};

const returnColor: Record<TReturnStatus, string> = {
  draft: 'default',
  reviewing: 'processing',
  approved: 'success',
  rejected: 'error',
};

export function OrderStatusTag({ status }: { status: TOrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={orderColor[status]}>{t(`orders.status.${status}`)}</Tag>;
}

export function ReturnStatusTag({ status }: { status: TReturnStatus }) {
  const { t } = useTranslation();
  return <Tag color={returnColor[status]}>{t(`orders.returns.status.${status}`)}</Tag>;
}
