import { Button, Card, Descriptions, Form, Popconfirm, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { rateText, type TPlan, useCreatePlan, usePlan, useRevisePlan, useUpdatePlan } from './hooks';
import { PlanEditor, type PlanFormValues, toPlanWrite } from './PlanEditor';
import { AcceleratorTag, StatusTag } from './StatusTags';

/** A plan as it stands: its fields, tiers and versions. */
function PlanView({ plan }: { plan: TPlan }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('commission.fields.role')}>{plan.roleName}</Descriptions.Item>
        <Descriptions.Item label={t('commission.fields.effectiveFrom')}>
          {plan.effectiveFrom}
        </Descriptions.Item>
        <Descriptions.Item label={t('commission.fields.method')}>
          {enumLabel(t, 'method', plan.method)}
        </Descriptions.Item>
        <Descriptions.Item label={t('commission.fields.cap')}>
          {plan.capFen ? formatFenText(plan.capFen) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('commission.fields.trueUp')}>
          {enumLabel(t, 'trueUp', plan.trueUp)}
        </Descriptions.Item>
        <Descriptions.Item label={t('commission.fields.approvedAt')}>
          {formatDateTimeMinutes(plan.approvedAt)}
        </Descriptions.Item>
      </Descriptions>
      <Table
        style={{ marginTop: 16 }}
        size="small"
        rowKey="fromBp"
        pagination={false}
        dataSource={plan.tiers}
        data-testid="plan-tiers"
        columns={[
          {
            title: t('commission.fields.fromPct'),
            key: 'from',
            render: (_, x) => (
              <Space>
                {rateText(x.fromBp)}
                {x.accelerator && <AcceleratorTag />}
              </Space>
            ),
          },
          { title: t('commission.fields.ratePct'), key: 'rate', render: (_, x) => rateText(x.rateBp) },
        ]}
      />
      {plan.categoryRates.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {t('commission.categoryRates')}:{' '}
          {plan.categoryRates.map((c) => `${c.categoryName} ${rateText(c.rateBp)}`).join('、')}
          <br />
          <Typography.Text type="secondary">{t('commission.categoryHelp')}</Typography.Text>
        </Typography.Paragraph>
      )}
    </>
  );
}

/**
 * INC-1: a commission plan — read, or edited while a draft (tiers table, method, cap, true-up);
 * submitted for approval (commission.planApprovers); an approved one is changed by a new version.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const plan = usePlan(isNew ? null : (id ?? null));
  const [form] = Form.useForm<PlanFormValues>();
  const action = useAction({ form });
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const revise = useRevisePlan();
  const p = plan.data ?? null;
  const editing = isNew || p?.canEdit === true;
  const save = async () => {
    const values = await form.validateFields();
    const body = toPlanWrite(
      values,
      p?.categoryRates.map((c) => ({ categoryId: c.categoryId, rateBp: c.rateBp })),
    );
    await action.run(
      () => (isNew ? create.mutateAsync(body) : update.mutateAsync({ id: p!.id, body })),
      (saved) => {
        if (isNew) navigate(`/commission/plans/${saved.id}`, { replace: true });
        return t('common.saved');
      },
    );
  };
  return (
    <Card
      title={
        <Space wrap>
          <Link to="/commission/plans">{t('commission.plansTitle')}</Link>
          <span>/</span>
          <span>{isNew ? t('commission.newPlan') : p ? `${p.name} · v${p.version}` : ''}</span>
          {p && <StatusTag status={p.status} />}
        </Space>
      }
      loading={!isNew && plan.isPending}
      extra={
        p?.canRevise && (
          <Popconfirm
            title={t('commission.reviseConfirm')}
            onConfirm={() =>
              action.run(
                () => revise.mutateAsync(p.id),
                (v) => {
                  navigate(`/commission/plans/${v.id}`);
                  return t('commission.revised');
                },
              )
            }
          >
            <Button data-testid="revise-plan">{t('commission.revise')}</Button>
          </Popconfirm>
        )
      }
    >
      <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      {editing ? (
        <Form form={form} layout="vertical" data-testid="plan-form">
          <PlanEditor plan={p} form={form} />
          <Button type="primary" onClick={() => void save()} loading={action.pending} data-testid="save-plan">
            {t('common.save')}
          </Button>
        </Form>
      ) : (
        p && <PlanView plan={p} />
      )}
      {p && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('commission.versions')}
          </Typography.Title>
          <Space wrap>
            {p.versions.map((v) => (
              <Link key={v.id} to={`/commission/plans/${v.id}`}>
                v{v.version} <StatusTag status={v.status} />
              </Link>
            ))}
          </Space>
          <div style={{ marginTop: 24 }}>
            <ApprovalPanel docType="commission_plan" docId={p.id} title={`${p.name} · v${p.version}`} />
          </div>
        </>
      )}
    </Card>
  );
}
