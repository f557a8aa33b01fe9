import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The form field the new password goes to. */
  name: string;
  label?: string;
}

/** A new password and its confirmation, checked to match before sending. */
export function NewPasswordFields({ name, label }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? t('password.new')}
        rules={[
          { required: true, message: t('validation.required') },
          { min: 8, message: t('validation.passwordMin') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={t('password.confirm')}
        dependencies={[name]}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue(name) === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('validation.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
