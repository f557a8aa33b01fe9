import type { UseQueryResult } from '@tanstack/react-query';
import { Badge, Card, Empty, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TTodo } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText, localized } from '../../components/format';
import { DueRow } from './DueRow';
import type { DueTodayRow } from './due-today';

interface Props {
  query: UseQueryResult<TTodo>;
  rows: DueTodayRow[];
}

/** ORG-4: my 待办 that is late or due today, every kind together; the whole list one tap away. */
export function TodayTodo({ query, rows }: Props) {
  const { t, i18n } = useTranslation();
  const text = (v: DueTodayRow['title']) => localized(v, i18n.language);
  const all = (query.data?.sections ?? []).reduce((n, s) => n + s.total, 0);
  return (
    <Card
      size="small"
      data-testid="today-todo"
      title={
        <Space>
          {t('today.todo.title')}
          <Badge count={rows.length} overflowCount={99} />
        </Space>
      }
      extra={
        <Link to="/todo" data-testid="today-todo-all">
          {t('today.todo.all', { count: all })}
        </Link>
      }
    >
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : rows.length === 0 ? (
        !query.error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('today.todo.empty')} />
      ) : (
        rows.map((r) => (
          <DueRow
            key={`${r.source}:${r.id}`}
            title={text(r.title)}
            detail={[text(r.sectionLabel), r.subject, r.amountFen ? formatFenText(r.amountFen) : null]
              .filter(Boolean)
              .join(' · ')}
            dueAt={r.dueAt}
            overdue={r.overdue}
            link={r.link}
            testId="today-todo-row"
          />
        ))
      )}
    </Card>
  );
}
