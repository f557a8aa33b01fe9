import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateUnit, useUnits, useUpdateUnit } from '../../api/hooks/units';
import type { TUnit, TUnitCreate, TUnitKind } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

/** What is created under a unit of each kind: company → region → department → team. */
const childKind: Record<TUnitKind, TUnitKind> = {
  company: 'region',
  region: 'department',
  department: 'team',
  team: 'team',
};

export type UnitDialog = { mode: 'create'; parent: TUnit } | { mode: 'edit'; unit: TUnit };

interface Props {
  dialog: UnitDialog | undefined;
  onClose: () => void;
}

export function UnitFormModal({ dialog, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const required = [{ required: true, message: t('validation.required') }];
  const units = useUnits();
  const editing = dialog?.mode === 'edit' ? dialog.unit : undefined;
  // A new unit goes after its siblings.
  const nextSort = (parentId: string) =>
    Math.max(-1, ...(units.data ?? []).filter((u) => u.parentId === parentId).map((u) => u.sort)) + 1;
  const initialValues: Partial<TUnitCreate> | undefined = !dialog
    ? undefined
    : dialog.mode === 'create'
      ? {
          parentId: dialog.parent.id,
          kind: childKind[dialog.parent.kind] as TUnitCreate['kind'],
          sort: nextSort(dialog.parent.id),
        }
      : {
          parentId: dialog.unit.parentId ?? undefined,
          name: dialog.unit.name,
          code: dialog.unit.code,
          sort: dialog.unit.sort,
        };

  return (
    <FormModal<TUnitCreate>
      open={dialog !== undefined}
      onClose={onClose}
      title={editing ? t('unit.editTitle', { name: editing.name }) : t('unit.create')}
      initialValues={initialValues}
      codeFields={{ UNIT_CODE_TAKEN: 'code', UNIT_PARENT_INVALID: 'parentId', UNIT_CYCLE: 'parentId' }}
      onSubmit={({ kind, ...values }) =>
        editing
          ? update.mutateAsync({ id: editing.id, body: values })
          : create.mutateAsync({ kind, ...values })
      }
      testId="unit-form"
    >
      {editing?.parentId !== null && (
        <Form.Item name="parentId" label={t('unit.parent')} rules={required}>
          <UnitTreeSelect allowClear={false} />
        </Form.Item>
      )}
      {!editing && (
        <Form.Item name="kind" label={t('unit.kindLabel')} rules={required}>
          <Select
            options={(['region', 'department', 'team'] as const).map((k) => ({
              value: k,
              label: t(`unit.kind.${k}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('unit.name')} rules={required}>
        <Input maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('unit.code')}
        rules={[...required, { pattern: /^[A-Za-z0-9_-]{2,40}$/, message: t('validation.code') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="sort" label={t('unit.sort')} extra={t('unit.sortHint')}>
        <InputNumber min={0} max={9999} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
