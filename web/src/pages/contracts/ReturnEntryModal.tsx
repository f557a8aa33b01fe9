import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReturnContractEntry } from '../../api/hooks/contracts';
import { FormModal } from '../../components/FormModal';

/** Q2C-7: the verifier sends a wrong entry back, saying why. */
export function ReturnEntryModal({ id, open, onClose }: { id: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const back = useReturnContractEntry();
  return (
    <FormModal<{ reason: string }>
      open={open}
      onClose={onClose}
      title={t('contracts.returnEntry.title')}
      successMessage={t('contracts.actions.returned')}
      testId="contract-return-entry"
      onSubmit={(v) => back.mutateAsync({ id, reason: v.reason })}
    >
      <Form.Item
        name="reason"
        label={t('contracts.returnEntry.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
