import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../components/format';
import { auditActionLabel, enumLabel, fieldLabel } from '../../i18n/labels';
import { type TRiskReview, useReopenRisk, useReviewRisk, useRisk } from './hooks';
import { RiskFormModal } from './RiskFormModal';
import { RiskLevelTag, RiskStatusTag } from './RiskTags';

const riskFields: Record<string, string> = {
  title: 'risks.fields.title',
  description: 'risks.fields.description',
  category: 'risks.fields.category',
  likelihood: 'risks.fields.likelihood',
  impact: 'risks.fields.impact',
  ownerId: 'risks.fields.owner',
  controls: 'risks.fields.controls',
  reviewOn: 'risks.fields.reviewOn',
  status: 'risks.fields.status',
  customerId: 'risks.fields.customer',
};

/**
 * RISK-1: one risk — its assessment, owner, controls and review date; the owner reviews it (a
 * note, the next date, a new assessment or status); managers change or reopen it; its reviews
 * and its history of changes.
 */
export function RiskPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useRisk(id);
  const review = useReviewRisk();
  const reopen = useReopenRisk();
  const [editing, setEditing] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const r = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <Card
      title={r ? `${r.number} ${r.title}` : t('risks.title')}
      loading={query.isLoading}
      extra={
        r && (
          <Space wrap>
            {r.can.review && (
              <Button type="primary" onClick={() => setReviewing(true)} data-testid="risk-review">
                {t('risks.review')}
              </Button>
            )}
            {r.can.manage && r.status !== 'closed' && (
              <Button onClick={() => setEditing(true)} data-testid="risk-edit">
                {t('risks.edit')}
              </Button>
            )}
            {r.can.manage && r.status === 'closed' && (
              <Button onClick={() => setReopening(true)} data-testid="risk-reopen">
                {t('risks.reopen')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {r && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          {r.reviewOverdue && <Alert type="warning" showIcon message={t('risks.reviewOverdue')} />}
          {r.closedNote && <Alert type="info" showIcon message={r.closedNote} />}
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('risks.fields.status')}>
              <RiskStatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.fields.category')}>
              {enumLabel(t, 'category', r.category)}
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.fields.score')}>
              <Space size={4}>
                {t('risks.scoreText', { likelihood: r.likelihood, impact: r.impact, score: r.score })}
                <RiskLevelTag level={r.level} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.fields.owner')}>
              {r.owner.displayName}（{r.unit.name}）
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.fields.reviewOn')}>{r.reviewOn}</Descriptions.Item>
            <Descriptions.Item label={t('risks.fields.source')}>
              {enumLabel(t, 'source', r.source)}
              {r.signal && ` · ${enumLabel(t, 'signal', r.signal)}`}
            </Descriptions.Item>
            {r.customer && (
              <Descriptions.Item label={t('risks.fields.customer')}>
                <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('risks.fields.createdAt')}>
              {formatDateTime(r.createdAt)}
            </Descriptions.Item>
          </Descriptions>
          {r.controls && (
            <div>
              <Typography.Title level={5}>{t('risks.fields.controls')}</Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.controls}</Typography.Paragraph>
            </div>
          )}
          {r.description && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.description}</Typography.Paragraph>
          )}
          <List
            header={<Typography.Text strong>{t('risks.reviews')}</Typography.Text>}
            size="small"
            bordered
            dataSource={r.reviews}
            locale={{ emptyText: t('risks.noReviews') }}
            data-testid="risk-reviews"
            renderItem={(v) => (
              <List.Item>
                <List.Item.Meta
                  title={`${v.reviewedBy.displayName} · ${formatDateTime(v.reviewedAt)}`}
                  description={
                    <>
                      <div style={{ whiteSpace: 'pre-wrap' }}>{v.note}</div>
                      {v.nextReviewOn && <div>{t('risks.nextReviewOn', { date: v.nextReviewOn })}</div>}
                    </>
                  }
                />
              </List.Item>
            )}
          />
          <List
            header={<Typography.Text strong>{t('risks.revisions')}</Typography.Text>}
            size="small"
            bordered
            dataSource={r.revisions}
            data-testid="risk-revisions"
            renderItem={(v) => (
              <List.Item>
                <Typography.Text>
                  {formatDateTime(v.at)} · {v.actor ?? t('risks.system')} · {auditActionLabel(t, v.action)}
                  {v.fields.length > 0 &&
                    `（${v.fields.map((f) => (riskFields[f] ? t(riskFields[f]) : (fieldLabel(t, f) ?? f))).join('、')}）`}
                </Typography.Text>
              </List.Item>
            )}
          />
          <RiskFormModal open={editing} onClose={() => setEditing(false)} risk={r} />
          <FormModal<TRiskReview>
            open={reviewing}
            title={t('risks.review')}
            onClose={() => setReviewing(false)}
            okText={t('risks.review')}
            successMessage={t('risks.reviewed')}
            initialValues={{ likelihood: r.likelihood, impact: r.impact, status: r.status }}
            testId="risk-review-form"
            onSubmit={(body) => review.mutateAsync({ id: r.id, body })}
          >
            <Form.Item name="note" label={t('risks.fields.note')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} autoFocus />
            </Form.Item>
            <Form.Item name="status" label={t('risks.fields.status')}>
              <Select
                options={(['open', 'controlled', 'closed'] as const).map((s) => ({
                  value: s,
                  label: enumLabel(t, 'status', s),
                }))}
              />
            </Form.Item>
            <Form.Item name="nextReviewOn" label={t('risks.fields.nextReviewOn')}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="likelihood" label={t('risks.fields.likelihood')}>
              <InputNumber min={1} max={5} precision={0} />
            </Form.Item>
            <Form.Item name="impact" label={t('risks.fields.impact')}>
              <InputNumber min={1} max={5} precision={0} />
            </Form.Item>
          </FormModal>
          <FormModal<{ note: string; reviewOn: string }>
            open={reopening}
            title={t('risks.reopen')}
            onClose={() => setReopening(false)}
            okText={t('risks.reopen')}
            successMessage={t('risks.saved')}
            onSubmit={(body) => reopen.mutateAsync({ id: r.id, ...body })}
          >
            <Form.Item name="note" label={t('risks.fields.note')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
            <Form.Item name="reviewOn" label={t('risks.fields.reviewOn')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </FormModal>
        </Space>
      )}
    </Card>
  );
}
