import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';

/** Finance's reason to send a payment back (退回) or reverse it (冲销); both are final, so the dialog says so. */
export function ReasonModal({
  open,
  title,
  warning,
  okText,
  onClose,
  onSubmit,
}: {
  open: boolean;
  title: string;
  warning: string;
  okText: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<{ reason: string }>
      open={open}
      onClose={onClose}
      title={title}
      okText={okText}
      testId="payment-reason"
      onSubmit={(v) => onSubmit(v.reason)}
    >
      <p>{warning}</p>
      <Form.Item
        name="reason"
        label={t('payments.fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea maxLength={500} rows={3} />
      </Form.Item>
    </FormModal>
  );
}
