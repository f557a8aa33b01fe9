import { Flex, Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TTodoRow } from '../../api/types';
import { type Decision, DecisionButtons } from '../../components/ApprovalDecisionModal';
import { formatDateTime, formatFenText, localized } from '../../components/format';

/** A row of 待办 on a phone: what, for whom, how much, by when, and its actions under it. */
export function TodoRowCard({ row: r, onDecide }: { row: TTodoRow; onDecide: (d: Decision) => void }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const text = (v: TTodoRow['title']) => localized(v, i18n.language);
  return (
    <Flex
      vertical
      gap={2}
      style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      data-testid="todo-row"
    >
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {r.link ? <Link to={r.link}>{text(r.title)}</Link> : text(r.title)}
      </Typography.Text>
      {r.detail && <Typography.Text type="secondary">{text(r.detail)}</Typography.Text>}
      {(r.subject || r.amountFen) && (
        <Typography.Text>
          {[r.subject, formatFenText(r.amountFen)].filter(Boolean).join(' · ')}
        </Typography.Text>
      )}
      {r.dueAt && (
        <Space size={4} wrap>
          <Typography.Text type={r.overdue ? 'danger' : 'secondary'}>
            {formatDateTime(r.dueAt)}
          </Typography.Text>
          {r.overdue && <Tag color="red">{t('todo.overdue')}</Tag>}
        </Space>
      )}
      <Flex gap={8} justify="flex-end" align="center" wrap>
        {r.action?.kind === 'approve' && r.action.ids.requestId && (
          <DecisionButtons
            item={{ requestId: r.action.ids.requestId, title: text(r.title) }}
            onDecide={onDecide}
            testIdPrefix="todo"
          />
        )}
        {r.link && (
          <Link to={r.link} data-testid="todo-open" style={{ padding: '6px 4px' }}>
            {t('todo.handle')}
          </Link>
        )}
      </Flex>
    </Flex>
  );
}
