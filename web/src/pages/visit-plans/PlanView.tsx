import { EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApprovalHistory } from '../../api/hooks/approvals';
import { ApprovalPanel, ApprovalStatusTag } from '../../components/ApprovalPanel';
import { formatDateTime, formatDateTimeMinutes } from '../../components/company-time';
import { ChangeDrawer } from './ChangeDrawer';
import { draftOf, inputOf, lineErrors } from './draft-lines';
import { type TPlanChange, type TVisitPlan, useSaveLines, visitPlansKey } from './hooks';
import { hoursText } from './hours';
import { LinesEditor } from './LinesEditor';
import { PlanStatusTag } from './PlanStatusTag';

/** A decision taken in an approval panel changes the plan too: read it again. */
function useRefreshOnDecision(docType: string, docId: string | undefined) {
  const client = useQueryClient();
  const history = useApprovalHistory(docType, docId);
  const stamp = history.data ? `${history.data.latestRequestId}:${history.data.status}` : null;
  const seen = useRef(stamp);
  useEffect(() => {
    if (stamp !== null && seen.current !== null && stamp !== seen.current)
      void client.invalidateQueries({ queryKey: visitPlansKey });
    seen.current = stamp;
  }, [stamp, client]);
}

/** VIS-1: the plan's lines; the rep's edits are saved line by line, each checked by the server. */
function PlanLines({ plan }: { plan: TVisitPlan }) {
  const save = useSaveLines();
  const lines = useMemo(() => draftOf(plan.lines), [plan.lines]);
  return (
    <LinesEditor
      lines={lines}
      month={plan.month}
      purposes={plan.purposes}
      editable={plan.canEdit}
      testId="plan-lines"
      onCommit={async (next, index) => {
        try {
          await save.mutateAsync({ id: plan.id, lines: inputOf(next) });
          return [];
        } catch (e) {
          const mine = lineErrors(e).byLine.get(index);
          if (mine?.length) return mine;
          throw e;
        }
      }}
    />
  );
}

/**
 * A decided change: who decided, when, and what they said. A decided change is not sent round
 * again (a new change is proposed instead), so it shows no approval buttons.
 */
function ChangeDecision({ changeId }: { changeId: string }) {
  const { t } = useTranslation();
  const history = useApprovalHistory('visit_plan_change', changeId);
  const steps = history.data?.rounds[0]?.steps.filter((s) => s.decidedAt) ?? [];
  return (
    <Space orientation="vertical" size={2}>
      {steps.map((s) => (
        <Typography.Text key={`${s.seq}`} type="secondary" data-testid="change-decision">
          {t('visitPlans.change.decided', {
            name: s.approver.displayName,
            at: formatDateTimeMinutes(s.decidedAt),
          })}
          {s.comment ? `：${s.comment}` : ''}
        </Typography.Text>
      ))}
    </Space>
  );
}

function ChangeCard({ plan, change }: { plan: TVisitPlan; change: TPlanChange }) {
  const { t } = useTranslation();
  useRefreshOnDecision('visit_plan_change', change.status === 'pending' ? change.id : undefined);
  return (
    <Card
      size="small"
      data-testid="plan-change"
      title={
        <Space wrap>
          <span>{t('visitPlans.change.of', { at: formatDateTimeMinutes(change.createdAt) })}</span>
          <ApprovalStatusTag status={change.status} />
        </Space>
      }
    >
      <Typography.Paragraph style={{ wordBreak: 'break-all' }}>
        {t('visitPlans.change.reason')}：{change.reason}
      </Typography.Paragraph>
      <LinesEditor
        lines={draftOf(change.lines)}
        month={plan.month}
        purposes={plan.purposes}
        editable={false}
      />
      <div style={{ marginTop: 12 }}>
        {change.status === 'pending' ? (
          <ApprovalPanel docType="visit_plan_change" docId={change.id} />
        ) : (
          <ChangeDecision changeId={change.id} />
        )}
      </div>
    </Card>
  );
}

/**
 * VIS-1/VIS-2: one plan — its month, status, deadline and figures; the lines (editable by the rep
 * while a draft or rejected); the review (ApprovalPanel: submit, approve, reject, withdraw); and,
 * once approved, changes proposed and their review.
 */
export function PlanView({ plan }: { plan: TVisitPlan }) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  useRefreshOnDecision('visit_plan', plan.id);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="plan-view">
      <Card size="small">
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
          <Descriptions.Item label={t('visitPlans.fields.rep')}>{plan.rep.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('visitPlans.fields.status')}>
            <PlanStatusTag status={plan.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('visitPlans.fields.dueAt')}>
            <span data-testid="plan-due">{formatDateTimeMinutes(plan.dueAt)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('visitPlans.fields.summary')}>
            <span data-testid="plan-summary">
              {t('visitPlans.summary', {
                lines: plan.lineCount,
                hours: hoursText(plan.plannedMinutes),
                customers: plan.customerCount,
              })}
            </span>
          </Descriptions.Item>
          {plan.submittedAt && (
            <Descriptions.Item label={t('visitPlans.fields.submittedAt')}>
              {formatDateTime(plan.submittedAt)}
            </Descriptions.Item>
          )}
          {plan.approvedAt && (
            <Descriptions.Item label={t('visitPlans.fields.approvedAt')}>
              {formatDateTime(plan.approvedAt)}
            </Descriptions.Item>
          )}
        </Descriptions>
        {plan.status === 'rejected' && plan.canEdit && (
          <Alert type="warning" showIcon title={t('visitPlans.hints.rejected')} />
        )}
        {plan.status === 'draft' && plan.canEdit && (
          <Alert type="info" showIcon title={t('visitPlans.hints.draft')} />
        )}
      </Card>
      <Card size="small" title={t('visitPlans.linesTitle')}>
        <PlanLines plan={plan} />
      </Card>
      <ApprovalPanel docType="visit_plan" docId={plan.id} title={`${plan.month} · ${plan.rep.displayName}`} />
      {(plan.canProposeChange || plan.changes.length > 0) && (
        <Card
          size="small"
          title={t('visitPlans.change.listTitle')}
          extra={
            plan.canProposeChange && (
              <Button icon={<EditOutlined />} onClick={() => setChanging(true)} data-testid="change-propose">
                {t('visitPlans.change.propose')}
              </Button>
            )
          }
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            {plan.changes.length === 0 && (
              <Typography.Text type="secondary">{t('visitPlans.change.none')}</Typography.Text>
            )}
            {plan.changes.map((c) => (
              <ChangeCard key={c.id} plan={plan} change={c} />
            ))}
          </Space>
        </Card>
      )}
      {changing && <ChangeDrawer plan={plan} open onClose={() => setChanging(false)} />}
    </Space>
  );
}
