import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import { useVisitPage } from '../../api/hooks/visits';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VisitCard } from './VisitCard';

/**
 * VIS-4, for the phone's 今日: the signed-in user's visits planned for today (the company's day on
 * the server's clock) — customer, purpose, planned hours, status; a tap opens the visit.
 */
export function TodayVisits() {
  const { t } = useTranslation();
  const me = useMe();
  const repId = me.data?.user.id;
  const page = useVisitPage({ today: 'true', repId, pageSize: 50, order: 'asc' }, repId !== undefined);
  const items = (page.data?.items ?? []).filter((v) => v.status !== 'cancelled');
  return (
    <Flex vertical gap={8} data-testid="today-visits">
      <Typography.Text strong>{t('visits.today.title')}</Typography.Text>
      <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />
      {page.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        !page.error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.today.empty')} />
      ) : (
        items.map((v) => <VisitCard key={v.id} visit={v} />)
      )}
    </Flex>
  );
}
