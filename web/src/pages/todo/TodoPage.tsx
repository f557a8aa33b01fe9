import { Badge, Button, Card, Space, Spin, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTodo, useTodoCount } from '../../api/hooks/todo';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TodoSections } from './TodoSections';

/**
 * 待办: every piece of work waiting for me, by kind (approvals, payments to confirm, overdue
 * receivables, dunning, pool warnings, order intents, tasks, appeals, due items), overdue first.
 */
export function TodoPage() {
  const { t } = useTranslation();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const todo = useTodo(overdueOnly);
  const count = useTodoCount();
  return (
    <Card
      title={t('todo.title')}
      extra={
        <Space>
          <Space size={4}>
            <Switch checked={overdueOnly} onChange={setOverdueOnly} data-testid="todo-overdue-only" />
            {t('todo.overdueOnly')}
          </Space>
          <Link to="/notifications">
            <Button>
              {t('todo.notifications')}
              <Badge count={count.data?.unreadNotifications ?? 0} size="small" style={{ marginLeft: 4 }} />
            </Button>
          </Link>
        </Space>
      }
    >
      <ErrorAlert error={todo.error} onRetry={() => void todo.refetch()} />
      <Spin spinning={todo.isFetching && !todo.data}>
        <TodoSections
          data={todo.data}
          loading={todo.isPending}
          empty={overdueOnly ? t('todo.emptyOverdue') : t('todo.empty')}
        />
      </Spin>
    </Card>
  );
}
