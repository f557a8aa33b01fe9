import { Badge, Button, Card, Empty, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTodo, useTodoCount } from '../../api/hooks/todo';
import type { TAppeal, TTask, TTodoApproval, TTodoDeadline } from '../../api/types';
import {
  ApprovalDecisionModal,
  type Decision,
  DecisionButtons,
} from '../../components/ApprovalDecisionModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, localized } from '../../components/format';

function tabLabel(text: string, count: number | undefined) {
  return (
    <Space size={4}>
      {text}
      <Badge count={count ?? 0} size="small" />
    </Space>
  );
}

/** 待办: approvals waiting for me, due and overdue items, tasks to do or evaluate, appeals to answer. */
export function TodoPage() {
  const { t, i18n } = useTranslation();
  const todo = useTodo();
  const count = useTodoCount();
  const data = todo.data;
  const loading = todo.isPending;
  const empty = <Empty description={t('todo.empty')} />;
  const [chosen, setChosen] = useState<string>();
  const [decision, setDecision] = useState<Decision>();
  // Until a tab is chosen, open the first one with something in it.
  const sections = ['approvals', 'deadlines', 'tasks', 'appeals'] as const;
  const activeKey = chosen ?? sections.find((k) => (data?.[k].total ?? 0) > 0) ?? 'approvals';

  const approvals = (
    <Table<TTodoApproval>
      rowKey="stepId"
      size="middle"
      loading={loading}
      dataSource={data?.approvals.items}
      pagination={false}
      locale={{ emptyText: empty }}
      columns={[
        {
          key: 'type',
          title: t('todo.cols.type'),
          render: (_, r) => <Tag>{localized(r.docTypeLabel, i18n.language)}</Tag>,
        },
        {
          key: 'title',
          title: t('todo.cols.title'),
          render: (_, r) => (r.link ? <Link to={r.link}>{r.title}</Link> : r.title),
        },
        { key: 'submitter', title: t('todo.cols.submitter'), render: (_, r) => r.submitter.displayName },
        { key: 'step', title: t('todo.cols.step'), render: (_, r) => `${r.seq} / ${r.stepCount}` },
        { key: 'at', title: t('todo.cols.submittedAt'), render: (_, r) => formatDateTime(r.submittedAt) },
        {
          key: 'go',
          title: t('common.actions'),
          render: (_, r) => (
            <Space size={0}>
              <DecisionButtons item={r} onDecide={setDecision} testIdPrefix="todo" />
              <Link to="/approvals" data-testid="todo-approval-open">
                {t('todo.handle')}
              </Link>
            </Space>
          ),
        },
      ]}
    />
  );

  const deadlines = (
    <Table<TTodoDeadline>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.deadlines.items}
      pagination={false}
      locale={{ emptyText: empty }}
      columns={[
        { key: 'title', title: t('todo.cols.title'), dataIndex: 'title' },
        {
          key: 'dueAt',
          title: t('todo.cols.dueAt'),
          render: (_, r) => (
            <Space>
              {formatDateTime(r.dueAt)}
              {r.overdue ? (
                <Tag color="red">{t('todo.overdue')}</Tag>
              ) : (
                <Tag color="orange">{t('todo.dueSoon')}</Tag>
              )}
            </Space>
          ),
        },
        {
          key: 'go',
          title: t('common.actions'),
          render: (_, r) => (r.link ? <Link to={r.link}>{t('common.view')}</Link> : null),
        },
      ]}
    />
  );

  const tasks = (
    <Table<TTask>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.tasks.items}
      pagination={false}
      locale={{ emptyText: empty }}
      columns={[
        {
          key: 'content',
          title: t('tasks.fields.content'),
          render: (_, r) => (
            <Typography.Text ellipsis={{ tooltip: r.content }} style={{ maxWidth: 360 }}>
              {r.content}
            </Typography.Text>
          ),
        },
        {
          key: 'what',
          title: t('todo.cols.todo'),
          render: (_, r) =>
            r.actions.evaluate
              ? t('todo.toEvaluate', { name: r.assignee.displayName })
              : t('todo.toDo', { name: r.assigner.displayName }),
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
          render: (_, r) => <Link to={`/tasks?id=${r.id}`}>{t('todo.handle')}</Link>,
        },
      ]}
    />
  );

  const appeals = (
    <Table<TAppeal>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.appeals.items}
      pagination={false}
      locale={{ emptyText: empty }}
      columns={[
        { key: 'from', title: t('tasks.appeals.appellant'), render: (_, r) => r.appellant.displayName },
        {
          key: 'content',
          title: t('tasks.appeals.content'),
          render: (_, r) => (
            <Typography.Text ellipsis={{ tooltip: r.content }} style={{ maxWidth: 360 }}>
              {r.content}
            </Typography.Text>
          ),
        },
        { key: 'at', title: t('common.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
        {
          key: 'go',
          title: t('common.actions'),
          render: (_, r) => <Link to={`/appeals?box=tome&id=${r.id}`}>{t('todo.handle')}</Link>,
        },
      ]}
    />
  );

  return (
    <Card
      title={t('todo.title')}
      extra={
        <Link to="/notifications">
          <Button>
            {t('todo.notifications')}
            <Badge count={count.data?.unreadNotifications ?? 0} size="small" style={{ marginLeft: 4 }} />
          </Button>
        </Link>
      }
    >
      <ErrorAlert error={todo.error} onRetry={() => void todo.refetch()} />
      <Tabs
        activeKey={activeKey}
        onChange={setChosen}
        data-testid="todo-tabs"
        items={[
          {
            key: 'approvals',
            label: tabLabel(t('todo.tabs.approvals'), data?.approvals.total),
            children: approvals,
          },
          {
            key: 'deadlines',
            label: tabLabel(t('todo.tabs.deadlines'), data?.deadlines.total),
            children: deadlines,
          },
          { key: 'tasks', label: tabLabel(t('todo.tabs.tasks'), data?.tasks.total), children: tasks },
          { key: 'appeals', label: tabLabel(t('todo.tabs.appeals'), data?.appeals.total), children: appeals },
        ]}
      />
      <ApprovalDecisionModal decision={decision} onClose={() => setDecision(undefined)} />
    </Card>
  );
}
