import { Badge, Card, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TTodo, TTodoRow, TTodoSection } from '../../api/types';
import {
  ApprovalDecisionModal,
  type Decision,
  DecisionButtons,
} from '../../components/ApprovalDecisionModal';
import { formatDateTime, formatFenText, localized } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import { TodoRowCard } from './TodoRowCard';

/** The fen of the rows shown that carry an amount, added up ("¥1,234.00"); '' when none. */
function sumOf(rows: TTodoRow[]): string {
  const amounts = rows.flatMap((r) => (r.amountFen ? [BigInt(r.amountFen)] : []));
  return amounts.length ? formatFenText(amounts.reduce((a, b) => a + b, 0n).toString()) : '';
}

/** One kind of work: a table on a desktop, a card per row on a phone. */
function SectionTable({ section, onDecide }: { section: TTodoSection; onDecide: (d: Decision) => void }) {
  const { t, i18n } = useTranslation();
  const phone = usePhone();
  const text = (v: TTodoRow['title']) => localized(v, i18n.language);
  const total = sumOf(section.items);
  return (
    <Card
      size="small"
      data-testid={`todo-section-${section.key}`}
      title={
        <Space>
          {text(section.label)}
          <Badge count={section.total} overflowCount={999} color="blue" />
        </Space>
      }
      extra={total ? t('todo.sum', { amount: total }) : undefined}
    >
      {phone ? (
        section.items.map((r) => <TodoRowCard key={r.id} row={r} onDecide={onDecide} />)
      ) : (
        <Table<TTodoRow>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={section.items}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'title',
              title: t('todo.cols.title'),
              render: (_, r) => (
                <Flex vertical>
                  {r.link ? <Link to={r.link}>{text(r.title)}</Link> : text(r.title)}
                  {r.detail && <Typography.Text type="secondary">{text(r.detail)}</Typography.Text>}
                </Flex>
              ),
            },
            { key: 'subject', title: t('todo.cols.subject'), render: (_, r) => r.subject ?? '' },
            {
              key: 'amount',
              title: t('todo.cols.amount'),
              align: 'right',
              render: (_, r) => formatFenText(r.amountFen),
            },
            {
              key: 'dueAt',
              title: t('todo.cols.dueAt'),
              render: (_, r) => (
                <Space>
                  {formatDateTime(r.dueAt)}
                  {r.overdue && <Tag color="red">{t('todo.overdue')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'go',
              title: t('common.actions'),
              render: (_, r) => (
                <Space size={0}>
                  {r.action?.kind === 'approve' && r.action.ids.requestId && (
                    <DecisionButtons
                      item={{ requestId: r.action.ids.requestId, title: text(r.title) }}
                      onDecide={onDecide}
                      testIdPrefix="todo"
                    />
                  )}
                  {r.link && (
                    <Link to={r.link} data-testid="todo-open">
                      {t('todo.handle')}
                    </Link>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {section.total > section.items.length && (
        <Typography.Text type="secondary">
          {t('todo.more', { shown: section.items.length, total: section.total })}
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * The sections of 待办 that hold something, each with its heading and count; rows open their
 * record, and an approval is decided in place.
 */
export function TodoSections({ data, loading, empty }: { data?: TTodo; loading: boolean; empty: string }) {
  const [decision, setDecision] = useState<Decision>();
  const sections = data?.sections.filter((s) => s.total > 0) ?? [];
  if (!loading && data && sections.length === 0)
    return <Empty description={empty} data-testid="todo-empty" />;
  return (
    <Flex vertical gap="middle">
      {sections.map((s) => (
        <SectionTable key={s.key} section={s} onDecide={setDecision} />
      ))}
      <ApprovalDecisionModal decision={decision} onClose={() => setDecision(undefined)} />
    </Flex>
  );
}
