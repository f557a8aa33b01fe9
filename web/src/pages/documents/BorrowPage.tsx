import { Alert, Button, Card, Descriptions, Form, Image, Input, Popconfirm, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../components/format';
import { useAction } from '../../components/use-action';
import { BorrowStatusTag, LevelTag } from './DocumentTags';
import {
  useApproveBorrow,
  useBorrow,
  useRejectBorrow,
  useReturnBorrow,
  useSignBorrow,
  useWithdrawBorrow,
} from './hooks';
import { SignaturePad, type SignaturePadHandle } from './SignaturePad';

/**
 * DOC-2 (借阅签字制): one loan — the approver approves or rejects; once approved the borrower
 * signs on the pad; the keeper records the return. A rep uses it on the phone.
 */
export function BorrowPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useBorrow(id);
  const approve = useApproveBorrow();
  const reject = useRejectBorrow();
  const withdraw = useWithdrawBorrow();
  const sign = useSignBorrow();
  const giveBack = useReturnBorrow();
  const action = useAction();
  const pad = useRef<SignaturePadHandle>(null);
  const [padEmpty, setPadEmpty] = useState(true);
  const [rejecting, setRejecting] = useState(false);
  const b = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <Card
      title={b ? t('documents.borrow.titleOf', { number: b.document.number }) : ''}
      loading={query.isLoading}
    >
      {b && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('documents.fields.document')}>
              {b.status === 'lent' ? (
                <Link to={`/documents/${b.document.id}`}>{b.document.title}</Link>
              ) : (
                b.document.title
              )}{' '}
              <LevelTag level={b.document.confidentiality} />
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.status')}>
              <span data-testid="borrow-status">
                <BorrowStatusTag row={b} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.borrower')}>
              {b.borrower.displayName}
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.dueOn')}>{b.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.purpose')}>{b.purpose}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.askedAt')}>
              {formatDateTime(b.createdAt)}
            </Descriptions.Item>
            {b.decidedBy && (
              <Descriptions.Item label={t('documents.fields.decidedBy')}>
                {b.decidedBy.displayName} · {formatDateTime(b.decidedAt)} {b.decisionNote ?? ''}
              </Descriptions.Item>
            )}
            {b.signedAt && (
              <Descriptions.Item label={t('documents.fields.signedAt')}>
                {formatDateTime(b.signedAt)}
              </Descriptions.Item>
            )}
            {b.returnedAt && (
              <Descriptions.Item label={t('documents.fields.returnedAt')}>
                {formatDateTime(b.returnedAt)} · {b.returnedTo?.displayName} {b.returnNote ?? ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          {b.hasSignature && (
            <Image
              src={`/api/document-borrows/${b.id}/signature`}
              alt={t('documents.sign.image')}
              width={240}
              data-testid="borrow-signature"
            />
          )}
          <ErrorAlert error={action.error} />
          {b.can.decide && (
            <Space wrap>
              <Button
                type="primary"
                loading={approve.isPending}
                data-testid="borrow-approve"
                onClick={() =>
                  void action.run(() => approve.mutateAsync(b.id), t('documents.borrow.approved'))
                }
              >
                {t('documents.borrow.approve')}
              </Button>
              <Button danger onClick={() => setRejecting(true)} data-testid="borrow-reject">
                {t('documents.borrow.reject')}
              </Button>
            </Space>
          )}
          {b.can.sign && (
            <Card size="small" title={t('documents.sign.title')}>
              <Alert
                type="info"
                showIcon
                message={t('documents.sign.explain', { day: b.dueOn })}
                style={{ marginBottom: 12 }}
              />
              <SignaturePad ref={pad} onChange={setPadEmpty} />
              <Button
                type="primary"
                block
                style={{ marginTop: 12 }}
                disabled={padEmpty}
                loading={sign.isPending}
                data-testid="borrow-sign"
                onClick={() => {
                  const signature = pad.current?.toDataUrl();
                  if (!signature) return;
                  void action.run(() => sign.mutateAsync({ id: b.id, signature }), t('documents.sign.done'));
                }}
              >
                {t('documents.sign.submit')}
              </Button>
            </Card>
          )}
          {b.status === 'lent' && b.can.recordReturn === false && (
            <Alert type="success" showIcon message={t('documents.borrow.lentUntil', { day: b.dueOn })} />
          )}
          <Space wrap>
            {b.can.recordReturn && (
              <Popconfirm
                title={t('documents.borrow.returnConfirm')}
                onConfirm={() =>
                  void action.run(() => giveBack.mutateAsync(b.id), t('documents.borrow.returned'))
                }
              >
                <Button type="primary" data-testid="borrow-return">
                  {t('documents.borrow.recordReturn')}
                </Button>
              </Popconfirm>
            )}
            {b.can.withdraw && (
              <Popconfirm
                title={t('documents.borrow.withdrawConfirm')}
                onConfirm={() =>
                  void action.run(() => withdraw.mutateAsync(b.id), t('documents.borrow.withdrawn'))
                }
              >
                <Button data-testid="borrow-withdraw">{t('documents.borrow.withdraw')}</Button>
              </Popconfirm>
            )}
          </Space>
          <ApprovalPanel
            docType={
              b.document.confidentiality === 'confidential'
                ? 'document_borrow_confidential'
                : 'document_borrow'
            }
            docId={b.id}
          />
          <FormModal<{ reason: string }>
            open={rejecting}
            title={t('documents.borrow.reject')}
            onClose={() => setRejecting(false)}
            okText={t('documents.borrow.reject')}
            successMessage={t('documents.borrow.rejected')}
            onSubmit={({ reason }) => reject.mutateAsync({ id: b.id, reason })}
          >
            <Form.Item name="reason" label={t('documents.fields.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={1000} autoFocus />
            </Form.Item>
          </FormModal>
        </Space>
      )}
    </Card>
  );
}
