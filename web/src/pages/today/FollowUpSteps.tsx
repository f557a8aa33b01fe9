import type { UseQueryResult } from '@tanstack/react-query';
import { Badge, Card, Empty, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TDueItemPage } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DueRow } from './DueRow';
import { bilingual } from './greeting';

/** CUS-8: the next steps I set on my follow-ups that fall due today or are late. */
export function FollowUpSteps({ query }: { query: UseQueryResult<TDueItemPage> }) {
  const { t, i18n } = useTranslation();
  const items = query.data?.items ?? [];
  return (
    <Card
      size="small"
      data-testid="today-follow-ups"
      title={
        <Space>
          {t('today.followUps.title')}
          <Badge count={query.data?.total ?? 0} color="blue" overflowCount={99} />
        </Space>
      }
    >
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        !query.error && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('today.followUps.empty')} />
        )
      ) : (
        items.map((item) => (
          <DueRow
            key={item.id}
            title={bilingual(item.title, i18n.language)}
            dueAt={item.dueAt}
            overdue={item.isOverdue}
            link={item.link}
            testId="today-follow-up"
          />
        ))
      )}
    </Card>
  );
}
