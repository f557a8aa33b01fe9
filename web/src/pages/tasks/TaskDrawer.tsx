import { Button, Descriptions, Drawer, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTask } from '../../api/hooks/tasks';
import type { TTask } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';

export const statusColor: Record<TTask['status'], string> = {
  open: 'blue',
  done: 'gold',
  evaluated: 'green',
  cancelled: 'default',
};

export function TaskStatusTag({ task }: { task: TTask }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Tag color={statusColor[task.status]}>{t(`tasks.statuses.${task.status}`)}</Tag>
      {task.overdue && <Tag color="red">{t('tasks.overdue')}</Tag>}
    </Space>
  );
}

/** One task with everything ORG-4 requires, its result and evaluation, and the actions allowed now. */
export function TaskDrawer(props: {
  id: string | undefined;
  onClose: () => void;
  onDone: (task: TTask) => void;
  onEvaluate: (task: TTask) => void;
}) {
  const { t } = useTranslation();
  const task = useTask(props.id);
  const d = task.data;
  const pre = (text: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
  return (
    <Drawer
      open={props.id !== undefined}
      onClose={props.onClose}
      size="large"
      title={t('tasks.detail')}
      extra={
        d && (
          <Space>
            {d.actions.done && (
              <Button type="primary" onClick={() => props.onDone(d)} data-testid="task-done">
                {t('tasks.markDone')}
              </Button>
            )}
            {d.actions.evaluate && (
              <Button type="primary" onClick={() => props.onEvaluate(d)} data-testid="task-evaluate">
                {t('tasks.evaluate')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />
      {task.isPending && props.id && <Skeleton active />}
      {d && (
        <Descriptions column={1} bordered size="small" data-testid="task-detail">
          <Descriptions.Item label={t('tasks.fields.status')}>
            <TaskStatusTag task={d} />
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.assigner')}>{d.assigner.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.assignee')}>{d.assignee.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.content')}>{pre(d.content)}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.dueAt')}>{formatDateTime(d.dueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.place')}>{d.place}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.actionPlan')}>{pre(d.actionPlan)}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.controlMethod')}>
            {pre(d.controlMethod)}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.evaluationMethod')}>
            {pre(d.evaluationMethod)}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.source')}>
            {t(`tasks.sources.${d.source}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(d.createdAt)}</Descriptions.Item>
          {d.doneAt && (
            <>
              <Descriptions.Item label={t('tasks.fields.doneAt')}>
                {formatDateTime(d.doneAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.fields.doneNote')}>{pre(d.doneNote)}</Descriptions.Item>
            </>
          )}
          {d.evaluatedAt && (
            <>
              <Descriptions.Item label={t('tasks.fields.evaluation')}>{pre(d.evaluation)}</Descriptions.Item>
              <Descriptions.Item label={t('tasks.fields.score')}>{d.score}</Descriptions.Item>
            </>
          )}
        </Descriptions>
      )}
    </Drawer>
  );
}
