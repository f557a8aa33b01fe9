import { Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateUser, useUser } from '../../api/hooks/users';
import type { TUserUpdate } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { blankToNull, ContactFields } from './ContactFields';

interface Props {
  userId: string | undefined;
  onClose: () => void;
}

export function UserEditModal({ userId, onClose }: Props) {
  const { t } = useTranslation();
  const user = useUser(userId);
  const update = useUpdateUser();
  const u = user.data;
  return (
    <FormModal<TUserUpdate>
      open={userId !== undefined}
      onClose={onClose}
      width={680}
      title={u ? t('user.editTitle', { name: u.displayName }) : t('user.edit')}
      loading={user.isPending}
      initialValues={
        u && { displayName: u.displayName, email: u.email, phone: u.phone, roleIds: u.roles.map((r) => r.id) }
      }
      onSubmit={(values) =>
        update.mutateAsync({
          id: userId!,
          body: { ...values, email: blankToNull(values.email), phone: blankToNull(values.phone) },
        })
      }
      testId="user-edit-form"
    >
      <ErrorAlert error={user.error} />
      <Row gutter={16}>
        <ContactFields />
      </Row>
    </FormModal>
  );
}
