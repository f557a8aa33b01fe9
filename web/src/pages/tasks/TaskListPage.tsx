import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { useTaskPage } from '../../api/hooks/tasks';
import type { TTask, TTaskListQuery } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { TaskDrawer, TaskStatusTag } from './TaskDrawer';
import { TaskCreateModal, TaskDoneModal, TaskEvaluateModal } from './TaskFormModals';

type Box = NonNullable<TTaskListQuery['box']>;
type Filters = Pick<TTaskListQuery, 'status' | 'q'>;
const statuses = ['open', 'done', 'evaluated'] as const;

function TaskTable({ box, onOpen }: { box: Box; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const table = useServerTable<Filters, 'dueAt' | 'createdAt'>();
  const page = useTaskPage({ ...table.params, box });
  return (
    <>
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('tasks.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('tasks.fields.status')}
            style={{ width: 140 }}
            options={statuses.map((s) => ({ value: s, label: t(`tasks.statuses.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TTask, Filters, 'dueAt' | 'createdAt'>
        query={page}
        table={table}
        data-testid={`task-table-${box}`}
        columns={[
          {
            key: 'content',
            title: t('tasks.fields.content'),
            render: (_, r) => (
              <Typography.Link onClick={() => onOpen(r.id)} ellipsis style={{ maxWidth: 360 }}>
                {r.content}
              </Typography.Link>
            ),
          },
          ...(box === 'received'
            ? []
            : [
                {
                  key: 'assignee',
                  title: t('tasks.fields.assignee'),
                  render: (_: unknown, r: TTask) => r.assignee.displayName,
                },
              ]),
          ...(box === 'assigned'
            ? []
            : [
                {
                  key: 'assigner',
                  title: t('tasks.fields.assigner'),
                  render: (_: unknown, r: TTask) => r.assigner.displayName,
                },
              ]),
          {
            key: 'dueAt',
            title: t('tasks.fields.dueAt'),
            sorter: true,
            render: (_, r) => formatDateTime(r.dueAt),
          },
          { key: 'status', title: t('tasks.fields.status'), render: (_, r) => <TaskStatusTag task={r} /> },
          {
            key: 'source',
            title: t('tasks.fields.source'),
            render: (_, r) => t(`tasks.sources.${r.source}`),
          },
          {
            key: 'createdAt',
            title: t('common.createdAt'),
            sorter: true,
            render: (_, r) => formatDateTime(r.createdAt),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                <Button size="small" type="link" onClick={() => onOpen(r.id)}>
                  {r.actions.done
                    ? t('tasks.markDone')
                    : r.actions.evaluate
                      ? t('tasks.evaluate')
                      : t('common.view')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/** 指令 (ORG-3, ORG-4): tasks I gave, tasks given to me, and my subordinates' tasks (skip-level inspection). */
export function TaskListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canAssign = Boolean(me.data && 'task:assign' in me.data.permissions);
  const [params, setParams] = useSearchParams();
  const openId = params.get('id') ?? undefined;
  const box = (params.get('box') as Box | null) ?? (canAssign ? 'assigned' : 'received');
  const [creating, setCreating] = useState(false);
  const [doneTask, setDoneTask] = useState<TTask | null>(null);
  const [evalTask, setEvalTask] = useState<TTask | null>(null);
  const setParam = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === undefined) next.delete(key);
      else next.set(key, value);
      return next;
    });

  const boxes: Box[] = canAssign ? ['assigned', 'received', 'subordinates'] : ['received', 'subordinates'];
  return (
    <Card
      title={t('tasks.title')}
      extra={
        canAssign && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="task-create"
          >
            {t('tasks.create')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={box}
        onChange={(key) => setParam('box', key)}
        destroyOnHidden
        items={boxes.map((b) => ({
          key: b,
          label: t(`tasks.boxes.${b}`),
          children: <TaskTable box={b} onOpen={(id) => setParam('id', id)} />,
        }))}
      />
      <TaskDrawer
        id={openId}
        onClose={() => setParam('id', undefined)}
        onDone={setDoneTask}
        onEvaluate={setEvalTask}
      />
      <TaskCreateModal open={creating} onClose={() => setCreating(false)} />
      <TaskDoneModal task={doneTask} onClose={() => setDoneTask(null)} />
      <TaskEvaluateModal task={evalTask} onClose={() => setEvalTask(null)} />
    </Card>
  );
}
