import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateSeal } from '../../api/hooks/seals';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';
import { SEAL_KINDS } from './seal-tags';

interface Values {
  name: string;
  kind: string;
  custodianId: string;
  remark?: string;
}

/** Q2C-9: registers a seal with its custodian. */
export function SealFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSeal();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('seals.create')}
      successMessage={t('seals.created')}
      testId="seal-form"
      onSubmit={(v) => create.mutateAsync({ ...v, remark: v.remark ?? null })}
    >
      <Form.Item
        name="name"
        label={t('seals.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('seals.fields.kind')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select options={SEAL_KINDS.map((k) => ({ value: k, label: t(`seals.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="custodianId"
        label={t('seals.fields.custodian')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <UserSelect />
      </Form.Item>
      <Form.Item name="remark" label={t('seals.fields.remark')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
