import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../components/format';
import { useAction } from '../../components/use-action';
import { useAdoptSuggestion, useDeclineSuggestion, useSuggestion } from './hooks';
import { SuggestionStatusTag } from './SuggestionTags';

/** OPS-9: one suggestion — what it says, its review, and (for its reviewer) adopt or decline with a reason. */
export function SuggestionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useSuggestion(id);
  const adopt = useAdoptSuggestion();
  const decline = useDeclineSuggestion();
  const action = useAction();
  const [declining, setDeclining] = useState(false);
  const s = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <Card title={s ? `${s.number} ${s.title}` : t('suggestions.title')} loading={query.isLoading}>
      {s && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('suggestions.fields.status')}>
              <SuggestionStatusTag status={s.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('suggestions.fields.category')}>
              {t(`suggestions.categories.${s.category}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('suggestions.fields.user')}>
              {s.user.displayName}（{s.unit.name}）
            </Descriptions.Item>
            <Descriptions.Item label={t('suggestions.fields.createdAt')}>
              {formatDateTime(s.createdAt)}
            </Descriptions.Item>
            {s.decidedBy && (
              <Descriptions.Item label={t('suggestions.fields.decidedBy')}>
                {s.decidedBy.displayName} · {formatDateTime(s.decidedAt)}
              </Descriptions.Item>
            )}
            {s.decisionNote && (
              <Descriptions.Item label={t('suggestions.fields.decisionNote')}>
                {s.decisionNote}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="suggestion-content">
            {s.content}
          </Typography.Paragraph>
          {s.points && (
            <Alert type="success" showIcon message={t('suggestions.pointsAwarded', { points: s.points })} />
          )}
          <ErrorAlert error={action.error} />
          {s.can.review && (
            <Space wrap>
              <Button
                type="primary"
                loading={adopt.isPending}
                data-testid="suggestion-adopt"
                onClick={() =>
                  void action.run(() => adopt.mutateAsync({ id: s.id }), t('suggestions.adopted'))
                }
              >
                {t('suggestions.adopt')}
              </Button>
              <Button danger onClick={() => setDeclining(true)} data-testid="suggestion-decline">
                {t('suggestions.decline')}
              </Button>
            </Space>
          )}
          <ApprovalPanel docType="suggestion" docId={s.id} />
          <FormModal<{ reason: string }>
            open={declining}
            title={t('suggestions.decline')}
            onClose={() => setDeclining(false)}
            okText={t('suggestions.decline')}
            successMessage={t('suggestions.declined')}
            onSubmit={({ reason }) => decline.mutateAsync({ id: s.id, reason })}
          >
            <Form.Item name="reason" label={t('suggestions.fields.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={1000} autoFocus />
            </Form.Item>
          </FormModal>
        </Space>
      )}
    </Card>
  );
}
