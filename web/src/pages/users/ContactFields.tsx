import { Col, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleSelect } from '../../components/RoleSelect';

/** Display name, email, phone and roles: the editable profile of a user (columns of a Row). */
export function ContactFields() {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item name="displayName" label={t('user.displayName')} rules={required}>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="email"
          label={t('user.email')}
          rules={[{ type: 'email', message: t('validation.email') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="phone" label={t('user.phone')}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="roleIds" label={t('user.roles')} rules={required}>
          <RoleSelect mode="multiple" />
        </Form.Item>
      </Col>
    </>
  );
}

/** Empty text clears a field: the server stores null. */
export const blankToNull = (value: string | null | undefined): string | null => value?.trim() || null;
