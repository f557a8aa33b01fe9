import { EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApprovalHistory } from '../../api/hooks/approvals';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { formatDateTime, formatDateTimeMinutes } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { formatFenText } from '../../components/format';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { metricValueText } from '../targets/sales-plan/metric-value';
import {
  itemInputs,
  personalPlansKey,
  type TPersonalPlan,
  useRevisePersonalPlan,
  useSavePersonalPlan,
} from './hooks';
import type { DraftItem } from './ItemDrawer';
import { ItemsEditor } from './ItemsEditor';
import { PlanStatusTag } from './PlanStatusTag';
import { itemErrors } from './plan-errors';
import { TargetsCard } from './TargetsCard';

/** A decision taken in the approval panel changes the plan too: read it again. */
function useRefreshOnDecision(docId: string) {
  const client = useQueryClient();
  const history = useApprovalHistory('personal_plan', docId);
  const stamp = history.data ? `${history.data.latestRequestId}:${history.data.status}` : null;
  const seen = useRef(stamp);
  useEffect(() => {
    if (stamp !== null && seen.current !== null && stamp !== seen.current)
      void client.invalidateQueries({ queryKey: personalPlansKey });
    seen.current = stamp;
  }, [stamp, client]);
}

/** PLAN-4: how the rep will reach the targets, in their words; saved with the items. */
function Approach({ plan }: { plan: TPersonalPlan }) {
  const { t } = useTranslation();
  const save = useSavePersonalPlan();
  const { run, pending } = useAction();
  const [text, setText] = useState(plan.approach);
  useEffect(() => setText(plan.approach), [plan.approach]);
  if (!plan.canEdit)
    return (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>
        {plan.approach || <Typography.Text type="secondary">{t('personalPlans.noApproach')}</Typography.Text>}
      </Typography.Paragraph>
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        maxLength={4000}
        showCount
        placeholder={t('personalPlans.approachHint')}
        data-testid="plan-approach"
      />
      <Button
        loading={pending}
        disabled={text === plan.approach}
        onClick={() =>
          void run(
            () => save.mutateAsync({ id: plan.id, body: { approach: text, items: itemInputs(plan.items) } }),
            t('common.saved'),
          )
        }
        data-testid="approach-save"
      >
        {t('common.save')}
      </Button>
    </Space>
  );
}

function Items({ plan }: { plan: TPersonalPlan }) {
  const save = useSavePersonalPlan();
  return (
    <ItemsEditor
      items={plan.items}
      editable={plan.canEdit}
      onCommit={async (next: DraftItem[], index) => {
        try {
          await save.mutateAsync({
            id: plan.id,
            body: {
              approach: plan.approach,
              items: next.map((i) => ({
                kind: i.kind,
                refId: i.ref?.id ?? null,
                note: i.note,
                expectedFen: i.expectedFen,
              })),
            },
          });
          return [];
        } catch (e) {
          const mine = itemErrors(e, index);
          if (mine) return mine;
          throw e;
        }
      }}
    />
  );
}

/** PLAN-4 → VIS-1: the visits planned that month, from the rep's visit plan. */
function Visits({ visits }: { visits: NonNullable<TPersonalPlan['visits']> }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('personalPlans.visits.title')} data-testid="plan-visits">
      <Space wrap>
        <Typography.Text>
          {visits.planId
            ? t('personalPlans.visits.summary', {
                lines: visits.lineCount,
                hours: Math.round((visits.plannedMinutes / 60) * 10) / 10,
              })
            : t('personalPlans.visits.none')}
        </Typography.Text>
        {visits.status && (
          <Typography.Text type="secondary">{enumLabel(t, 'status', visits.status)}</Typography.Text>
        )}
        <Link to={visits.link}>{t('personalPlans.visits.open', { month: visits.month })}</Link>
      </Space>
    </Card>
  );
}

function Versions({ plan }: { plan: TPersonalPlan }) {
  const { t } = useTranslation();
  if (plan.versions.length < 2 && !plan.changeReason) return null;
  return (
    <Card size="small" title={t('personalPlans.versions.title')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.versions}
        columns={[
          {
            title: t('personalPlans.versions.version'),
            key: 'version',
            width: 80,
            render: (_, v) =>
              v.id === plan.id ? `v${v.version}` : <Link to={`/personal-plans/${v.id}`}>v{v.version}</Link>,
          },
          {
            title: t('personalPlans.fields.status'),
            key: 'status',
            width: 100,
            render: (_, v) => <PlanStatusTag status={v.status} />,
          },
          { title: t('personalPlans.versions.reason'), dataIndex: 'changeReason', ellipsis: true },
          {
            title: t('personalPlans.fields.approvedAt'),
            key: 'approvedAt',
            width: 150,
            render: (_, v) => formatDateTimeMinutes(v.approvedAt),
          },
        ]}
      />
    </Card>
  );
}

function ReviseButton({ plan }: { plan: TPersonalPlan }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const revise = useRevisePersonalPlan();
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="plan-revise">
        {t('personalPlans.revise.button')}
      </Button>
      <FormModal<{ changeReason: string }>
        open={open}
        title={t('personalPlans.revise.title')}
        onClose={() => setOpen(false)}
        onSubmit={(v) => revise.mutateAsync({ id: plan.id, changeReason: v.changeReason })}
        successMessage={t('personalPlans.revise.done')}
      >
        <Typography.Paragraph type="secondary">{t('personalPlans.revise.hint')}</Typography.Paragraph>
        <Form.Item
          name="changeReason"
          label={t('personalPlans.revise.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="revise-reason" />
        </Form.Item>
      </FormModal>
    </>
  );
}

/**
 * PLAN-4: one version of a personal plan — its status and deadline, the targets (read-only), the
 * visits planned (monthly), how the rep will reach the targets (approach and items, editable by
 * the rep while a draft or rejected), the approval (ApprovalPanel: submit, approve, reject,
 * withdraw), revision and the versions.
 */
export function PersonalPlanView({ plan }: { plan: TPersonalPlan }) {
  const { t } = useTranslation();
  useRefreshOnDecision(plan.id);
  const signed = plan.targets.find((x) => x.metric === 'signed_amount')?.value ?? null;
  const title = t(plan.kind === 'annual' ? 'personalPlans.annualTitle' : 'personalPlans.monthlyTitle', {
    period: plan.period,
  });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="plan-view">
      <Card size="small" extra={plan.canRevise && <ReviseButton plan={plan} />}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
          <Descriptions.Item label={t('personalPlans.fields.rep')}>{plan.rep.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('personalPlans.fields.status')}>
            <Space size={4}>
              <PlanStatusTag status={plan.status} />
              <Typography.Text type="secondary">v{plan.version}</Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('personalPlans.fields.dueAt')}>
            <span data-testid="plan-due">{formatDateTimeMinutes(plan.dueAt)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('personalPlans.fields.expectedTotal')}>
            <span data-testid="plan-expected">
              {formatFenText(plan.expectedTotalFen)}
              {signed !== null &&
                ` / ${t('personalPlans.fields.signedTarget')} ${metricValueText('signed_amount', signed)}`}
            </span>
          </Descriptions.Item>
          {plan.submittedAt && (
            <Descriptions.Item label={t('personalPlans.fields.submittedAt')}>
              {formatDateTime(plan.submittedAt)}
            </Descriptions.Item>
          )}
          {plan.approvedAt && (
            <Descriptions.Item label={t('personalPlans.fields.approvedAt')}>
              {formatDateTime(plan.approvedAt)}
            </Descriptions.Item>
          )}
          {plan.changeReason && (
            <Descriptions.Item label={t('personalPlans.versions.reason')}>
              {plan.changeReason}
            </Descriptions.Item>
          )}
        </Descriptions>
        {plan.status === 'rejected' && plan.canEdit && (
          <Alert type="warning" showIcon title={t('personalPlans.hints.rejected')} />
        )}
        {plan.status === 'draft' && plan.canEdit && (
          <Alert type="info" showIcon title={t('personalPlans.hints.draft')} />
        )}
      </Card>
      <TargetsCard targets={plan.targets} />
      {plan.visits && <Visits visits={plan.visits} />}
      <Card size="small" title={t('personalPlans.approach')}>
        <Approach plan={plan} />
      </Card>
      <Card size="small" title={t('personalPlans.itemsTitle')}>
        <Items plan={plan} />
      </Card>
      <ApprovalPanel docType="personal_plan" docId={plan.id} title={`${title} · ${plan.rep.displayName}`} />
      <Versions plan={plan} />
    </Space>
  );
}
