import { Descriptions, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomerLevels } from '../../api/hooks/customers';
import { useConvertInquiry } from '../../api/hooks/inquiries';
import type { TInquiry, TInquiryConvert } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { customerSources, customerTypes } from '../customers/customer-options';
import { AssigneeSelect } from './AssigneeSelect';

/** CUS-2 → CUS-4: the entry becomes a lead (a customer record in the lead stage). */
export function InquiryConvertModal({ entry, onClose }: { entry: TInquiry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const convert = useConvertInquiry();
  const { levels, isPending } = useCustomerLevels();
  return (
    <FormModal<TInquiryConvert>
      open={entry !== null}
      title={t('inquiries.convert')}
      onClose={onClose}
      testId="inquiry-convert-form"
      okText={t('inquiries.convert')}
      successMessage={t('inquiries.converted')}
      codeFields={{ CUSTOMER_ASSIGNEE_INVALID: 'ownerId', CUSTOMER_OWNED_CAP: 'ownerId' }}
      initialValues={{
        type: 'potential',
        source: 'inquiry',
        level: levels.at(-1),
        ownerId: entry?.assignee?.id,
        customerName: entry?.name,
        contactName: entry?.name,
      }}
      onSubmit={(body) => convert.mutateAsync({ id: entry?.id ?? '', body })}
    >
      {entry && (
        <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('inquiries.fields.number')}>{entry.number}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.fields.name')}>{entry.name}</Descriptions.Item>
          <Descriptions.Item label={t('inquiries.fields.contact')}>{entry.contact}</Descriptions.Item>
        </Descriptions>
      )}
      <Form.Item name="ownerId" label={t('inquiries.fields.owner')} extra={t('inquiries.ownerHint')}>
        <AssigneeSelect initial={entry?.assignee ?? null} />
      </Form.Item>
      {/* The entry's name may be a person or a company (姓名/单位): say which goes where. */}
      <Form.Item
        name="customerName"
        label={t('inquiries.fields.customerName')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="contactName"
        label={t('inquiries.fields.contactName')}
        extra={t('inquiries.contactNameHint')}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="type"
        label={t('inquiries.fields.type')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select options={customerTypes.map((v) => ({ value: v, label: t(`customers.types.${v}`) }))} />
      </Form.Item>
      <Form.Item
        name="level"
        label={t('inquiries.fields.level')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select loading={isPending} options={levels.map((v) => ({ value: v, label: v }))} />
      </Form.Item>
      <Form.Item name="source" label={t('inquiries.fields.source')}>
        <Select options={customerSources.map((v) => ({ value: v, label: t(`customers.sources.${v}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
