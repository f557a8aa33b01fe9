import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePoolStatus } from '../../api/hooks/pool';
import { formatDateTime } from '../../components/format';

/**
 * Where a customer stands on the pool clock: "N 天后退回公海", in the warning colour inside
 * the warning window; or that it is in the pool. Nothing while loading or when unreadable.
 */
export function PoolStatusBanner({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const status = usePoolStatus(customerId);
  const s = status.data;
  if (!s) return null;
  if (!s.owned) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="pool-status"
        title={
          s.pooledAt
            ? t('pool.status.inPoolSince', { date: formatDateTime(s.pooledAt) })
            : t('pool.status.inPool')
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  const when =
    s.daysLeft === 0 ? t('pool.status.returnToday') : t('pool.status.returnIn', { days: s.daysLeft ?? 0 });
  const detail = {
    poolDays: s.poolDays,
    lastActivity: formatDateTime(s.lastActivityAt),
    returnAt: formatDateTime(s.returnAt),
  };
  return (
    <Alert
      type={s.warning ? 'warning' : 'info'}
      showIcon
      data-testid="pool-status"
      title={when}
      description={s.warning ? t('pool.status.warningDetail', detail) : t('pool.status.detail', detail)}
      style={{ marginBottom: 16 }}
    />
  );
}
