import { Col, DatePicker, Form, Input, Radio, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCreateContact, useUpdateContact } from '../../api/hooks/customers';
import type { TContact, TGender } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { genders } from './customer-options';
import { collapseListIndex, renameFieldErrors } from './field-errors';

interface Values {
  name: string;
  gender: TGender;
  title?: string;
  phones?: string[];
  email?: string;
  wechat?: string;
  birthday?: Dayjs | null;
  isPrimary?: boolean;
  remark?: string;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

function toValues(c: TContact | undefined): Partial<Values> {
  if (!c) return { gender: 'unknown', phones: [], isPrimary: false };
  return {
    name: c.name,
    gender: c.gender,
    title: c.title ?? undefined,
    phones: c.phones,
    email: c.email ?? undefined,
    wechat: c.wechat ?? undefined,
    birthday: c.birthday ? dayjs(c.birthday) : null,
    isPrimary: c.isPrimary,
    remark: c.remark ?? undefined,
  };
}

interface Props {
  customerId: string;
  /** Open for a new contact ('new') or for the one to edit. */
  contact: TContact | 'new' | undefined;
  onClose: () => void;
}

/** CUS-1/CUS-7: a person at the customer — phones, birthday (for greetings), primary contact. */
export function ContactFormModal({ customerId, contact, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateContact();
  const update = useUpdateContact();
  const editing = contact !== undefined && contact !== 'new' ? contact : undefined;

  const submit = async (v: Values) => {
    const body = {
      name: v.name,
      gender: v.gender,
      title: blank(v.title),
      phones: v.phones ?? [],
      email: blank(v.email),
      wechat: blank(v.wechat),
      birthday: v.birthday ? v.birthday.format('YYYY-MM-DD') : null,
      isPrimary: v.isPrimary ?? false,
      remark: blank(v.remark),
    };
    try {
      if (editing) await update.mutateAsync({ id: customerId, contactId: editing.id, body });
      else await create.mutateAsync({ id: customerId, body });
    } catch (error) {
      throw renameFieldErrors(error, (path) => collapseListIndex(path, ['phones']));
    }
  };

  return (
    <FormModal<Values>
      open={contact !== undefined}
      onClose={onClose}
      width={640}
      title={editing ? t('customers.contact.edit') : t('customers.contact.add')}
      initialValues={toValues(editing)}
      onSubmit={submit}
      testId="contact-form"
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="name"
            label={t('customers.contact.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input maxLength={50} autoFocus autoComplete="off" data-testid="contact-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="title" label={t('customers.contact.title')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="phones"
            label={t('customers.contact.phones')}
            extra={t('customers.contact.phonesHint')}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              maxCount={5}
              open={false}
              suffixIcon={null}
              data-testid="contact-phones"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label={t('customers.contact.gender')}>
            <Radio.Group options={genders.map((g) => ({ value: g, label: t(`customers.genders.${g}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={t('customers.contact.email')}>
            <Input maxLength={200} type="email" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="wechat" label={t('customers.contact.wechat')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="birthday"
            label={t('customers.contact.birthday')}
            extra={t('customers.contact.birthdayHint')}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="isPrimary" label={t('customers.contact.isPrimary')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="remark" label={t('customers.contact.remark')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
