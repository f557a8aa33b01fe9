import { Card, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TDueItem } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { useOverdue } from './hooks';

interface Filters {
  ownerId?: string;
  unitId?: string;
}
type Sort = 'dueAt' | 'owner';

/** 逾期事项: open items past their due time, by person and unit, within the user's data scope. */
export function OverduePage() {
  const { t } = useTranslation();
  const table = useServerTable<Filters, Sort>();
  const overdue = useOverdue(table.params);
  return (
    <Card title={t('deadlines.overdue.title')}>
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
  );
}
