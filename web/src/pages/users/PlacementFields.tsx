import { Col, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ErrorCode, TUserRef } from '../../api/types';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';

/** Server errors about the superior chain (ORG-2) belong on the superior field. */
export const placementCodeFields: Partial<Record<ErrorCode, string>> = {
  SUPERIOR_SELF: 'superiorId',
  SUPERIOR_CYCLE: 'superiorId',
  SUPERIOR_REQUIRED: 'superiorId',
  SUPERIOR_INACTIVE: 'superiorId',
  TOP_EXISTS: 'superiorId',
};

interface Props {
  /** The user being moved (left out of the superior choices). */
  userId?: string;
  superior?: TUserRef | null;
}

/** Unit, position and superior: where a user sits in the organisation (columns of a Row). */
export function PlacementFields({ userId, superior }: Props) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item name="unitId" label={t('user.unit')} rules={required}>
          <UnitTreeSelect allowClear={false} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="position" label={t('user.position')} rules={required}>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="superiorId" label={t('user.superior')} extra={t('user.superiorHint')}>
          <UserSelect initial={superior} excludeId={userId} />
        </Form.Item>
      </Col>
    </>
  );
}
