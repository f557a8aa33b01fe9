import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import type { TCustomer, TCustomerSource, TCustomerType } from '../../api/types';
import { fenTextToYuanInput, isYuanInput, yuanInputToFenText } from '../../components/format';
import { customerSources, customerTypes } from './customer-options';
import { collapseListIndex, renameFieldErrors } from './field-errors';

/** What the customer form holds: money as the yuan the user types. */
export interface CustomerFormValues {
  name: string;
  creditCode?: string;
  industry?: string;
  type: TCustomerType;
  level: string;
  source: TCustomerSource;
  phone?: string;
  address?: string;
  website?: string;
  creditLimitYuan?: string;
  creditRating?: string;
  tags?: string[];
  remark?: string;
}

/**
 * The form's values as the API takes them: blanks → null, yuan → fen digits. Credit limit and
 * rating are sent only by those who may set them (CUS-9); others' forms do not show them.
 */
export function customerBody(v: CustomerFormValues, opts: { credit: boolean }) {
  const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);
  const credit = {
    // The field's rule has already refused anything that is not an amount.
    creditLimitFen: yuanInputToFenText(v.creditLimitYuan) ?? null,
    creditRating: blank(v.creditRating),
  };
  return {
    ...(opts.credit ? credit : {}),
    name: v.name,
    creditCode: blank(v.creditCode),
    industry: blank(v.industry),
    type: v.type,
    level: v.level,
    source: v.source,
    phone: blank(v.phone),
    address: blank(v.address),
    website: blank(v.website),
    tags: v.tags ?? [],
    remark: blank(v.remark),
  };
}

/** A customer as the edit form shows it. */
export function customerFormValues(c: TCustomer): CustomerFormValues {
  return {
    name: c.name,
    creditCode: c.creditCode ?? undefined,
    industry: c.industry ?? undefined,
    type: c.type,
    level: c.level,
    source: c.source,
    phone: c.phone ?? undefined,
    address: c.address ?? undefined,
    website: c.website ?? undefined,
    creditLimitYuan: fenTextToYuanInput(c.creditLimitFen),
    creditRating: c.creditRating ?? undefined,
    tags: c.tags,
    remark: c.remark ?? undefined,
  };
}

/** The server's field paths → this form's (creditLimitFen is typed as yuan; phone lists in one control). */
export function toCustomerFormErrors(error: unknown): unknown {
  return renameFieldErrors(error, (path) =>
    path === 'creditLimitFen' ? 'creditLimitYuan' : collapseListIndex(path, ['contact.phones']),
  );
}

/** CUS-1/CUS-3/CUS-9: the fields of the customer file, for create and edit. */
export function CustomerFields({ levels }: { levels: string[] }) {
  const { t } = useTranslation();
  const credit = useCan()('customer:credit');
  const required = { required: true, message: t('validation.required') };
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item name="name" label={t('customers.fields.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} autoFocus autoComplete="off" data-testid="customer-name" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="creditCode"
          label={t('customers.fields.creditCode')}
          extra={t('customers.creditCodeHint')}
        >
          <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="type" label={t('customers.fields.type')} rules={[required]}>
          <Select options={customerTypes.map((v) => ({ value: v, label: t(`customers.types.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="level" label={t('customers.fields.level')} rules={[required]}>
          <Select options={levels.map((v) => ({ value: v, label: v }))} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="source" label={t('customers.fields.source')} rules={[required]}>
          <Select options={customerSources.map((v) => ({ value: v, label: t(`customers.sources.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="industry" label={t('customers.fields.industry')}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="phone" label={t('customers.fields.phone')}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="website" label={t('customers.fields.website')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="address" label={t('customers.fields.address')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      {credit && (
        <>
          <Col xs={12} sm={8}>
            <Form.Item
              name="creditLimitYuan"
              label={t('customers.fields.creditLimitYuan')}
              rules={[
                {
                  validator: (_, value: string | undefined) =>
                    isYuanInput(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('customers.amountInvalid'))),
                },
              ]}
            >
              <Input prefix="¥" inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="creditRating" label={t('customers.fields.creditRating')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} sm={8}>
        <Form.Item name="tags" label={t('customers.fields.tags')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，', ' ']}
            maxCount={20}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="remark" label={t('customers.fields.remark')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
