import { Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { endOfWorkingDayAhead, formatDateTimeMinutes, fromPickerValue } from '../../components/company-time';
import { DateTimeField } from '../../components/DateTimeField';
import { useAction } from '../../components/use-action';
import { type TMeeting, useAddAssignment } from './hooks';

type Values = { assigneeId: string; content: string; dueAt: Dayjs };

/**
 * OPS-6/ORG-4: today's work — each assignment a task to a direct report, or routed to the person's
 * direct superior (shown as such).
 */
export function AssignmentsCard({ meeting }: { meeting: TMeeting }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddAssignment(meeting.id);
  const action = useAction({ form });
  return (
    <Card title={t('meetings.assignments')} size="small" style={{ marginTop: 12 }}>
      <List
        dataSource={meeting.assignments}
        locale={{ emptyText: t('meetings.noAssignments') }}
        data-testid="assignments"
        renderItem={(a) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Typography.Text>
                {a.assignee.displayName}：{a.content}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('meetings.due', { at: formatDateTimeMinutes(a.dueAt) })}
                {a.routed && (
                  <Tag style={{ marginLeft: 8 }}>
                    {t('meetings.routedTo', { name: a.taskAssignee.displayName })}
                  </Tag>
                )}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {meeting.canHost && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ dueAt: endOfWorkingDayAhead() }}
          onFinish={async (v) => {
            const ok = await action.run(
              () =>
                add.mutateAsync({
                  assigneeId: v.assigneeId,
                  content: v.content,
                  dueAt: fromPickerValue(v.dueAt),
                }),
              t('meetings.assigned'),
            );
            if (ok) form.resetFields(['content', 'assigneeId']);
          }}
        >
          <Form.Item name="assigneeId" label={t('meetings.assignee')} rules={[{ required: true }]}>
            <Select
              data-testid="assignee"
              options={meeting.attendance
                .filter((a) => a.user.id !== meeting.host?.id)
                .map((a) => ({ value: a.user.id, label: a.user.displayName }))}
            />
          </Form.Item>
          <Form.Item
            name="content"
            label={t('meetings.content')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="assignment-content" />
          </Form.Item>
          <Form.Item name="dueAt" label={t('meetings.dueAt')} rules={[{ required: true }]}>
            <DateTimeField style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="assign">
            {t('meetings.assign')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
