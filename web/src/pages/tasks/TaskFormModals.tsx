import { Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAssignable, useCreateTask, useEvaluateTask, useTaskDone } from '../../api/hooks/tasks';
import type { TTask, TTaskCreate, TTaskSource } from '../../api/types';
import { fromPickerValue } from '../../components/company-time';
import { DateTimeField } from '../../components/DateTimeField';
import { FormModal } from '../../components/FormModal';

export const taskSources: TTaskSource[] = ['verbal', 'written', 'meeting'];

type CreateValues = Omit<TTaskCreate, 'dueAt'> & { dueAt: Dayjs };

/** ORG-4: a complete instruction — to a direct report only (ORG-3). */
export function TaskCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const assignable = useAssignable(open);
  const create = useCreateTask();
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  return (
    <FormModal<CreateValues>
      open={open}
      title={t('tasks.create')}
      onClose={onClose}
      width={640}
      testId="task-create-form"
      codeFields={{ TASK_NOT_DIRECT_REPORT: 'assigneeId', TASK_DUE_IN_PAST: 'dueAt' }}
      successMessage={t('tasks.created')}
      onSubmit={({ dueAt, ...values }) => create.mutateAsync({ ...values, dueAt: fromPickerValue(dueAt) })}
    >
      <Form.Item
        name="assigneeId"
        label={t('tasks.fields.assignee')}
        extra={t('tasks.assigneeHint')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          loading={assignable.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={t('tasks.noReports')}
          options={assignable.data?.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
        />
      </Form.Item>
      <Form.Item name="content" label={t('tasks.fields.content')} rules={required}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="dueAt"
        label={t('tasks.fields.dueAt')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DateTimeField />
      </Form.Item>
      <Form.Item name="place" label={t('tasks.fields.place')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="actionPlan" label={t('tasks.fields.actionPlan')} rules={required}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="controlMethod" label={t('tasks.fields.controlMethod')} rules={required}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="evaluationMethod" label={t('tasks.fields.evaluationMethod')} rules={required}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('tasks.fields.source')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Radio.Group options={taskSources.map((s) => ({ value: s, label: t(`tasks.sources.${s}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

export function TaskDoneModal({ task, onClose }: { task: TTask | null; onClose: () => void }) {
  const { t } = useTranslation();
  const done = useTaskDone();
  return (
    <FormModal<{ note: string }>
      open={task !== null}
      title={t('tasks.markDone')}
      onClose={onClose}
      testId="task-done-form"
      okText={t('tasks.markDone')}
      onSubmit={(body) => done.mutateAsync({ id: task?.id ?? '', body })}
    >
      <Form.Item
        name="note"
        label={t('tasks.fields.doneNote')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

export function TaskEvaluateModal({ task, onClose }: { task: TTask | null; onClose: () => void }) {
  const { t } = useTranslation();
  const evaluate = useEvaluateTask();
  return (
    <FormModal<{ evaluation: string; score: number }>
      open={task !== null}
      title={t('tasks.evaluate')}
      onClose={onClose}
      testId="task-evaluate-form"
      okText={t('tasks.evaluate')}
      onSubmit={(body) => evaluate.mutateAsync({ id: task?.id ?? '', body })}
    >
      {task && (
        <Form.Item label={t('tasks.fields.evaluationMethod')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{task.evaluationMethod}</span>
        </Form.Item>
      )}
      <Form.Item
        name="evaluation"
        label={t('tasks.fields.evaluation')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="score"
        label={t('tasks.fields.score')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
