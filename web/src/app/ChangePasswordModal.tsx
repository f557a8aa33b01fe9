import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../api/hooks/me';
import type { TChangePassword } from '../api/types';
import { FormModal } from '../components/FormModal';
import { NewPasswordFields } from '../components/PasswordFields';

interface Props {
  open: boolean;
  onClose: () => void;
}

export function ChangePasswordModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const change = useChangePassword();
  return (
    <FormModal<TChangePassword>
      open={open}
      title={t('password.change')}
      onClose={onClose}
      onSubmit={({ currentPassword, newPassword }) => change.mutateAsync({ currentPassword, newPassword })}
      codeFields={{ PASSWORD_WRONG: 'currentPassword' }}
      successMessage={t('password.changed')}
      testId="change-password-form"
    >
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <NewPasswordFields name="newPassword" />
    </FormModal>
  );
}
