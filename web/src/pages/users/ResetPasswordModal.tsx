import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResetPassword } from '../../api/hooks/users';
import type { TResetPassword, TUserListItem } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/PasswordFields';

interface Props {
  user: TUserListItem | undefined;
  onClose: () => void;
}

export function ResetPasswordModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  return (
    <FormModal<TResetPassword>
      open={user !== undefined}
      onClose={onClose}
      title={user ? t('user.resetPasswordTitle', { name: user.displayName }) : ''}
      successMessage={t('user.passwordReset')}
      onSubmit={({ newPassword }) => reset.mutateAsync({ id: user!.id, body: { newPassword } })}
      testId="reset-password-form"
    >
      <Typography.Paragraph type="secondary">{t('user.resetPasswordHint')}</Typography.Paragraph>
      <NewPasswordFields name="newPassword" />
    </FormModal>
  );
}
