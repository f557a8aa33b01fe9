import { Alert, Button, Card, DatePicker, Flex, Form, Input, List, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { companyNow, formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import {
  type TWorkLogDay,
  type TWorkLogSave,
  useLogList,
  useMyLogDay,
  useSaveLog,
  useSubmitLog,
} from './hooks';
import { LogTags } from './LogTags';
import { LogView } from './LogView';

type Values = TWorkLogSave;

function LogForm({ data }: { data: TWorkLogDay }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveLog();
  const submit = useSubmitLog();
  const { run, error, pending } = useAction({ form, inline: true });
  const log = data.log;
  const amending = !!log && log.status === 'submitted' && log.closed;
  useEffect(() => {
    form.setFieldsValue({
      done: log ? log.done : data.prefill,
      customerOpinions: log?.customerOpinions ?? '',
      problems: log?.problems ?? '',
      tomorrowPlan: log?.tomorrowPlan ?? '',
      reason: null,
    });
  }, [form, log, data.prefill]);
  const body = () => form.getFieldsValue(true) as Values;
  const onSave = () => run(() => save.mutateAsync({ day: data.day, body: body() }), t('worklogs.saved'));
  const onSubmit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    await run(() => submit.mutateAsync({ day: data.day, body: body() }), t('worklogs.submittedMessage'));
  };
  const rows = { autoSize: { minRows: 3, maxRows: 12 } };
  return (
    <Form<Values> form={form} layout="vertical" data-testid="worklog-form">
      {log?.reviewStatus === 'returned' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('worklogs.returned', { comment: log.reviewComment ?? '' })}
        />
      )}
      {amending && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('worklogs.amendHint')} />
      )}
      <Form.Item
        name="done"
        label={t('worklogs.fields.done')}
        extra={!log && data.prefill ? t('worklogs.prefilled') : undefined}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea {...rows} data-testid="worklog-done" />
      </Form.Item>
      <Form.Item name="customerOpinions" label={t('worklogs.fields.customerOpinions')}>
        <Input.TextArea {...rows} />
      </Form.Item>
      <Form.Item name="problems" label={t('worklogs.fields.problems')}>
        <Input.TextArea {...rows} />
      </Form.Item>
      <Form.Item name="tomorrowPlan" label={t('worklogs.fields.tomorrowPlan')}>
        <Input.TextArea {...rows} />
      </Form.Item>
      {amending && (
        <Form.Item
          name="reason"
          label={t('worklogs.fields.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
      )}
      <ErrorAlert error={error} />
      <Flex gap={8} wrap>
        <Button size="large" onClick={onSave} loading={pending} data-testid="worklog-save">
          {amending ? t('worklogs.amend') : t('worklogs.save')}
        </Button>
        {(!log || log.actions.submit) && (
          <Button
            type="primary"
            size="large"
            onClick={onSubmit}
            loading={pending}
            data-testid="worklog-submit"
          >
            {t('worklogs.submit')}
          </Button>
        )}
      </Flex>
    </Form>
  );
}

/**
 * OPS-1 (我的工作日志): the log of a day (today by default, `?day=` from 待办) — prefilled from the
 * day's records, saved, submitted; after the day closes a change needs a reason and is kept as a
 * revision. Below, my logs by day with their state. One column: works on a phone.
 */
export function WorkLogPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const today = companyNow().format('YYYY-MM-DD');
  const day = params.get('day') ?? today;
  const data = useMyLogDay(day);
  const mine = useLogList(
    { userId: me.data?.user.id, page: 1, pageSize: 10, sort: 'day', order: 'desc' },
    !!me.data,
  );
  const pick = (d: string) => setParams({ day: d }, { replace: true });
  return (
    <Flex vertical gap={16}>
      <Card
        title={t('worklogs.title')}
        extra={
          <DatePicker
            value={dayjs(day)}
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            onChange={(d) => d && pick(d.format('YYYY-MM-DD'))}
          />
        }
      >
        {data.isLoading && <Spin />}
        <ErrorAlert error={data.error} />
        {data.data && (
          <>
            <Space wrap style={{ marginBottom: 12 }}>
              <Typography.Text strong>{day}</Typography.Text>
              <Typography.Text type="secondary">
                {t('worklogs.dueAt', { at: formatDateTime(data.data.dueAt) })}
              </Typography.Text>
              {data.data.trip && (
                <Typography.Text type="secondary">
                  {t('worklogs.onTrip', { day: data.data.trip.backOn })}
                </Typography.Text>
              )}
              {data.data.log && <LogTags log={data.data.log} />}
            </Space>
            <LogForm key={day} data={data.data} />
            {data.data.log && data.data.log.history.length > 0 && (
              <div style={{ marginTop: 16 }}>
                <LogView log={data.data.log} />
              </div>
            )}
          </>
        )}
      </Card>
      <Card title={t('worklogs.mine')} size="small">
        <List
          loading={mine.isLoading}
          dataSource={mine.data?.items ?? []}
          locale={{ emptyText: t('worklogs.empty') }}
          renderItem={(r) => (
            <List.Item onClick={() => pick(r.day)} style={{ cursor: 'pointer' }}>
              <List.Item.Meta
                title={
                  <Space wrap>
                    {r.day} <LogTags log={r} />
                  </Space>
                }
                description={r.summary || '—'}
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
