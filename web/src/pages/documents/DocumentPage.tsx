import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { UploadButton } from '../../components/AttachmentsPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../components/format';
import { BorrowStatusTag, LevelTag } from './DocumentTags';
import { type TDocument, type TDocumentReview, useDocument, useReviewDocument } from './hooks';

/** DOC-4: keep an expired document longer, or dispose of it with a reason (never deleted). */
function ReviewModal({ doc, open, onClose }: { doc: TDocument; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const review = useReviewDocument();
  const [decision, setDecision] = useState<'keep' | 'dispose'>('keep');
  return (
    <FormModal<{ decision: 'keep' | 'dispose'; years?: number; note?: string; reason?: string }>
      open={open}
      title={t('documents.review.title')}
      onClose={onClose}
      okText={t('documents.review.submit')}
      successMessage={t('documents.review.done')}
      initialValues={{ decision: 'keep' }}
      onSubmit={(v) => {
        const body: TDocumentReview =
          v.decision === 'keep'
            ? { decision: 'keep', ...(v.years ? { years: v.years } : {}), note: v.note ?? null }
            : { decision: 'dispose', reason: v.reason ?? '' };
        return review.mutateAsync({ id: doc.id, body });
      }}
    >
      <Form.Item name="decision" label={t('documents.review.decision')}>
        <Radio.Group onChange={(e) => setDecision(e.target.value)}>
          <Radio value="keep">{t('documents.review.keep')}</Radio>
          <Radio value="dispose">{t('documents.review.dispose')}</Radio>
        </Radio.Group>
      </Form.Item>
      {decision === 'keep' ? (
        <>
          <Form.Item
            name="years"
            label={t('documents.review.years')}
            extra={t('documents.review.yearsDefault')}
          >
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Form.Item name="note" label={t('documents.review.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="reason" label={t('documents.review.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** DOC-1 … DOC-4: one document — its catalogue entry, versions (each download audited) and loans. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useDocument(id);
  const [note, setNote] = useState('');
  const [reviewing, setReviewing] = useState(false);
  const d = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <Card title={d ? `${d.number} ${d.title}` : t('documents.title')} loading={query.isLoading}>
      {d && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          {d.status === 'disposed' && (
            <Alert
              type="warning"
              showIcon
              message={t('documents.disposedOn', { at: formatDateTime(d.disposedAt) })}
              description={d.disposalReason}
            />
          )}
          {d.dueForReview && d.can.manage && (
            <Alert
              type="info"
              showIcon
              message={t('documents.review.due', { day: d.retainUntil })}
              action={
                <Button size="small" onClick={() => setReviewing(true)} data-testid="document-review">
                  {t('documents.review.title')}
                </Button>
              }
            />
          )}
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('documents.fields.category')}>
              {t(`documents.categories.${d.category}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.confidentiality')}>
              <LevelTag level={d.confidentiality} />
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.retentionClass')}>
              {t(`documents.retention.${d.retentionClass}`)}
              {d.retainUntil ? ` · ${t('documents.keptUntil', { day: d.retainUntil })}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.unit')}>{d.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.keeper')}>{d.keeper.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.createdAt')}>
              {formatDateTime(d.createdAt)}
            </Descriptions.Item>
            {d.customer && (
              <Descriptions.Item label={t('documents.fields.customer')}>
                <Link to={`/customers/${d.customer.id}`}>{d.customer.name}</Link>
              </Descriptions.Item>
            )}
            {d.contract && (
              <Descriptions.Item label={t('documents.fields.contract')}>
                <Link to={`/contracts/${d.contract.id}`}>{d.contract.number}</Link>
              </Descriptions.Item>
            )}
            {d.reviewedBy && (
              <Descriptions.Item label={t('documents.fields.reviewedBy')}>
                {d.reviewedBy.displayName} · {formatDateTime(d.reviewedAt)} {d.reviewNote ?? ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          {d.description && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.description}</Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('documents.versions.title')}</Typography.Title>
          {d.can.manage && (
            <Space wrap>
              <Input
                placeholder={t('documents.versions.note')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                style={{ width: 220 }}
                maxLength={500}
              />
              <UploadButton
                action={`/api/documents/${d.id}/versions`}
                data={{ note }}
                label={t('documents.versions.upload')}
                uploaded={(name) => t('documents.versions.uploaded', { name })}
                failed={t('documents.versions.failed')}
                onUploaded={() => {
                  setNote('');
                  return query.refetch();
                }}
                testId="document-upload"
              />
            </Space>
          )}
          <Table
            size="small"
            rowKey="fileId"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={d.versions}
            locale={{ emptyText: t('documents.versions.empty') }}
            columns={[
              { key: 'version', title: t('documents.versions.version'), render: (_, v) => `v${v.version}` },
              {
                key: 'file',
                title: t('documents.versions.file'),
                render: (_, v) => (
                  <Typography.Link
                    href={`/api/documents/${d.id}/versions/${v.fileId}`}
                    target="_blank"
                    rel="noopener"
                  >
                    {v.fileName}
                  </Typography.Link>
                ),
              },
              { key: 'note', title: t('documents.versions.note'), render: (_, v) => v.note },
              {
                key: 'by',
                title: t('documents.versions.by'),
                render: (_, v) => `${v.createdBy?.displayName ?? ''} · ${formatDateTime(v.createdAt)}`,
              },
            ]}
          />
          <Typography.Title level={5}>{t('documents.borrowLog')}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={d.borrows}
            locale={{ emptyText: t('documents.noBorrows') }}
            columns={[
              {
                key: 'borrower',
                title: t('documents.fields.borrower'),
                render: (_, b) => <Link to={`/documents/borrows/${b.id}`}>{b.borrower.displayName}</Link>,
              },
              { key: 'purpose', title: t('documents.fields.purpose'), render: (_, b) => b.purpose },
              { key: 'dueOn', title: t('documents.fields.dueOn'), render: (_, b) => b.dueOn },
              {
                key: 'status',
                title: t('documents.fields.status'),
                render: (_, b) => <BorrowStatusTag row={b} />,
              },
            ]}
          />
          <ReviewModal doc={d} open={reviewing} onClose={() => setReviewing(false)} />
        </Space>
      )}
    </Card>
  );
}
