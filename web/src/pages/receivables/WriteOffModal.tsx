import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRequestWriteOff } from '../../api/hooks/receivables';
import type { TReceivable } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { fenTextToYuanInput, formatFenText, isYuanInput, yuanInputToFenText } from '../../components/format';

interface Values {
  amount: string;
  reason: string;
}

/**
 * AR-8: request a bad-debt write-off on the row's contract; it goes for approval (manager, then
 * the GM) at once, after a confirmation. The server checks the amount against what is still open.
 */
export function WriteOffModal({ row, onClose }: { row: TReceivable | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const request = useRequestWriteOff();
  const confirm = () =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: t('receivables.writeOff.confirmTitle'),
        content: t('receivables.writeOff.confirmBody'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  return (
    <FormModal<Values>
      open={row !== null}
      title={t('receivables.writeOff.title', { number: row?.contract.number ?? '' })}
      onClose={onClose}
      initialValues={{ amount: fenTextToYuanInput(row?.openFen) }}
      okText={t('receivables.writeOff.submit')}
      successMessage={t('receivables.writeOff.submitted')}
      codeFields={{ WRITE_OFF_EXCEEDS: 'amount' }}
      onSubmit={async (v) => {
        if (!(await confirm())) throw new Error(t('receivables.writeOff.cancelled'));
        return request.mutateAsync({
          contractId: row!.contract.id,
          amountFen: yuanInputToFenText(v.amount) ?? '',
          reason: v.reason,
        });
      }}
      testId="write-off-modal"
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('receivables.writeOff.hint', { open: formatFenText(row?.openFen) })}
      />
      <Form.Item
        name="amount"
        label={t('receivables.writeOff.amountYuan')}
        rules={[
          { required: true, whitespace: true, message: t('receivables.writeOff.amountRequired') },
          {
            validator: async (_, value: string | undefined) => {
              if (value?.trim() && !isYuanInput(value))
                throw new Error(t('receivables.writeOff.amountInvalid'));
            },
          },
        ]}
      >
        <Input prefix="¥" inputMode="decimal" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('receivables.writeOff.reason')}
        rules={[{ required: true, whitespace: true, message: t('receivables.writeOff.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
