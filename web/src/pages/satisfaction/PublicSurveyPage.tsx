import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Rate, Result, Spin, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../api/api';
import { ApiError } from '../../api/client';
import { useErrorText } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { type Locale, setLocale } from '../../i18n';

/** Why a link shows no survey: answered, expired, or not a link at all (the same for any wrong token). */
function closedReason(error: unknown): 'answered' | 'expired' | 'invalid' | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'SURVEY_ANSWERED') return 'answered';
  if (error.code === 'SURVEY_EXPIRED') return 'expired';
  if (error.code === 'SURVEY_LINK_INVALID') return 'invalid';
  return null;
}

/**
 * SVC-2: the customer's survey page — no account, no menu, phone first. Chinese unless the
 * customer switches (or the link says ?lang=en); the company, the questions (1–5 stars each) and
 * a comment; an answered, expired or wrong link says so.
 */
export function PublicSurveyPage() {
  const { t, i18n } = useTranslation();
  const { token: theme_ } = theme.useToken();
  const errorText = useErrorText();
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const lang: Locale = i18n.language === 'en' ? 'en' : 'zh-CN';

  useEffect(() => {
    void setLocale(params.get('lang') === 'en' ? 'en' : 'zh-CN');
  }, [params]);

  const survey = useQuery({
    queryKey: ['public-survey', token],
    queryFn: () => api.get('/api/public/surveys/{token}', { params: { token } }),
    retry: false,
    refetchOnWindowFocus: false,
  });
  const answer = useMutation({
    mutationFn: () =>
      api.post('/api/public/surveys/{token}', {
        params: { token },
        body: {
          answers: Object.entries(scores).map(([key, score]) => ({ key, score })),
          comment: comment.trim() || null,
        },
      }),
  });

  const questions = survey.data?.questions ?? [];
  const complete = questions.length > 0 && questions.every((q) => scores[q.key]);
  const closed = closedReason(survey.error) ?? closedReason(answer.error);

  let content: React.ReactNode;
  if (answer.isSuccess) {
    content = (
      <Result
        status="success"
        title={t('satisfaction.public.thanks')}
        subTitle={t('satisfaction.public.thanksDetail')}
        data-testid="survey-thanks"
      />
    );
  } else if (survey.isPending) {
    content = (
      <div style={{ textAlign: 'center', padding: 48 }}>
        <Spin size="large" />
      </div>
    );
  } else if (closed) {
    content = (
      <Result
        status={closed === 'answered' ? 'success' : closed === 'expired' ? 'warning' : 'error'}
        title={t(`satisfaction.public.${closed}`)}
        subTitle={t(`satisfaction.public.${closed}Detail`)}
        data-testid={`survey-${closed}`}
      />
    );
  } else if (survey.isError || !survey.data) {
    content = (
      <Result
        status="error"
        title={errorText(survey.error)}
        extra={<Button onClick={() => void survey.refetch()}>{t('satisfaction.public.retry')}</Button>}
      />
    );
  } else {
    const s = survey.data;
    content = (
      <Form layout="vertical" onFinish={() => answer.mutate()} data-testid="survey-form">
        <Typography.Paragraph>
          {t('satisfaction.public.greeting', { name: s.customerName })}
        </Typography.Paragraph>
        {questions.map((q, i) => (
          <Form.Item key={q.key} label={`${i + 1}. ${q.text[lang]}`} required>
            <Rate
              value={scores[q.key] ?? 0}
              onChange={(v) => setScores((x) => ({ ...x, [q.key]: v }))}
              style={{ fontSize: 32 }}
              aria-label={q.text[lang]}
              data-testid={`survey-q-${q.key}`}
            />
          </Form.Item>
        ))}
        <Form.Item label={t('satisfaction.public.comment')}>
          <Input.TextArea
            rows={4}
            maxLength={1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            placeholder={t('satisfaction.public.commentHint')}
            data-testid="survey-comment"
          />
        </Form.Item>
        {answer.isError && !closed && (
          <Alert type="error" showIcon message={errorText(answer.error)} style={{ marginBottom: 16 }} />
        )}
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          disabled={!complete}
          loading={answer.isPending}
          data-testid="survey-submit"
        >
          {t('satisfaction.public.submit')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('satisfaction.public.once')}
        </Typography.Paragraph>
      </Form>
    );
  }

  return (
    <div
      style={{
        minHeight: '100vh',
        background: theme_.colorBgLayout,
        padding: 12,
        display: 'flex',
        justifyContent: 'center',
      }}
    >
      <Card style={{ width: 560, maxWidth: '100%', alignSelf: 'flex-start' }} data-testid="survey-card">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Typography.Text strong>{survey.data?.company[lang] ?? t('app.name')}</Typography.Text>
          <LanguageSwitch onChange={(l) => void setLocale(l)} />
        </div>
        <Typography.Title level={3} style={{ marginTop: 12 }}>
          {t('satisfaction.public.title')}
        </Typography.Title>
        {content}
      </Card>
    </div>
  );
}
