import { Button, Descriptions, Drawer, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { pctText, valueText } from '../indicators/figures';
import { usePeriodText } from '../indicators/PeriodPicker';
import { StandingTag } from '../indicators/standing-tag';
import { useCoaching, useFollowUp } from './hooks';

/** PLAN-6: a coaching record — the figures then, findings, agreed actions, the follow-up and the plan adjustment. */
export function CoachingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const words = usePeriodText();
  const record = useCoaching(id);
  const followUp = useFollowUp();
  const [form] = Form.useForm<{ note: string }>();
  const action = useAction({ form, inline: true });
  const r = record.data;
  const s = r?.snapshot;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={phone ? '100%' : 'large'}
      title={r ? t('coaching.drawer.title', { name: r.rep.displayName, period: words(r.period) }) : ''}
      destroyOnHidden
      data-testid="coaching-drawer"
    >
      <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />
      {record.isPending && id !== null && <Skeleton active />}
      {r && (
        <>
          <Descriptions size="small" column={phone ? 1 : 2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('coaching.fields.rep')}>
              {r.rep.displayName} · {r.unit.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('coaching.fields.coach')}>{r.coach.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('coaching.fields.recordedAt')}>
              {formatDateTime(r.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('coaching.fields.status')}>
              <Tag color={r.status === 'open' ? 'orange' : 'green'}>{enumLabel(t, 'status', r.status)}</Tag>
            </Descriptions.Item>
          </Descriptions>
          {s && (
            <>
              <Typography.Title level={5}>{t('coaching.drawer.figures')}</Typography.Title>
              <Descriptions size="small" column={phone ? 1 : 3} style={{ marginBottom: 16 }}>
                <Descriptions.Item label={enumLabel(t, 'salesMetric', s.salesMetric)}>
                  {valueText('sales', s.sales.actual)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.target')}>
                  {valueText('sales', s.sales.target)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.completion')}>
                  {pctText(s.sales.completionPct)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.board.pace')}>
                  {pctText(s.pace.pct)}
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.board.standing')}>
                  <StandingTag standing={s.standing} />
                </Descriptions.Item>
                <Descriptions.Item label={t('indicators.columns.collectionRate')}>
                  {pctText(s.collectionRatePct)}
                </Descriptions.Item>
              </Descriptions>
            </>
          )}
          <Typography.Title level={5}>{t('coaching.fields.findings')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.findings}</Typography.Paragraph>
          <Typography.Title level={5}>{t('coaching.fields.actions')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.actions}</Typography.Paragraph>
          {r.adjustment && (
            <Typography.Paragraph data-testid="coaching-adjustment">
              {t('coaching.drawer.adjustment', {
                plan: enumLabel(t, 'kind', r.adjustment.kind),
                period: words(r.adjustment.period),
                version: r.adjustment.version,
              })}
            </Typography.Paragraph>
          )}
          <Typography.Title level={5}>{t('coaching.drawer.followUp')}</Typography.Title>
          {r.status === 'followed_up' ? (
            <>
              <Typography.Paragraph type="secondary">
                {t('coaching.drawer.followedUpAt', { at: formatDateTime(r.followedUpAt) })}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.followUpNote}</Typography.Paragraph>
            </>
          ) : (
            <Typography.Paragraph type="secondary">
              {t('coaching.drawer.followUpOn', { date: formatDate(r.followUpOn) })}
            </Typography.Paragraph>
          )}
          {r.canFollowUp && (
            <Form
              form={form}
              layout="vertical"
              onFinish={(v) =>
                void action.run(
                  () => followUp.mutateAsync({ id: r.id, note: v.note }),
                  t('coaching.drawer.followedUp'),
                )
              }
              data-testid="follow-up-form"
            >
              <ErrorAlert error={action.error} />
              <Form.Item
                name="note"
                label={t('coaching.fields.followUpNote')}
                rules={[{ required: true, whitespace: true, message: t('coaching.form.required') }]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 3, maxRows: 8 }}
                  maxLength={4000}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault();
                      form.submit();
                    }
                  }}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={action.pending}>
                {t('coaching.drawer.recordFollowUp')}
              </Button>
            </Form>
          )}
        </>
      )}
    </Drawer>
  );
}
