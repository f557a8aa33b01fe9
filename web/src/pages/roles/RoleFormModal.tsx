import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateRole, usePermissionDefs, useUpdateRole } from '../../api/hooks/roles';
import type { TRole, TRoleCreate } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { roleName } from '../../components/format';
import { PermissionGrantsInput } from './PermissionGrantsInput';

export type RoleDialog = { mode: 'create' } | { mode: 'edit' | 'view'; role: TRole };

interface Props {
  dialog: RoleDialog | undefined;
  onClose: () => void;
}

export function RoleFormModal({ dialog, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const defs = usePermissionDefs(dialog !== undefined);
  const create = useCreateRole();
  const update = useUpdateRole();
  const role = dialog && dialog.mode !== 'create' ? dialog.role : undefined;
  const required = [{ required: true, message: t('validation.required') }];
  const title = !dialog
    ? ''
    : dialog.mode === 'create'
      ? t('role.create')
      : t(dialog.mode === 'edit' ? 'role.editTitle' : 'role.viewTitle', {
          name: roleName(dialog.role, i18n.language),
        });

  return (
    <FormModal<TRoleCreate>
      open={dialog !== undefined}
      onClose={onClose}
      width={820}
      title={title}
      readOnly={dialog?.mode === 'view'}
      loading={defs.isPending}
      initialValues={
        role
          ? { code: role.code, nameZh: role.nameZh, nameEn: role.nameEn, permissions: role.permissions }
          : { permissions: [] }
      }
      codeFields={{ ROLE_CODE_TAKEN: 'code' }}
      onSubmit={({ code, ...values }) =>
        role ? update.mutateAsync({ id: role.id, body: values }) : create.mutateAsync({ code, ...values })
      }
      testId="role-form"
    >
      <ErrorAlert error={defs.error} />
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="code"
            label={t('role.code')}
            rules={[...required, { pattern: /^[A-Za-z0-9_-]{2,40}$/, message: t('validation.code') }]}
          >
            <Input maxLength={40} disabled={role !== undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="nameZh" label={t('role.nameZh')} rules={required}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="nameEn" label={t('role.nameEn')} rules={required}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="permissions" label={t('role.permissions')}>
        <PermissionGrantsInput defs={defs.data ?? []} />
      </Form.Item>
    </FormModal>
  );
}
