import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetLegalStatus } from '../../api/hooks/receivables';
import type { TLegalStatus, TLegalStatusInput, TReceivable } from '../../api/types';
import { FormModal } from '../../components/FormModal';

export const legalStatuses: TLegalStatus[] = ['none', 'legal_review', 'legal_action', 'closed'];

/** AR-8: finance or the director sets a contract's legal-action status, with a note. */
export function LegalStatusModal({ row, onClose }: { row: TReceivable | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetLegalStatus();
  return (
    <FormModal<TLegalStatusInput>
      open={row !== null}
      title={t('receivables.legal.title', { number: row?.contract.number ?? '' })}
      onClose={onClose}
      initialValues={{ status: row?.contract.legalStatus ?? 'none' }}
      onSubmit={(body) => save.mutateAsync({ contractId: row!.contract.id, body })}
      testId="legal-status-modal"
    >
      <Form.Item name="status" label={t('receivables.legal.status')} rules={[{ required: true }]}>
        <Select options={legalStatuses.map((s) => ({ value: s, label: t(`receivables.legal.${s}`) }))} />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('receivables.legal.note')}
        rules={[{ required: true, whitespace: true, message: t('receivables.legal.noteRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
