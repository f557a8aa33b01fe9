import { Alert, Button, Col, Form, Input, Row, Select } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateFollowUp } from '../../api/hooks/customers';
import type { TContact, TFollowUpKind } from '../../api/types';
import { companyNow, fromPickerValue } from '../../components/company-time';
import { DateTimeField } from '../../components/DateTimeField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { followUpKinds } from './customer-options';

interface Values {
  kind: Exclude<TFollowUpKind, 'service'>;
  occurredAt: Dayjs;
  contactId?: string;
  content: string;
  nextStep?: string;
  nextStepAt?: Dayjs | null;
}

interface Props {
  customerId: string;
  contacts: TContact[] | undefined;
  /** Changes when 写跟进 is pressed in the header: the content field takes the focus. */
  focusToken: number;
  /** The follow-up was saved (a drawer holding the form closes). */
  onSaved?: () => void;
}

/** CUS-8: write a follow-up (how, when, with whom, what, next step) right on the timeline. */
export function FollowUpForm({ customerId, contacts, focusToken, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateFollowUp();
  const { run, error } = useAction({ form, inline: true });
  const content = useRef<TextAreaRef>(null);

  useEffect(() => {
    if (focusToken > 0) content.current?.focus({ cursor: 'end' });
  }, [focusToken]);

  const finish = async ({ occurredAt, nextStepAt, ...v }: Values) => {
    const saved = await run(
      () =>
        create.mutateAsync({
          id: customerId,
          body: {
            ...v,
            contactId: v.contactId ?? null,
            nextStep: v.nextStep?.trim() || null,
            occurredAt: fromPickerValue(occurredAt),
            nextStepAt: nextStepAt ? fromPickerValue(nextStepAt) : null,
          },
        }),
      t('customers.followUp.saved'),
    );
    if (saved) {
      form.resetFields();
      form.setFieldValue('occurredAt', companyNow());
      onSaved?.();
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={finish}
      initialValues={{ kind: 'phone', occurredAt: companyNow() }}
      data-testid="follow-up-form"
    >
      <ErrorAlert error={error} />
      <Row gutter={12}>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name="kind" label={t('customers.followUp.kind')} rules={[{ required: true }]}>
            <Select
              options={followUpKinds.map((k) => ({ value: k, label: t(`customers.followUp.kinds.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item
            name="occurredAt"
            label={t('customers.followUp.occurredAt')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            {/* A picked day counts at once: pressing 保存跟进 with the panel still open keeps it. */}
            <DateTimeField
              needConfirm={false}
              onCalendarChange={(d) => form.setFieldValue('occurredAt', d)}
              disabledDate={(d) => d.isAfter(companyNow(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactId" label={t('customers.followUp.contact')}>
            <Select
              allowClear
              placeholder={t('customers.followUp.contactPlaceholder')}
              options={(contacts ?? []).map((c) => ({
                value: c.id,
                label: c.title ? `${c.name}（${c.title}）` : c.name,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="content"
            label={t('customers.followUp.content')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input.TextArea
              ref={content}
              rows={3}
              maxLength={2000}
              showCount
              placeholder={t('customers.followUp.contentPlaceholder')}
              data-testid="follow-up-content"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="nextStep" label={t('customers.followUp.nextStep')}>
            <Input maxLength={500} placeholder={t('customers.followUp.nextStepPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="nextStepAt"
            label={t('customers.followUp.nextStepAt')}
            tooltip={t('customers.followUp.nextStepAtHint')}
          >
            <DateTimeField
              needConfirm={false}
              onCalendarChange={(d) => form.setFieldValue('nextStepAt', d)}
              disabledDate={(d) => d.isBefore(companyNow(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={4} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item style={{ width: '100%' }}>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={create.isPending}
              data-testid="follow-up-submit"
            >
              {t('customers.followUp.submit')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** Shown instead of the follow-up form to someone who cannot edit the customer (CUS-5). */
export function ServiceHint({ onService }: { onService: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('customers.service.hint')}
      action={
        <Button size="small" onClick={onService}>
          {t('customers.service.log')}
        </Button>
      }
    />
  );
}
