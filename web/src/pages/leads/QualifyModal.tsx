import { Alert, Form, Progress, Rate, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomer } from '../../api/hooks/customers';
import { useLeadCriteria, useQualifyLead } from '../../api/hooks/leads';
import type { TCustomerListItem, TLeadCriterion } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { localized } from '../../components/format';
import { weightedScore } from './lead-score';

type Values = { answers: Record<string, number> };

/** The weighted score as stars are picked, against the score needed to convert. */
function LiveScore({
  criteria,
  maxAnswer,
  qualifiedScore,
}: {
  criteria: TLeadCriterion[];
  maxAnswer: number;
  qualifiedScore: number;
}) {
  const { t } = useTranslation();
  const answers = Form.useWatch<Record<string, number> | undefined>('answers');
  const score = weightedScore(criteria, answers, maxAnswer);
  const reached = score >= qualifiedScore;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="lead-live-score">
      <Space>
        <Typography.Text strong>{t('leads.scoreNow', { score })}</Typography.Text>
        <Tag color={reached ? 'green' : 'orange'}>
          {reached ? t('leads.reached') : t('leads.notReached', { score: qualifiedScore })}
        </Tag>
      </Space>
      <Progress
        percent={score}
        success={{ percent: Math.min(score, qualifiedScore) }}
        status={reached ? 'success' : 'normal'}
        format={(p) => `${p}`}
      />
      <Typography.Text type="secondary">{t('leads.threshold', { score: qualifiedScore })}</Typography.Text>
    </Space>
  );
}

/** CUS-4: assess a lead's potential value — one 0–5 rating per criterion of the policy. */
export function QualifyModal({ lead, onClose }: { lead: TCustomerListItem | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const criteria = useLeadCriteria(lead !== null);
  const detail = useCustomer(lead?.id);
  const qualify = useQualifyLead();
  const list = criteria.data?.criteria ?? [];
  const saved = detail.data?.qualification ?? {};
  const initialAnswers = Object.fromEntries(list.map((c) => [c.key, saved[c.key] ?? 0]));
  return (
    <FormModal<Values>
      open={lead !== null}
      title={t('leads.assessTitle', { name: lead?.name ?? '' })}
      onClose={onClose}
      width={560}
      testId="lead-qualify-form"
      okText={t('leads.assess')}
      successMessage={t('leads.assessed')}
      loading={criteria.isPending || detail.isPending}
      initialValues={{ answers: initialAnswers }}
      onSubmit={(values) =>
        qualify.mutateAsync({
          id: lead?.id ?? '',
          body: { answers: Object.fromEntries(list.map((c) => [c.key, values.answers?.[c.key] ?? 0])) },
        })
      }
    >
      <ErrorAlert error={criteria.error} onRetry={() => void criteria.refetch()} />
      <Alert type="info" showIcon title={t('leads.assessHint')} style={{ marginBottom: 16 }} />
      {list.map((c) => (
        <Form.Item
          key={c.key}
          name={['answers', c.key]}
          label={t('leads.criterionLabel', { label: localized(c.label, i18n.language), weight: c.weight })}
        >
          <Rate count={criteria.data?.maxAnswer ?? 5} allowClear />
        </Form.Item>
      ))}
      {criteria.data && (
        <LiveScore
          criteria={list}
          maxAnswer={criteria.data.maxAnswer}
          qualifiedScore={criteria.data.qualifiedScore}
        />
      )}
    </FormModal>
  );
}
