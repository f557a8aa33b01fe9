import {
  Button,
  Card,
  Collapse,
  Empty,
  Popconfirm,
  Skeleton,
  Space,
  Steps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApprovalHistory, useResubmit, useSubmitForApproval, useWithdraw } from '../api/hooks/approvals';
import type { TApprovalHistory, TApprovalStepRule } from '../api/types';
import { formatYuan } from '../pages/policies/policy-values';
import { ApprovalDecisionModal, type Decision } from './ApprovalDecisionModal';
import { ErrorAlert } from './ErrorAlert';
import { formatDateTime } from './format';
import { useAction } from './use-action';

type Round = TApprovalHistory['rounds'][number];
type Status = TApprovalHistory['status'];

const statusColor: Record<Status, string> = {
  none: 'default',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'warning',
};

export function ApprovalStatusTag({ status }: { status: Status | 'draft' }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'draft' ? 'default' : statusColor[status]}>{t(`approvals.status.${status}`)}</Tag>
  );
}

function roleText(t: TFunction, role: string | undefined): string {
  if (!role) return '';
  return t(`approvals.roles.${role}`, { defaultValue: role });
}

/** How the approver of a step was found, in words: "Nearest sales manager up the chain · amount above ¥50,000.00". */
export function ruleText(t: TFunction, rule: TApprovalStepRule): string {
  const base =
    rule.kind === 'levelsUp'
      ? t('approvals.rule.levelsUp', { levels: rule.levels })
      : rule.kind === 'nearestRole' || rule.kind === 'role' || rule.kind === 'regionRole'
        ? t(`approvals.rule.${rule.kind}`, { role: roleText(t, rule.role) })
        : t('approvals.rule.superior');
  const parts = [base];
  const when = rule.when;
  if (when?.amountAbove) {
    parts.push(
      t('approvals.rule.amountAbove', { amount: formatYuan(BigInt(when.amountAbove.thresholdFen)) }),
    );
  }
  if (when?.measureAbove) {
    parts.push(
      t(`approvals.rule.measureAbove.${when.measureAbove.measure}`, {
        value: when.measureAbove.value,
        threshold: when.measureAbove.threshold,
        defaultValue: `${when.measureAbove.measure} ${when.measureAbove.value} > ${when.measureAbove.threshold}`,
      }),
    );
  }
  if (when?.flag) parts.push(t(`approvals.rule.flag.${when.flag}`, { defaultValue: when.flag }));
  if (rule.merged?.length) {
    parts.push(t('approvals.rule.merged', { rules: rule.merged.map((m) => ruleText(t, m)).join('；') }));
  }
  return parts.join(' · ');
}

const stepState = {
  waiting: 'wait',
  pending: 'process',
  approved: 'finish',
  rejected: 'error',
  cancelled: 'wait',
} as const;

function RoundSteps({ round }: { round: Round }) {
  const { t } = useTranslation();
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={-1}
      items={[
        {
          status: 'finish',
          title: round.submitter.displayName,
          content: (
            <Typography.Text type="secondary">
              {t('approvals.columns.submittedAt')} {formatDateTime(round.submittedAt)}
            </Typography.Text>
          ),
        },
        ...round.steps.map((s) => ({
          status: stepState[s.status],
          title: (
            <Space size={4} wrap>
              <span>{s.approver.displayName}</span>
              <Tag>{t(`approvals.stepStatus.${s.status}`)}</Tag>
              {s.escalatedReason && (
                <Tooltip
                  title={t(`approvals.escalation.${s.escalatedReason}`, { defaultValue: s.escalatedReason })}
                >
                  <Tag color="orange">{t('approvals.panel.escalated')}</Tag>
                </Tooltip>
              )}
            </Space>
          ),
          content: (
            <div data-testid="approval-step">
              <Typography.Text type="secondary">{ruleText(t, s.rule)}</Typography.Text>
              {s.comment && <div>{s.comment}</div>}
              {s.decidedAt && (
                <Typography.Text type="secondary">{formatDateTime(s.decidedAt)}</Typography.Text>
              )}
            </div>
          ),
        })),
      ]}
    />
  );
}

interface Props {
  docType: string;
  docId: string;
  /** Title for the approve / reject dialog. */
  title?: string;
  /** The record submits through its own button (which asks for what it needs): no submit or resubmit here. */
  ownSubmit?: boolean;
}

/**
 * The approval panel any record page embeds: status, current approver, the steps of every
 * round, and exactly the buttons the server allows this user (submit, approve, reject,
 * withdraw, resubmit).
 */
export function ApprovalPanel({ docType, docId, title, ownSubmit = false }: Props) {
  const { t } = useTranslation();
  const history = useApprovalHistory(docType, docId);
  const submit = useSubmitForApproval();
  const withdraw = useWithdraw();
  const resubmit = useResubmit();
  const [decision, setDecision] = useState<Decision>();
  const { run, error } = useAction({ inline: true });

  const h = history.data;
  const latest = h?.rounds[0];
  const requestId = h?.latestRequestId ?? '';
  const name = title ?? latest?.title ?? '';

  return (
    <Card
      size="small"
      title={t('approvals.panel.title')}
      data-testid="approval-panel"
      extra={h && <ApprovalStatusTag status={h.status} />}
    >
      <ErrorAlert
        error={history.error ?? error}
        onRetry={history.error ? () => void history.refetch() : undefined}
      />
      {history.isPending ? (
        <Skeleton active />
      ) : h ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {h.locked && <Typography.Text type="warning">{t('approvals.panel.locked')}</Typography.Text>}
          {h.currentApprover && (
            <Typography.Text data-testid="approval-current">
              {t('approvals.panel.currentApprover', { name: h.currentApprover.displayName })}
            </Typography.Text>
          )}
          <Space wrap>
            {h.actions.submit && !ownSubmit && (
              <Popconfirm
                title={t('approvals.confirm.submit')}
                onConfirm={() =>
                  run(() => submit.mutateAsync({ docType, docId }), t('approvals.done.submitted'))
                }
              >
                <Button type="primary" loading={submit.isPending} data-testid="approval-submit">
                  {t('approvals.actions.submit')}
                </Button>
              </Popconfirm>
            )}
            {h.actions.approve && (
              <Button
                type="primary"
                onClick={() => setDecision({ kind: 'approve', requestId, title: name })}
                data-testid="approval-approve"
              >
                {t('approvals.actions.approve')}
              </Button>
            )}
            {h.actions.reject && (
              <Button
                danger
                onClick={() => setDecision({ kind: 'reject', requestId, title: name })}
                data-testid="approval-reject"
              >
                {t('approvals.actions.reject')}
              </Button>
            )}
            {h.actions.withdraw && (
              <Popconfirm
                title={t('approvals.confirm.withdraw')}
                onConfirm={() => run(() => withdraw.mutateAsync(requestId), t('approvals.done.withdrawn'))}
              >
                <Button loading={withdraw.isPending} data-testid="approval-withdraw">
                  {t('approvals.actions.withdraw')}
                </Button>
              </Popconfirm>
            )}
            {h.actions.resubmit && !ownSubmit && (
              <Popconfirm
                title={t('approvals.confirm.resubmit')}
                onConfirm={() => run(() => resubmit.mutateAsync(requestId), t('approvals.done.resubmitted'))}
              >
                <Button type="primary" loading={resubmit.isPending} data-testid="approval-resubmit">
                  {t('approvals.actions.resubmit')}
                </Button>
              </Popconfirm>
            )}
          </Space>
          {latest ? (
            <>
              {h.rounds.length > 1 && (
                <Typography.Text strong>{t('approvals.roundN', { round: latest.round })}</Typography.Text>
              )}
              <RoundSteps round={latest} />
              {h.rounds.length > 1 && (
                <Collapse
                  size="small"
                  items={[
                    {
                      key: 'earlier',
                      label: t('approvals.panel.earlierRounds'),
                      children: h.rounds.slice(1).map((r) => (
                        <div key={r.requestId}>
                          <Space>
                            <Typography.Text strong>
                              {t('approvals.roundN', { round: r.round })}
                            </Typography.Text>
                            <ApprovalStatusTag status={r.status} />
                          </Space>
                          <RoundSteps round={r} />
                        </div>
                      )),
                    },
                  ]}
                />
              )}
            </>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approvals.panel.notSubmitted')} />
          )}
        </Space>
      ) : null}
      <ApprovalDecisionModal decision={decision} onClose={() => setDecision(undefined)} />
    </Card>
  );
}
