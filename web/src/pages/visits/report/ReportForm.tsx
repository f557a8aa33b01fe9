import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Popconfirm, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/hooks/me';
import { useAssignable } from '../../../api/hooks/tasks';
import {
  type TVisitReport,
  type TVisitReportInput,
  useSaveVisitReport,
  useSubmitVisitReport,
} from '../../../api/hooks/visit-reports';
import { fromPickerValue, toPickerValue } from '../../../components/company-time';
import { DateTimeField } from '../../../components/DateTimeField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAction } from '../../../components/use-action';

type Draft = Omit<NonNullable<TVisitReportInput['commitments']>[number], 'dueAt'> & { dueAt: Dayjs | null };
type Values = Omit<TVisitReportInput, 'commitments'> & { commitments: Draft[] };

const achieved = ['yes', 'partly', 'no'] as const;

function initialValues(r: TVisitReport): Values {
  return {
    purposeAchieved: r.purposeAchieved,
    customerSituation: r.customerSituation ?? '',
    customerNeeds: r.customerNeeds ?? '',
    competitorInfo: r.competitorInfo ?? '',
    nextSteps: r.nextSteps ?? '',
    commitments: r.commitments
      .filter((c) => c.status === 'draft')
      .map((c) => ({
        content: c.content,
        ownerId: c.owner.id,
        dueAt: toPickerValue(c.dueAt),
        checkMethod: c.checkMethod,
      })),
  };
}

function toInput(v: Values): TVisitReportInput {
  return {
    ...v,
    commitments: (v.commitments ?? []).map((c) => ({
      ...c,
      dueAt: c.dueAt ? fromPickerValue(c.dueAt) : '',
    })),
  };
}

/**
 * VIS-5/VIS-6: the rep writes the report on the phone — one column, large touch targets: purpose
 * achieved, the customer's situation and needs, competitors, next steps, and the commitments made
 * (content, owner: oneself or a direct report, deadline, how it is checked). Save keeps a draft;
 * submit sends it to the supervisor.
 */
export function ReportForm({ report }: { report: TVisitReport }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const canAssign = !!me.data?.permissions['task:assign'];
  const reports = useAssignable(canAssign);
  const save = useSaveVisitReport();
  const submit = useSubmitVisitReport();
  const { run, error, pending } = useAction({ form, inline: true });
  const owners = [
    { value: me.data?.user.id ?? '', label: t('visitReports.commitment.self') },
    ...(reports.data ?? []).map((u) => ({ value: u.id, label: u.displayName })),
  ];
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];

  const onSave = () =>
    run(
      () => save.mutateAsync({ visitId: report.visitId, body: toInput(form.getFieldsValue(true)) }),
      t('visitReports.saved'),
    );
  const onSubmit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    await run(
      () => submit.mutateAsync({ visitId: report.visitId, body: toInput(form.getFieldsValue(true)) }),
      t('visitReports.submitted'),
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues(report)}
      data-testid="report-form"
      requiredMark={false}
    >
      <ErrorAlert error={error} />
      <Form.Item
        name="purposeAchieved"
        label={t('visitReports.fields.purposeAchieved')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          style={{ display: 'flex', width: '100%' }}
          options={achieved.map((a) => ({
            value: a,
            label: t(`visitReports.achieved.${a}`),
            style: { flex: 1, textAlign: 'center', paddingInline: 4, whiteSpace: 'nowrap' },
          }))}
          data-testid="purpose-achieved"
        />
      </Form.Item>
      <Form.Item name="customerSituation" label={t('visitReports.fields.customerSituation')} rules={required}>
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          maxLength={4000}
          placeholder={t('visitReports.placeholders.customerSituation')}
          data-testid="customer-situation"
        />
      </Form.Item>
      <Form.Item name="customerNeeds" label={t('visitReports.fields.customerNeeds')}>
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={4000}
          placeholder={t('visitReports.placeholders.customerNeeds')}
        />
      </Form.Item>
      <Form.Item name="competitorInfo" label={t('visitReports.fields.competitorInfo')}>
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={4000}
          placeholder={t('visitReports.placeholders.competitorInfo')}
        />
      </Form.Item>
      <Form.Item name="nextSteps" label={t('visitReports.fields.nextSteps')} rules={required}>
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={4000}
          placeholder={t('visitReports.placeholders.nextSteps')}
          data-testid="next-steps"
        />
      </Form.Item>

      <Typography.Title level={5}>{t('visitReports.commitment.drafts')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('visitReports.commitment.hint')}</Typography.Paragraph>
      <Form.List name="commitments">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                data-testid="commitment-draft"
                title={`${t('visitReports.fields.commitments')} ${i + 1}`}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('visitReports.commitment.remove')}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Form.Item
                  name={[field.name, 'content']}
                  label={t('visitReports.commitment.content')}
                  rules={required}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 2 }}
                    maxLength={1000}
                    data-testid="commitment-content"
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'ownerId']}
                  label={t('visitReports.commitment.owner')}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <Select options={owners} size="large" data-testid="commitment-owner" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'dueAt']}
                  label={t('visitReports.commitment.dueAt')}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <DateTimeField style={{ width: '100%' }} size="large" data-testid="commitment-due" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'checkMethod']}
                  label={t('visitReports.commitment.checkMethod')}
                  rules={required}
                >
                  <Input
                    maxLength={500}
                    placeholder={t('visitReports.commitment.checkMethodPlaceholder')}
                    data-testid="commitment-check"
                  />
                </Form.Item>
              </Card>
            ))}
            <Button
              block
              size="large"
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ ownerId: me.data?.user.id, content: '', checkMethod: '', dueAt: null })}
              data-testid="commitment-add"
            >
              {t('visitReports.commitment.add')}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Flex vertical gap={12}>
        <Popconfirm title={t('visitReports.submitConfirm')} onConfirm={onSubmit}>
          <Button
            type="primary"
            size="large"
            block
            loading={pending && submit.isPending}
            data-testid="report-submit"
          >
            {t('visitReports.submit')}
          </Button>
        </Popconfirm>
        <Button
          size="large"
          block
          onClick={onSave}
          loading={pending && save.isPending}
          data-testid="report-save"
        >
          {t('visitReports.saveDraft')}
        </Button>
      </Flex>
    </Form>
  );
}
