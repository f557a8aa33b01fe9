import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import {
  type TCase,
  type TDecisionBody,
  type TOutcomeBody,
  useProposeDecision,
  useRecordInterview,
  useRecordOutcome,
  useSavePlan,
} from './hooks';

const DATE = 'YYYY-MM-DD';

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

/** INC-8 (约谈): the day it was held and the notes. */
export function InterviewForm({ c }: { c: TCase }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ heldOn: Dayjs; notes: string }>();
  const action = useAction({ form, inline: true });
  const record = useRecordInterview();
  const today = companyNow();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ heldOn: today }}
      onFinish={(v) =>
        void action.run(
          () => record.mutateAsync({ id: c.id, heldOn: v.heldOn.format(DATE), notes: v.notes }),
          t('cases.saved.interview'),
        )
      }
      data-testid="interview-form"
    >
      <ErrorAlert error={action.error} />
      <Form.Item
        name="heldOn"
        label={t('cases.fields.heldOn')}
        rules={[{ required: true, message: t('cases.form.required') }]}
      >
        <DatePicker
          format={DATE}
          allowClear={false}
          disabledDate={(d) => d.isAfter(today, 'day')}
          data-testid="interview-held-on"
        />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t('cases.fields.interviewNotes')}
        rules={[{ required: true, whitespace: true, message: t('cases.form.required') }]}
      >
        <SubmittingTextArea onSubmit={() => form.submit()} data-testid="interview-notes" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending} data-testid="interview-submit">
        {t('cases.actions.recordInterview')}
      </Button>
    </Form>
  );
}

interface ActionRow {
  action: string;
  ownerId: string;
  startOn: Dayjs;
  dueOn: Dayjs;
}

/** INC-8 (改进计划): editable rows of actions, each with an owner and dates; saved as a draft or agreed. */
export function PlanForm({ c }: { c: TCase }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const me = useMe().data;
  const [form] = Form.useForm<{ actions: ActionRow[] }>();
  const action = useAction({ form, inline: true });
  const save = useSavePlan();
  const today = companyNow();
  const people = new Map<string, string>([[c.person.id, c.person.displayName]]);
  if (c.superior) people.set(c.superior.id, c.superior.displayName);
  if (me) people.set(me.user.id, me.user.displayName);
  for (const a of c.actions) people.set(a.owner.id, a.owner.displayName);
  const blank = (): ActionRow => ({
    action: '',
    ownerId: c.person.id,
    startOn: today,
    dueOn: today.add(1, 'month'),
  });
  const initial: ActionRow[] =
    c.actions.length > 0
      ? c.actions.map((a) => ({
          action: a.action,
          ownerId: a.owner.id,
          startOn: dayjs(a.startOn),
          dueOn: dayjs(a.dueOn),
        }))
      : [blank()];
  const submit = (agreed: boolean) =>
    form.validateFields().then((v) =>
      action.run(
        () =>
          save.mutateAsync({
            id: c.id,
            body: {
              agreed,
              actions: v.actions.map((a) => ({
                action: a.action,
                ownerId: a.ownerId,
                startOn: a.startOn.format(DATE),
                dueOn: a.dueOn.format(DATE),
              })),
            },
          }),
        agreed ? t('cases.saved.planAgreed') : t('cases.saved.planDraft'),
      ),
    );
  const required = { required: true, message: t('cases.form.required') };
  return (
    <Form form={form} layout="vertical" initialValues={{ actions: initial }} data-testid="plan-form">
      <ErrorAlert error={action.error} />
      <Form.List name="actions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space
                key={field.key}
                align="start"
                wrap
                style={{ display: 'flex', marginBottom: 8, width: '100%' }}
                data-testid={`plan-row-${i}`}
              >
                <Form.Item
                  name={[field.name, 'action']}
                  label={i === 0 || phone ? t('cases.fields.action') : undefined}
                  rules={[{ ...required, whitespace: true }]}
                  style={{ minWidth: phone ? 300 : 260, marginBottom: 4 }}
                >
                  <Input maxLength={500} data-testid={`plan-action-${i}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'ownerId']}
                  label={i === 0 || phone ? t('cases.fields.owner') : undefined}
                  rules={[required]}
                  style={{ minWidth: 120, marginBottom: 4 }}
                >
                  <Select
                    options={[...people].map(([value, label]) => ({ value, label }))}
                    data-testid={`plan-owner-${i}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'startOn']}
                  label={i === 0 || phone ? t('cases.fields.startOn') : undefined}
                  rules={[required]}
                  style={{ marginBottom: 4 }}
                >
                  <DatePicker format={DATE} allowClear={false} data-testid={`plan-start-${i}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'dueOn']}
                  label={i === 0 || phone ? t('cases.fields.dueOn') : undefined}
                  rules={[required]}
                  style={{ marginBottom: 4 }}
                >
                  <DatePicker format={DATE} allowClear={false} data-testid={`plan-due-${i}`} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('cases.actions.removeRow')}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: i === 0 || phone ? 30 : 0 }}
                  />
                )}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add(blank())}
              style={{ marginBottom: 16 }}
              data-testid="plan-add-row"
            >
              {t('cases.actions.addRow')}
            </Button>
          </>
        )}
      </Form.List>
      <Space wrap>
        <Button onClick={() => void submit(false)} loading={action.pending} data-testid="plan-save-draft">
          {t('cases.actions.saveDraft')}
        </Button>
        <Button
          type="primary"
          onClick={() => void submit(true)}
          loading={action.pending}
          data-testid="plan-agree"
        >
          {t('cases.actions.agreePlan')}
        </Button>
      </Space>
    </Form>
  );
}

const decisions: TDecisionBody['decision'][] = ['warning', 'position_change', 'no_action'];
const outcomes: TOutcomeBody['outcome'][] = ['improved', 'not_improved', 'other'];

/** INC-8 (绩效考核): the decision proposed with its reasons, submitted for approval. */
export function DecisionForm({ c }: { c: TCase }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TDecisionBody>();
  const action = useAction({ form, inline: true });
  const propose = useProposeDecision();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={c.decision ? { decision: c.decision.decision, reasons: c.decision.reasons } : undefined}
      onFinish={(v) =>
        void action.run(() => propose.mutateAsync({ id: c.id, body: v }), t('cases.saved.decision'))
      }
      data-testid="decision-form"
    >
      <ErrorAlert error={action.error} />
      <Form.Item
        name="decision"
        label={t('cases.fields.decision')}
        rules={[{ required: true, message: t('cases.form.required') }]}
      >
        <Radio.Group
          options={decisions.map((d) => ({ value: d, label: enumLabel(t, 'decision', d) }))}
          data-testid="decision-choice"
        />
      </Form.Item>
      <Form.Item
        name="reasons"
        label={t('cases.fields.reasons')}
        rules={[{ required: true, whitespace: true, message: t('cases.form.required') }]}
      >
        <SubmittingTextArea onSubmit={() => form.submit()} data-testid="decision-reasons" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending} data-testid="decision-submit">
        {t('cases.actions.proposeDecision')}
      </Button>
    </Form>
  );
}

/** INC-8: the outcome that closes the case. */
export function OutcomeForm({ c }: { c: TCase }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TOutcomeBody>();
  const action = useAction({ form, inline: true });
  const record = useRecordOutcome();
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) =>
        void action.run(() => record.mutateAsync({ id: c.id, body: v }), t('cases.saved.outcome'))
      }
      data-testid="outcome-form"
    >
      <ErrorAlert error={action.error} />
      <Form.Item
        name="outcome"
        label={t('cases.fields.outcome')}
        rules={[{ required: true, message: t('cases.form.required') }]}
      >
        <Radio.Group options={outcomes.map((o) => ({ value: o, label: enumLabel(t, 'outcome', o) }))} />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t('cases.fields.outcomeNotes')}
        rules={[{ required: true, whitespace: true, message: t('cases.form.required') }]}
      >
        <SubmittingTextArea onSubmit={() => form.submit()} data-testid="outcome-notes" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending} data-testid="outcome-submit">
        {t('cases.actions.recordOutcome')}
      </Button>
    </Form>
  );
}
