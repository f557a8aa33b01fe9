import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateSeal } from '../../api/hooks/seals';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';

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
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={50} />
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
