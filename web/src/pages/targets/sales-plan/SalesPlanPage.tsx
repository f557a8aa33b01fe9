import { EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Form, Input, Skeleton, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApprovalHistory } from '../../../api/hooks/approvals';
import { ApprovalPanel } from '../../../components/ApprovalPanel';
import { formatDateTimeMinutes } from '../../../components/company-time';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import {
  salesPlansKey,
  type TSalesPlan,
  useCreateSalesPlan,
  useReviseSalesPlan,
  useSalesPlan,
  useSalesPlanOfYear,
  useSaveSalesPlan,
} from './hooks';
import { SalesPlanForm, sections } from './SalesPlanForm';
import { SalesPlanStatusTag } from './SalesPlanStatusTag';
import { TargetsTable } from './TargetsTable';
import './print.css';

/** A decision taken in the approval panel changes the plan too: read it again. */
function useRefreshOnDecision(docId: string) {
  const client = useQueryClient();
  const history = useApprovalHistory('sales_plan', docId);
  const stamp = history.data ? `${history.data.latestRequestId}:${history.data.status}` : null;
  const seen = useRef(stamp);
  useEffect(() => {
    if (stamp !== null && seen.current !== null && stamp !== seen.current)
      void client.invalidateQueries({ queryKey: salesPlansKey });
    seen.current = stamp;
  }, [stamp, client]);
}

function ReviseModal({
  plan,
  onClose,
  onDone,
}: {
  plan: TSalesPlan;
  onClose: () => void;
  onDone: (id: string) => void;
}) {
  const { t } = useTranslation();
  const revise = useReviseSalesPlan();
  return (
    <FormModal<{ changeReason: string }>
      open
      title={t('salesPlans.revise.title', { year: plan.year })}
      onClose={onClose}
      onSubmit={async (v) =>
        onDone((await revise.mutateAsync({ id: plan.id, changeReason: v.changeReason })).id)
      }
      successMessage={t('salesPlans.revise.done')}
    >
      <Typography.Paragraph type="secondary">{t('salesPlans.revise.hint')}</Typography.Paragraph>
      <Form.Item
        name="changeReason"
        label={t('salesPlans.revise.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="revise-reason" />
      </Form.Item>
    </FormModal>
  );
}

/** PLAN-1: the plan as a readable document — its sections, then the company targets. */
function PlanDocument({ plan }: { plan: TSalesPlan }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="sales-plan-document" data-testid="sales-plan-document">
      {sections.map((s) => (
        <div key={s} style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t(`salesPlans.sections.${s}`)}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>
            {plan[s] || <Typography.Text type="secondary">{t('salesPlans.emptySection')}</Typography.Text>}
          </Typography.Paragraph>
        </div>
      ))}
      <Typography.Title level={5}>{t('salesPlans.targets.title')}</Typography.Title>
      <TargetsTable plan={plan} />
    </Card>
  );
}

function Versions({ plan, onOpen }: { plan: TSalesPlan; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('salesPlans.versions.title')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.versions}
        scroll={{ x: 'max-content' }}
        data-testid="sales-plan-versions"
        columns={[
          {
            title: t('salesPlans.versions.version'),
            key: 'version',
            render: (_, v) =>
              v.id === plan.id ? (
                <Typography.Text strong>v{v.version}</Typography.Text>
              ) : (
                <Link to={`/sales-plan?id=${v.id}`} onClick={() => onOpen(v.id)}>
                  v{v.version}
                </Link>
              ),
          },
          {
            title: t('salesPlans.fields.status'),
            key: 'status',
            render: (_, v) => <SalesPlanStatusTag status={v.status} />,
          },
          { title: t('salesPlans.versions.reason'), dataIndex: 'changeReason', ellipsis: true },
          {
            title: t('salesPlans.fields.drafter'),
            key: 'by',
            render: (_, v) => v.createdBy?.displayName ?? '',
          },
          {
            title: t('salesPlans.fields.approvedAt'),
            key: 'approvedAt',
            render: (_, v) => formatDateTimeMinutes(v.approvedAt),
          },
        ]}
      />
    </Card>
  );
}

function PlanBody({ plan, onOpen }: { plan: TSalesPlan; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const save = useSaveSalesPlan();
  const [editing, setEditing] = useState(false);
  const [revising, setRevising] = useState(false);
  useRefreshOnDecision(plan.id);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <SalesPlanStatusTag status={plan.status} />
            <Typography.Text>v{plan.version}</Typography.Text>
            {plan.createdBy && (
              <Typography.Text type="secondary">
                {t('salesPlans.draftedBy', { name: plan.createdBy.displayName })}
              </Typography.Text>
            )}
            {plan.approvedAt && (
              <Typography.Text type="secondary">
                {t('salesPlans.approvedAt', { at: formatDateTimeMinutes(plan.approvedAt) })}
              </Typography.Text>
            )}
          </Space>
          <Space wrap className="no-print">
            {plan.canEdit && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="sales-plan-edit"
              >
                {t('common.edit')}
              </Button>
            )}
            {plan.canRevise && (
              <Button
                icon={<EditOutlined />}
                onClick={() => setRevising(true)}
                data-testid="sales-plan-revise"
              >
                {t('salesPlans.revise.button')}
              </Button>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('salesPlans.print')}
            </Button>
          </Space>
        </Space>
        {plan.changeReason && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {t('salesPlans.versions.reason')}：{plan.changeReason}
          </Typography.Paragraph>
        )}
      </Card>
      <PlanDocument plan={plan} />
      <div className="no-print">
        <ApprovalPanel
          docType="sales_plan"
          docId={plan.id}
          title={t('salesPlans.title', { year: plan.year })}
        />
      </div>
      <div className="no-print">
        <Versions plan={plan} onOpen={onOpen} />
      </div>
      {editing && (
        <SalesPlanForm
          year={plan.year}
          plan={plan}
          metrics={plan.metrics}
          onClose={() => setEditing(false)}
          onSave={(body) => save.mutateAsync({ id: plan.id, body })}
        />
      )}
      {revising && <ReviseModal plan={plan} onClose={() => setRevising(false)} onDone={onOpen} />}
    </Space>
  );
}

/**
 * PLAN-1 (年度销售计划): the company's plan for a year as a readable document — goal, strategy,
 * product mix, market layout, company targets — with its approval by the GM and its versions;
 * those who draft it edit, submit and revise it here. Printable.
 */
export function SalesPlanPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = params.get('id') ?? undefined;
  const yearParam = params.get('year');
  const ofYear = useSalesPlanOfYear(yearParam ? Number(yearParam) : undefined, id === undefined);
  const one = useSalesPlan(id);
  const create = useCreateSalesPlan();
  const [creating, setCreating] = useState(false);
  const plan = id ? one.data : ofYear.data?.plan;
  const year = plan?.year ?? ofYear.data?.year;
  const pending = id ? one.isPending : ofYear.isPending;
  const error = id ? one.error : ofYear.error;
  const open = (planId: string) => setParams({ id: planId });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <Typography.Title level={4} style={{ margin: 0, flex: '1 1 200px' }} data-testid="sales-plan-title">
            {year ? t('salesPlans.title', { year }) : t('salesPlans.nav.salesPlan')}
          </Typography.Title>
          {year && (
            <DatePicker
              picker="year"
              allowClear={false}
              inputReadOnly
              className="no-print"
              aria-label={t('salesPlans.fields.year')}
              value={dayjs(`${year}-01-01`)}
              onChange={(d) => d && setParams({ year: d.format('YYYY') })}
              data-testid="sales-plan-year"
            />
          )}
        </div>
      </Card>
      <ErrorAlert error={error} onRetry={() => void (id ? one.refetch() : ofYear.refetch())} />
      {pending ? (
        <Skeleton active />
      ) : plan ? (
        <PlanBody plan={plan} onOpen={open} />
      ) : year ? (
        <Card>
          <Empty description={t('salesPlans.none', { year })}>
            {ofYear.data?.canCreate && (
              <Button
                type="primary"
                size="large"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="sales-plan-create"
              >
                {t('salesPlans.create', { year })}
              </Button>
            )}
          </Empty>
        </Card>
      ) : null}
      {creating && year && (
        <SalesPlanForm
          year={year}
          plan={null}
          metrics={ofYear.data?.metrics ?? []}
          onClose={() => setCreating(false)}
          onSave={(body) => create.mutateAsync({ ...body, year })}
        />
      )}
    </Space>
  );
}
