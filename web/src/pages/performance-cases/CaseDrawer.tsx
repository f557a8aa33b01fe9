import { Descriptions, Drawer, Skeleton, Space, Steps, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import { auditActionLabel, enumLabel } from '../../i18n/labels';
import { pctText, valueText } from '../indicators/figures';
import { DecisionForm, InterviewForm, OutcomeForm, PlanForm } from './CaseForms';
import { CaseLevelTag, CaseStatusTag } from './CaseTags';
import { type TCase, useCase } from './hooks';

type Step = 'interview' | 'plan' | 'review' | 'outcome';

/** The steps of a case: a performance review has the decision between the plan and the outcome. */
function stepsOf(c: TCase): Step[] {
  return c.level === 'review' ? ['interview', 'plan', 'review', 'outcome'] : ['interview', 'plan', 'outcome'];
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div style={{ marginBottom: 20 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </div>
  );
}

/** The figures at the close: each month of the run below target. */
function Figures({ c }: { c: TCase }) {
  const { t } = useTranslation();
  const phone = usePhone();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="period"
      dataSource={c.snapshot.months}
      scroll={phone ? { x: 360 } : undefined}
      columns={[
        { title: t('cases.fields.month'), dataIndex: 'period', key: 'period' },
        {
          title: t('cases.fields.target'),
          key: 'target',
          align: 'right',
          render: (_, m) => valueText('sales', m.target),
        },
        {
          title: enumLabel(t, 'salesMetric', c.snapshot.salesMetric),
          key: 'actual',
          align: 'right',
          render: (_, m) => valueText('sales', m.actual),
        },
        {
          title: t('cases.fields.completion'),
          key: 'pct',
          align: 'right',
          render: (_, m) => pctText(m.completionPct),
        },
      ]}
      data-testid="case-figures"
    />
  );
}

/**
 * INC-8: a case — whose, which months below target and the figures then, the steps as they
 * stand (约谈 → 改进计划 → 绩效考核决定 → 结果), each step's form for whoever may work it now (the
 * server says), the decision's approval, and the history. The person reads their own case.
 */
export function CaseDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const query = useCase(id);
  const c = query.data;
  const steps = c ? stepsOf(c) : [];
  const current = c ? (c.status === 'closed' ? steps.length : steps.indexOf(c.status as Step)) : 0;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={phone ? '100%' : 'large'}
      title={c ? t('cases.drawer.title', { name: c.person.displayName, month: c.month }) : ''}
      destroyOnHidden
      data-testid="case-drawer"
    >
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending && id !== null && <Skeleton active />}
      {c && (
        <>
          <Descriptions size="small" column={phone ? 1 : 2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('cases.fields.person')}>
              {c.person.displayName} · {c.unit.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.fields.superior')}>
              {c.superior?.displayName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.fields.level')}>
              <Space size={4} wrap>
                <CaseLevelTag level={c.level} />
                <Typography.Text type="secondary">
                  {t('cases.consecutive', { count: c.consecutiveMonths })}
                </Typography.Text>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.fields.status')}>
              <CaseStatusTag status={c.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.fields.belowPct')}>
              {pctText(c.snapshot.belowPct)}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.fields.interviewDueAt')}>
              {c.interviewDueAt ? formatDateTime(c.interviewDueAt) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Section title={t('cases.drawer.figures')}>
            <Figures c={c} />
            {c.previousCaseId && (
              <Typography.Paragraph style={{ marginTop: 8 }}>
                <Link to={`/performance-cases?id=${c.previousCaseId}`} data-testid="previous-case">
                  {t('cases.drawer.previous')}
                </Link>
              </Typography.Paragraph>
            )}
            {c.coaching.length > 0 && (
              <Typography.Paragraph>
                {t('cases.drawer.coaching')}{' '}
                {c.coaching.map((r) => (
                  <Link key={r.id} to={`/coaching?id=${r.id}`} style={{ marginRight: 8 }}>
                    {r.period}
                  </Link>
                ))}
              </Typography.Paragraph>
            )}
          </Section>
          <Steps
            size="small"
            current={current}
            orientation={phone ? 'vertical' : 'horizontal'}
            style={{ marginBottom: 20 }}
            items={steps.map((s) => ({ title: t(`cases.steps.${s}`) }))}
            data-testid="case-steps"
          />
          <Section title={t('cases.steps.interview')}>
            {c.interview ? (
              <>
                <Typography.Paragraph type="secondary">
                  {t('cases.drawer.interviewed', {
                    date: formatDate(c.interview.heldOn),
                    name: c.interview.by?.displayName ?? '—',
                  })}
                </Typography.Paragraph>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="interview-notes-text">
                  {c.interview.notes}
                </Typography.Paragraph>
              </>
            ) : c.can.interview ? (
              <InterviewForm c={c} />
            ) : (
              <Typography.Text type="secondary">{t('cases.drawer.notYet')}</Typography.Text>
            )}
          </Section>
          {c.status !== 'interview' && (
            <Section title={t('cases.steps.plan')}>
              {c.can.plan ? (
                <PlanForm c={c} />
              ) : c.actions.length > 0 ? (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="id"
                  dataSource={c.actions}
                  scroll={phone ? { x: 420 } : undefined}
                  columns={[
                    { title: t('cases.fields.action'), dataIndex: 'action', key: 'action' },
                    { title: t('cases.fields.owner'), key: 'owner', render: (_, a) => a.owner.displayName },
                    {
                      title: t('cases.fields.startOn'),
                      key: 'startOn',
                      render: (_, a) => formatDate(a.startOn),
                    },
                    { title: t('cases.fields.dueOn'), key: 'dueOn', render: (_, a) => formatDate(a.dueOn) },
                  ]}
                  data-testid="plan-actions"
                />
              ) : (
                <Typography.Text type="secondary">{t('cases.drawer.notYet')}</Typography.Text>
              )}
              {c.planAgreedAt && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t('cases.drawer.planAgreed', { at: formatDateTime(c.planAgreedAt) })}
                </Typography.Paragraph>
              )}
            </Section>
          )}
          {c.level === 'review' && (c.status === 'review' || c.decision) && (
            <Section title={t('cases.steps.review')}>
              {c.decision && (
                <Typography.Paragraph>
                  <Tag color="red">{enumLabel(t, 'decision', c.decision.decision)}</Tag>
                  <Tag>{enumLabel(t, 'decisionStatus', c.decision.status)}</Tag>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{c.decision.reasons}</span>
                </Typography.Paragraph>
              )}
              {c.can.decide && <DecisionForm c={c} />}
              {c.decision && <ApprovalPanel docType="performance_case" docId={c.id} />}
            </Section>
          )}
          {(c.status === 'outcome' || c.outcome) && (
            <Section title={t('cases.steps.outcome')}>
              {c.outcome ? (
                <Typography.Paragraph>
                  <Tag color="blue">{enumLabel(t, 'outcome', c.outcome.outcome)}</Tag>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{c.outcome.notes}</span>
                </Typography.Paragraph>
              ) : c.can.outcome ? (
                <OutcomeForm c={c} />
              ) : (
                <Typography.Text type="secondary">{t('cases.drawer.notYet')}</Typography.Text>
              )}
            </Section>
          )}
          <Section title={t('cases.drawer.history')}>
            <Timeline
              items={c.history.map((h, i) => ({
                key: `${h.at}-${i}`,
                content: (
                  <>
                    {auditActionLabel(t, h.action)}
                    <Typography.Text type="secondary">
                      {' '}
                      · {h.actor ?? t('cases.drawer.system')} · {formatDateTime(h.at)}
                    </Typography.Text>
                  </>
                ),
              }))}
              data-testid="case-history"
            />
          </Section>
        </>
      )}
    </Drawer>
  );
}
