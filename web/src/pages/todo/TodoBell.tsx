import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTodoCount } from '../../api/hooks/todo';
import { localized } from '../../components/format';

/** The header bell: a red badge with my to-dos plus unread notifications; a click opens 待办. */
export function TodoBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const count = useTodoCount();
  const c = count.data;
  const parts = (c?.sections ?? [])
    .filter((s) => s.count > 0)
    .map((s) => `${localized(s.label, i18n.language)} ${s.count}`);
  const tip = c
    ? [...parts, t('todo.bell.unread', { count: c.unreadNotifications })].join(t('todo.bell.joiner'))
    : t('todo.title');
  return (
    <Tooltip title={tip}>
      <Button
        type="text"
        aria-label={t('todo.title')}
        data-testid="todo-bell"
        onClick={() => navigate('/todo')}
      >
        <Badge count={c?.badge ?? 0} size="small" data-testid="todo-badge">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Tooltip>
  );
}
