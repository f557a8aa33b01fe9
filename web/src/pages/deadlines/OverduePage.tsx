import { Card, Flex, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTodo } from '../../api/hooks/todo';
import type { TDueItem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { TodoSections } from '../todo/TodoSections';
import { useOverdue } from './hooks';

interface Filters {
  ownerId?: string;
  unitId?: string;
}
type Sort = 'dueAt' | 'owner';

/**
 * 逾期事项: my overdue work from 待办 (every source, overdue filter: receivables owned or
 * escalated to me, dunning, tasks …), then the open items past their due time in my data scope,
 * by person and unit.
 */
export function OverduePage() {
  const { t } = useTranslation();
  const table = useServerTable<Filters, Sort>();
  const overdue = useOverdue(table.params);
  const mine = useTodo(true);
  return (
    <Flex vertical gap="middle">
      <Card title={t('deadlines.overdue.mine')} data-testid="overdue-mine">
        <Typography.Paragraph type="secondary">{t('deadlines.overdue.mineHint')}</Typography.Paragraph>
        <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
        <TodoSections data={mine.data} loading={mine.isPending} empty={t('deadlines.overdue.mineEmpty')} />
      </Card>
      <Card title={t('deadlines.overdue.team')}>
        <Typography.Paragraph type="secondary">{t('deadlines.overdue.hint')}</Typography.Paragraph>
        <SearchForm<Filters> onSearch={(values) => table.setFilters(values)}>
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('deadlines.overdue.owner')} />
          </Form.Item>
          <Form.Item name="unitId">
            <UnitTreeSelect placeholder={t('deadlines.overdue.unit')} />
          </Form.Item>
        </SearchForm>
        <PagedTable<TDueItem, Filters, Sort>
          query={overdue}
          table={table}
          data-testid="overdue-table"
          locale={{ emptyText: t('deadlines.overdue.empty') }}
          columns={[
            {
              key: 'owner',
              title: t('deadlines.overdue.owner'),
              sorter: true,
              render: (_, row) => `${row.owner.displayName} (${row.owner.username})`,
            },
            { key: 'unit', title: t('deadlines.overdue.unit'), render: (_, row) => row.unit.name },
            { key: 'title', title: t('deadlines.overdue.subject'), dataIndex: 'title' },
            {
              key: 'dueAt',
              title: t('deadlines.overdue.dueAt'),
              sorter: true,
              render: (_, row) => formatDateTime(row.dueAt),
            },
            {
              key: 'daysOverdue',
              title: t('deadlines.overdue.daysOverdue'),
              render: (_, row) =>
                row.daysOverdue > 0 ? (
                  <Tag color={row.daysOverdue >= 3 ? 'red' : 'orange'}>
                    {t('deadlines.overdue.days', { count: row.daysOverdue })}
                  </Tag>
                ) : (
                  <Tag color="gold">{t('deadlines.overdue.today')}</Tag>
                ),
            },
            {
              key: 'rungs',
              title: t('deadlines.overdue.escalation'),
              render: (_, row) => t('deadlines.overdue.rungs', { count: row.rungsFired }),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
