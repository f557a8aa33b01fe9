import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRecordSealHarm } from '../../api/hooks/seals';
import type { TSealViolation } from '../../api/types';
import { FormModal } from '../../components/FormModal';

/** Q2C-9 (如发生后果…罚款1000元): harm that followed is recorded; the server sets the harm fine. */
export function HarmModal({ violation, onClose }: { violation: TSealViolation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordSealHarm();
  return (
    <FormModal<{ harmNote: string }>
      open={violation !== null}
      onClose={onClose}
      title={t('seals.harm.title')}
      successMessage={t('seals.harm.done')}
      testId="seal-harm-form"
      onSubmit={(v) => record.mutateAsync({ id: violation?.id ?? '', harmNote: v.harmNote })}
    >
      <Form.Item
        name="harmNote"
        label={t('seals.fields.harmNote')}
        extra={t('seals.violation.fineHint')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
