import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { type TDocumentRow, useRequestBorrow } from './hooks';

/** DOC-2: ask to borrow a document — the purpose, and the day it comes back (default by policy). */
export function BorrowFormModal({ doc, onClose }: { doc: TDocumentRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const request = useRequestBorrow();
  const navigate = useNavigate();
  return (
    <FormModal<{ purpose: string; dueOn?: Dayjs | null }>
      open={doc !== null}
      title={doc ? t('documents.borrow.titleOf', { number: doc.number }) : ''}
      onClose={onClose}
      okText={t('documents.borrow.submit')}
      successMessage={t('documents.borrow.submitted')}
      testId="borrow-form"
      onSubmit={async ({ purpose, dueOn }) => {
        if (!doc) return;
        const loan = await request.mutateAsync({
          documentId: doc.id,
          purpose,
          ...(dueOn ? { dueOn: dueOn.format('YYYY-MM-DD') } : {}),
        });
        navigate(`/documents/borrows/${loan.id}`);
      }}
    >
      {doc && <p>{doc.title ?? t('documents.fields.titleHidden')}</p>}
      <Form.Item name="purpose" label={t('documents.fields.purpose')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="borrow-purpose" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('documents.fields.dueOn')} extra={t('documents.borrow.dueDefault')}>
        <DatePicker style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
    </FormModal>
  );
}
