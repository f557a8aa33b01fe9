import { Alert, Checkbox, DatePicker, Descriptions, Form, Input, Select } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { pctText, valueText } from '../indicators/figures';
import { useCompletionBoard } from '../indicators/hooks';
import { PeriodPicker } from '../indicators/PeriodPicker';
import { codeOf } from '../indicators/period-code';
import { StandingTag } from '../indicators/standing-tag';
import { type TCoaching, useRecordCoaching } from './hooks';

interface Values {
  repId: string;
  period: string;
  findings: string;
  actions: string;
  followUpOn: Dayjs;
  adjust?: boolean;
  planPeriod?: string;
  reason?: string;
}

/** Ctrl+Enter (⌘+Enter) in a text area sends the form; Enter alone is a new line. */
function SubmittingTextArea(props: TextAreaProps & { onSubmit: () => void }) {
  const { onSubmit, ...rest } = props;
  return (
    <Input.TextArea
      autoSize={{ minRows: 3, maxRows: 8 }}
      maxLength={4000}
      {...rest}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          onSubmit();
        }
      }}
    />
  );
}

/** The person, their figures for the period and where they stand, as the coaching form shows them. */
function Figures({ repId, period }: { repId: string | undefined; period: string }) {
  const { t } = useTranslation();
  const board = useCompletionBoard({ period, pageSize: 200 }, repId !== undefined);
  const item = board.data?.items.find((i) => i.subject.id === repId);
  if (!repId || !item) return null;
  return (
    <Descriptions size="small" column={2} style={{ marginBottom: 12 }} data-testid="coaching-figures">
      <Descriptions.Item label={t('indicators.columns.target')}>
        {valueText('sales', item.target)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicators.board.actual')}>
        {valueText('sales', item.actual)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicators.columns.completion')}>
        {pctText(item.completionPct)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicators.board.pace')}>
        {pctText(board.data?.pace.pct)}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicators.board.standing')} span={2}>
        <StandingTag standing={item.standing} />
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * PLAN-6 (辅导): a superior records the coaching of one of their people — findings, agreed
 * actions and a follow-up date (their own to-do on that day), with the figures of the period at
 * hand, and optionally a revision of the person's plan. Keyboard: the findings field has the
 * focus, Tab moves on, Ctrl+Enter sends.
 */
export function CoachingFormModal({
  open,
  onClose,
  initial,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  initial: { repId?: string; repName?: string; period?: string };
  onSaved?: (record: TCoaching) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const record = useRecordCoaching();
  const today = companyNow().startOf('day');
  const period =
    Form.useWatch('period', form) ?? initial.period ?? codeOf('month', today.format('YYYY-MM-DD'));
  const repId = Form.useWatch('repId', form) ?? initial.repId;
  const adjust = Form.useWatch('adjust', form) === true;
  const board = useCompletionBoard({ period, pageSize: 200 }, open);
  const people = (board.data?.items ?? []).filter((i) => i.canCoach);
  const options = people.map((p) => ({
    value: p.subject.id,
    label: `${p.subject.name}${p.subject.unit ? ` · ${p.subject.unit.name}` : ''}`,
  }));
  if (initial.repId && !options.some((o) => o.value === initial.repId))
    options.unshift({ value: initial.repId, label: initial.repName ?? '' });
  const submit = () => form.submit();

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('coaching.form.title')}
      okText={t('coaching.form.submit')}
      onClose={onClose}
      width={640}
      successMessage={t('coaching.form.saved')}
      testId="coaching-form"
      initialValues={{
        repId: initial.repId,
        period: initial.period ?? codeOf('month', today.format('YYYY-MM-DD')),
        followUpOn: today.add(7, 'day'),
        planPeriod: (initial.period ?? today.format('YYYY-MM')).slice(0, 7),
      }}
      onSubmit={async (v) => {
        const saved = await record.mutateAsync({
          repId: v.repId,
          period: v.period,
          findings: v.findings,
          actions: v.actions,
          followUpOn: v.followUpOn.format('YYYY-MM-DD'),
          adjustment: v.adjust
            ? { planPeriod: v.planPeriod ?? v.period.slice(0, 7), reason: v.reason ?? '' }
            : null,
        });
        onSaved?.(saved);
      }}
    >
      <Form.Item
        name="repId"
        label={t('coaching.fields.rep')}
        rules={[{ required: true, message: t('coaching.form.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          loading={board.isFetching}
          placeholder={t('coaching.form.pickRep')}
          data-testid="coaching-rep"
        />
      </Form.Item>
      <Form.Item name="period" label={t('coaching.fields.period')} rules={[{ required: true }]}>
        <PeriodField />
      </Form.Item>
      <Figures repId={repId} period={period} />
      <Form.Item
        name="findings"
        label={t('coaching.fields.findings')}
        rules={[{ required: true, whitespace: true, message: t('coaching.form.required') }]}
      >
        <SubmittingTextArea autoFocus onSubmit={submit} placeholder={t('coaching.form.findingsHint')} />
      </Form.Item>
      <Form.Item
        name="actions"
        label={t('coaching.fields.actions')}
        rules={[{ required: true, whitespace: true, message: t('coaching.form.required') }]}
      >
        <SubmittingTextArea onSubmit={submit} placeholder={t('coaching.form.actionsHint')} />
      </Form.Item>
      <Form.Item
        name="followUpOn"
        label={t('coaching.fields.followUpOn')}
        rules={[{ required: true, message: t('coaching.form.required') }]}
        extra={t('coaching.form.followUpHint')}
      >
        <DatePicker disabledDate={(d) => d.isBefore(today, 'day')} allowClear={false} />
      </Form.Item>
      <Form.Item name="adjust" valuePropName="checked">
        <Checkbox data-testid="coaching-adjust">{t('coaching.form.adjust')}</Checkbox>
      </Form.Item>
      {adjust && (
        <>
          <Alert type="info" showIcon title={t('coaching.form.adjustHint')} style={{ marginBottom: 12 }} />
          <Form.Item name="planPeriod" label={t('coaching.fields.planPeriod')} rules={[{ required: true }]}>
            <PeriodField kinds={['month', 'year']} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('coaching.fields.reason')}
            rules={[{ required: true, whitespace: true, message: t('coaching.form.required') }]}
          >
            <SubmittingTextArea onSubmit={submit} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** A period picker as a form control (value/onChange from Form.Item). */
function PeriodField({
  value,
  onChange,
  kinds,
}: {
  value?: string;
  onChange?: (v: string) => void;
  kinds?: ('year' | 'quarter' | 'month' | 'week')[];
}) {
  return (
    <PeriodPicker
      value={value ?? companyNow().format('YYYY-MM')}
      onChange={(v) => onChange?.(v)}
      {...(kinds ? { kinds } : {})}
    />
  );
}
