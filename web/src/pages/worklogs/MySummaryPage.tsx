import { Alert, Button, Card, DatePicker, Flex, Form, Input, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { type TSummaryFields, useMySummary, useSaveSummary, useSubmitSummary } from './hooks';

/**
 * OPS-7: the supervisor's monthly summary of a month (last month by default) — results prefilled
 * from the team's indicators, problems, next month's plan; due by the policy day, read by the manager above.
 */
export function MySummaryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? companyNow().subtract(1, 'month').format('YYYY-MM');
  const data = useMySummary(month);
  const save = useSaveSummary();
  const submit = useSubmitSummary();
  const [form] = Form.useForm<TSummaryFields>();
  const { run, error, pending } = useAction({ form, inline: true });
  const s = data.data?.summary ?? null;
  const editable = !s || s.status === 'draft';
  useEffect(() => {
    if (!data.data) return;
    form.setFieldsValue({
      results: s ? s.results : data.data.prefill,
      problems: s?.problems ?? '',
      nextPlan: s?.nextPlan ?? '',
    });
  }, [form, data.data, s]);
  const body = () => form.getFieldsValue(true) as TSummaryFields;
  const rows = { autoSize: { minRows: 4, maxRows: 14 } };
  return (
    <Card
      title={t('worklogs.summary.mineTitle')}
      extra={
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setParams({ month: d.format('YYYY-MM') }, { replace: true })}
        />
      }
    >
      {data.isLoading && <Spin />}
      <ErrorAlert error={data.error} />
      {data.data && (
        <Form<TSummaryFields> form={form} layout="vertical" disabled={!editable}>
          <Typography.Paragraph type="secondary">
            {t('worklogs.summary.dueOn', { day: data.data.dueOn })}
          </Typography.Paragraph>
          {!editable && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('worklogs.summary.submittedHint')}
            />
          )}
          <Form.Item
            name="results"
            label={t('worklogs.summary.results')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input.TextArea {...rows} />
          </Form.Item>
          <Form.Item name="problems" label={t('worklogs.summary.problems')}>
            <Input.TextArea {...rows} />
          </Form.Item>
          <Form.Item name="nextPlan" label={t('worklogs.summary.nextPlan')}>
            <Input.TextArea {...rows} />
          </Form.Item>
          <ErrorAlert error={error} />
          {editable && (
            <Flex gap={8}>
              <Button
                onClick={() => run(() => save.mutateAsync({ month, body: body() }), t('worklogs.saved'))}
                loading={pending}
              >
                {t('worklogs.save')}
              </Button>
              <Button
                type="primary"
                loading={pending}
                onClick={async () => {
                  try {
                    await form.validateFields();
                  } catch {
                    return;
                  }
                  await run(
                    () => submit.mutateAsync({ month, body: body() }),
                    t('worklogs.submittedMessage'),
                  );
                }}
              >
                {t('worklogs.submit')}
              </Button>
            </Flex>
          )}
        </Form>
      )}
    </Card>
  );
}
