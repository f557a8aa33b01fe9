import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateUser } from '../../api/hooks/users';
import type { TUserCreate } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/PasswordFields';
import { blankToNull, ContactFields } from './ContactFields';
import { PlacementFields, placementCodeFields } from './PlacementFields';

type Values = TUserCreate & { passwordConfirm?: string };

interface Props {
  open: boolean;
  onClose: () => void;
  /** Pre-selects the unit (creating from the organisation page). */
  unitId?: string;
}

export function UserCreateModal({ open, onClose, unitId }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      width={680}
      title={t('user.create')}
      initialValues={{ unitId }}
      codeFields={{ ...placementCodeFields, USERNAME_TAKEN: 'username' }}
      onSubmit={({ passwordConfirm: _, ...values }) =>
        create.mutateAsync({
          ...values,
          superiorId: values.superiorId ?? null,
          email: blankToNull(values.email),
          phone: blankToNull(values.phone),
        })
      }
      testId="user-create-form"
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="username"
            label={t('user.username')}
            extra={t('user.usernameHint')}
            rules={[
              { required: true, message: t('validation.required') },
              { pattern: /^[a-z0-9_.-]{3,32}$/, message: t('validation.username') },
            ]}
          >
            <Input maxLength={32} autoFocus autoComplete="off" />
          </Form.Item>
        </Col>
        <ContactFields />
        <PlacementFields />
        <Col xs={24} sm={12}>
          <NewPasswordFields name="password" label={t('user.initialPassword')} />
        </Col>
      </Row>
    </FormModal>
  );
}
