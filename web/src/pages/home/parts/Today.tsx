import { Badge, Card, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../components/format';
import { purposeLabel } from '../../visits/purpose-label';
import { hoursOf, VisitStatusTag } from '../../visits/visit-tags';
import type { TWorkbenchMe } from '../hooks';

/** VIS-4: my visits planned for today; a row opens the visit. */
export function VisitsTodayCard({ me }: { me: TWorkbenchMe }) {
  const { t } = useTranslation();
  const visits = me.visitsToday ?? [];
  return (
    <Card
      size="small"
      title={t('workbench.today.visits')}
      extra={<Link to={me.visitsLink}>{t('workbench.today.open')}</Link>}
      style={{ height: '100%' }}
      data-testid="workbench-visits"
    >
      {visits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.today.noVisits')} />
      ) : (
        <List
          size="small"
          dataSource={visits}
          renderItem={(v) => (
            <List.Item key={v.id}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Link to={v.link} data-testid="workbench-visit">
                  {v.customer.name}
                </Link>
                <Flex gap={6} wrap align="center">
                  <VisitStatusTag status={v.status} />
                  <Typography.Text type="secondary">
                    {purposeLabel(t, v.purpose)} · {t('visits.hours', { hours: hoursOf(v.plannedMinutes) })}
                  </Typography.Text>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** 待办: how much of each kind of work waits for me; a row opens 待办. */
export function TodoCard({ todo }: { todo: TWorkbenchMe['todo'] }) {
  const { t, i18n } = useTranslation();
  const open = todo.sections.filter((s) => s.count > 0);
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          {t('workbench.today.todo')}
          <Badge
            count={todo.total}
            showZero
            color={todo.total > 0 ? 'red' : 'gray'}
            data-testid="workbench-todo-total"
          />
        </Flex>
      }
      extra={<Link to={todo.link}>{t('workbench.today.open')}</Link>}
      style={{ height: '100%' }}
      data-testid="workbench-todo"
    >
      {open.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.today.noTodo')} />
      ) : (
        <List
          size="small"
          dataSource={open}
          renderItem={(s) => (
            <List.Item key={s.key} extra={<Typography.Text strong>{s.count}</Typography.Text>}>
              <Link to={todo.link}>{localized(s.label, i18n.language)}</Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
