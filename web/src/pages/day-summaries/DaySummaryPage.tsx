import { Button, Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDaySummary } from './hooks';
import { SummaryView } from './SummaryView';

/** OPS-3: one end-of-day summary — the GM's and the manager's read view; the assistant sends from here too. */
export function DaySummaryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const summary = useDaySummary(id);
  return (
    <Card
      title={t('daySummaries.title')}
      extra={
        <Link to="/day-summaries?tab=archive">
          <Button type="link">{t('daySummaries.archive')}</Button>
        </Link>
      }
    >
      <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
      {summary.isPending ? <Spin /> : summary.data && <SummaryView summary={summary.data} />}
    </Card>
  );
}
