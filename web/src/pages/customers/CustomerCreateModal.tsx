import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateCustomer, useCustomerLevels } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TCustomerCreate, TDuplicate } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import {
  CustomerFields,
  type CustomerFormValues,
  customerBody,
  toCustomerFormErrors,
} from './CustomerFields';
import { LiveDuplicateAlert } from './DuplicateAlert';
import { DuplicateRefusal, refusedDuplicates } from './DuplicateRefusal';
import type { CustomerPageState } from './page-state';

interface CreateValues extends CustomerFormValues {
  contact?: { name?: string; phones?: string[]; title?: string };
}

/** The first contact, when one was typed (a name is what makes it one). */
function firstContact(c: CreateValues['contact']): TCustomerCreate['contact'] {
  const name = c?.name?.trim();
  if (!name) return undefined;
  return { name, phones: c?.phones ?? [], title: c?.title?.trim() || null };
}

/**
 * CUS-1: a new customer file, with a first contact; possible duplicates are shown as you type,
 * and a duplicate is refused (no 撞单) with the existing record, its owner and the requests.
 */
export function CustomerCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [form] = Form.useForm<CreateValues>();
  const { levels, isPending, error: levelsError } = useCustomerLevels();
  const create = useCreateCustomer();
  const navigate = useNavigate();

  const [refused, setRefused] = useState<TDuplicate[] | null>(null);

  const submit = async (values: CreateValues) => {
    setRefused(null);
    try {
      const { customer, duplicates } = await create.mutateAsync({
        ...customerBody(values, { credit: can('customer:credit') }),
        contact: firstContact(values.contact),
      });
      const state: CustomerPageState = { duplicates };
      navigate(`/customers/${customer.id}`, { state });
    } catch (error) {
      // CUS-1 (no 撞单): nothing was saved; the existing record, its owner and the requests show.
      setRefused(refusedDuplicates(error));
      throw toCustomerFormErrors(error);
    }
  };

  return (
    <FormModal<CreateValues>
      open={open}
      onClose={() => {
        setRefused(null);
        onClose();
      }}
      form={form}
      width={760}
      title={t('customers.create')}
      okText={t('customers.createOk')}
      successMessage={t('customers.created')}
      loading={open && isPending}
      // A new customer starts at the lowest level until it is assessed.
      initialValues={{ type: 'potential', source: 'phone', level: levels.at(-1), tags: [] }}
      onSubmit={submit}
      testId="customer-create-form"
    >
      <ErrorAlert error={levelsError} />
      <DuplicateRefusal items={refused} />
      {!refused && <LiveDuplicateAlert form={form} />}
      <CustomerFields levels={levels} />
      <Divider titlePlacement="start" plain>
        {t('customers.firstContact')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name={['contact', 'name']} label={t('customers.contact.name')}>
            <Input maxLength={50} autoComplete="off" data-testid="first-contact-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name={['contact', 'phones']}
            label={t('customers.contact.phones')}
            dependencies={[['contact', 'name']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, phones: string[] | undefined) =>
                  phones?.length && !getFieldValue(['contact', 'name'])?.trim()
                    ? Promise.reject(new Error(t('customers.contact.nameFirst')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              maxCount={5}
              open={false}
              suffixIcon={null}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name={['contact', 'title']} label={t('customers.contact.title')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
