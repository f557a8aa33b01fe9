import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateSealRequest, useSeals } from '../../api/hooks/seals';
import { FormModal } from '../../components/FormModal';

interface Values {
  sealId: string;
  purpose: string;
}

/** Q2C-9: a request to use a seal, saved as a draft and then submitted for approval. */
export function SealRequestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const seals = useSeals();
  const create = useCreateSealRequest();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('seals.newRequest')}
      successMessage={t('seals.requestCreated')}
      testId="seal-request-form"
      onSubmit={(v) => create.mutateAsync(v)}
    >
      <Form.Item
        name="sealId"
        label={t('seals.fields.seal')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          options={(seals.data ?? [])
            .filter((s) => s.status !== 'retired')
            .map((s) => ({ value: s.id, label: `${s.name}（${s.custodian.displayName}）` }))}
        />
      </Form.Item>
      <Form.Item
        name="purpose"
        label={t('seals.fields.purpose')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
