import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTodoCount } from '../../api/hooks/todo';

/** The header bell: a red badge with everything waiting for me; a click opens 待办. */
export function TodoBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const count = useTodoCount();
  const c = count.data;
  const tip = c
    ? t('todo.bell.tip', {
        approvals: c.approvals,
        deadlines: c.deadlines,
        tasks: c.tasks,
        appeals: c.appeals,
        unread: c.unreadNotifications,
      })
    : t('todo.title');
  return (
    <Tooltip title={tip}>
      <Button
        type="text"
        aria-label={t('todo.title')}
        data-testid="todo-bell"
        onClick={() => navigate('/todo')}
      >
        <Badge count={c?.total ?? 0} size="small" data-testid="todo-badge">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Tooltip>
  );
}
