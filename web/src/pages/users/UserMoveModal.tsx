import { Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMoveUser } from '../../api/hooks/users';
import type { TUserListItem, TUserMove } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { PlacementFields, placementCodeFields } from './PlacementFields';

interface Props {
  user: TUserListItem | undefined;
  onClose: () => void;
}

/** ORG-1: a move keeps the history and needs a reason. */
export function UserMoveModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const move = useMoveUser();
  return (
    <FormModal<TUserMove>
      open={user !== undefined}
      onClose={onClose}
      width={640}
      title={user ? t('user.moveTitle', { name: user.displayName }) : ''}
      initialValues={
        user && { unitId: user.unit.id, position: user.position, superiorId: user.superior?.id ?? null }
      }
      codeFields={placementCodeFields}
      onSubmit={(values) =>
        move.mutateAsync({ id: user!.id, body: { ...values, superiorId: values.superiorId ?? null } })
      }
      testId="user-move-form"
    >
      <Row gutter={16}>
        <PlacementFields userId={user?.id} superior={user?.superior} />
      </Row>
      <Form.Item
        name="reason"
        label={t('user.moveReason')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
