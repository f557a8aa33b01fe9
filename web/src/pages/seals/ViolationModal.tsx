import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRecordSealViolation, useSeals } from '../../api/hooks/seals';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';

interface Values {
  sealId: string;
  userId: string;
  description: string;
  harm?: boolean;
  harmNote?: string;
}

/**
 * Q2C-9/PEN-2: the custodian records that a seal was taken without approval. The fine is not
 * typed: the server takes it from the fine policies (the harm fine when harm is recorded).
 */
export function ViolationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const harm = Form.useWatch('harm', form);
  const seals = useSeals();
  const record = useRecordSealViolation();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('seals.violation.title')}
      successMessage={t('seals.violation.done')}
      testId="seal-violation-form"
      initialValues={{ harm: false }}
      onSubmit={(v) =>
        record.mutateAsync({
          sealId: v.sealId,
          userId: v.userId,
          description: v.description,
          harmNote: v.harm ? (v.harmNote ?? null) : null,
        })
      }
    >
      <Form.Item
        name="sealId"
        label={t('seals.fields.seal')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select options={(seals.data ?? []).map((s) => ({ value: s.id, label: s.name }))} autoFocus />
      </Form.Item>
      <Form.Item
        name="userId"
        label={t('seals.violation.user')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <UserSelect />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('seals.fields.description')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item
        name="harm"
        label={t('seals.violation.harm')}
        valuePropName="checked"
        extra={t('seals.violation.fineHint')}
      >
        <Switch />
      </Form.Item>
      {harm && (
        <Form.Item
          name="harmNote"
          label={t('seals.fields.harmNote')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
