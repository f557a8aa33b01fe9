import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCreateInquiry } from '../../api/hooks/inquiries';
import type { TInquiryCreate } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { AssigneeSelect } from './AssigneeSelect';
import { inquiryChannels } from './inquiry-options';

type Values = Omit<TInquiryCreate, 'contactDate'> & { contactDate: Dayjs };

/**
 * CUS-2: record a first contact — name, contact, what they asked and the date, none left
 * blank. Typed top to bottom with Tab; Enter in a one-line field saves.
 */
export function InquiryCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateInquiry();
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  return (
    <FormModal<Values>
      open={open}
      title={t('inquiries.create')}
      onClose={onClose}
      width={600}
      testId="inquiry-create-form"
      okText={t('inquiries.record')}
      successMessage={t('inquiries.recorded')}
      initialValues={{ contactDate: companyNow(), channel: 'phone' }}
      onSubmit={({ contactDate, ...values }) =>
        create.mutateAsync({ ...values, contactDate: contactDate.format('YYYY-MM-DD') })
      }
    >
      <Form.Item
        name="name"
        label={t('inquiries.fields.name')}
        rules={required}
        extra={t('inquiries.nameHint')}
      >
        <Input maxLength={200} autoFocus />
      </Form.Item>
      <Form.Item
        name="contact"
        label={t('inquiries.fields.contact')}
        rules={required}
        extra={t('inquiries.contactHint')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="inquiry" label={t('inquiries.fields.inquiry')} rules={required}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="contactDate"
        label={t('inquiries.fields.contactDate')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DatePicker disabledDate={(d) => d.isAfter(companyNow(), 'day')} allowClear={false} />
      </Form.Item>
      <Form.Item name="channel" label={t('inquiries.fields.channel')}>
        <Select options={inquiryChannels.map((c) => ({ value: c, label: t(`inquiries.channels.${c}`) }))} />
      </Form.Item>
      <Form.Item name="assigneeId" label={t('inquiries.fields.assignee')} extra={t('inquiries.assigneeHint')}>
        <AssigneeSelect />
      </Form.Item>
    </FormModal>
  );
}
