import { Alert, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { type TTargetSheet, useSubmitSet } from './hooks';

/**
 * PLAN-3: submitting a split for approval. With a gap the submitter says why (the server refuses
 * a gap without a reason under the default policy); without one it is a plain confirmation.
 */
export function SubmitModal({
  sheet,
  hasGap,
  open,
  onClose,
}: {
  sheet: TTargetSheet;
  hasGap: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ gapReason: string }>();
  const submit = useSubmitSet();
  const { run, error } = useAction({ form, inline: true });
  useEffect(() => {
    if (open) form.setFieldsValue({ gapReason: sheet.set?.gapReason ?? '' });
  }, [open, form, sheet.set?.gapReason]);
  const send = async () => {
    const { gapReason } = hasGap ? await form.validateFields() : { gapReason: '' };
    const ok = await run(
      () => submit.mutateAsync({ id: sheet.set!.id, gapReason: gapReason?.trim() || null }),
      t('targets.done.submitted'),
    );
    if (ok) onClose();
  };
  return (
    <Modal
      open={open}
      title={t('targets.submit.title')}
      okText={t('targets.actions.submit')}
      onOk={() => void send()}
      onCancel={onClose}
      confirmLoading={submit.isPending}
      okButtonProps={{ 'data-testid': 'submit-confirm' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      {hasGap ? (
        <Form form={form} layout="vertical">
          <Alert
            type="warning"
            showIcon
            title={t('targets.submit.gapWarning')}
            style={{ marginBottom: 12 }}
          />
          <Form.Item
            name="gapReason"
            label={t('targets.fields.gapReason')}
            rules={[{ required: true, whitespace: true, message: t('targets.submit.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="submit-reason" />
          </Form.Item>
        </Form>
      ) : (
        <p>{t('targets.submit.noGap')}</p>
      )}
    </Modal>
  );
}
