import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { useCreatePersonalPlan, useMyPersonalPlan } from './hooks';
import { PeriodPicker } from './PeriodPicker';
import { PersonalPlanView } from './PersonalPlanView';
import { TargetsCard } from './TargetsCard';

/**
 * PLAN-4 (年度/月销售计划表): the rep's plan for a period — next month unless another month or a
 * year is chosen: when it is due, the targets, how they will be reached, the approval.
 */
export function MyPersonalPlanPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const mine = useMyPersonalPlan(params.get('period') ?? undefined);
  const create = useCreatePersonalPlan();
  const { run, pending } = useAction();
  const data = mine.data;
  const title = data
    ? t(data.kind === 'annual' ? 'personalPlans.annualTitle' : 'personalPlans.monthlyTitle', {
        period: data.period,
      })
    : t('personalPlans.nav.mine');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <Typography.Title level={4} style={{ margin: 0, flex: '1 1 200px' }} data-testid="my-plan-title">
            {title}
          </Typography.Title>
          {data && <PeriodPicker value={data.period} onChange={(period) => setParams({ period })} />}
        </div>
        {data && (
          <Typography.Text type="secondary" data-testid="my-plan-due">
            {t('personalPlans.dueHint', { at: formatDateTimeMinutes(data.dueAt) })}
          </Typography.Text>
        )}
      </Card>
      <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
      {mine.isPending ? (
        <Skeleton active />
      ) : data?.plan ? (
        <PersonalPlanView plan={data.plan} />
      ) : data ? (
        <>
          <TargetsCard targets={data.targets} />
          <Card>
            <Empty description={t('personalPlans.none', { title })}>
              {data.canCreate && (
                <Button
                  type="primary"
                  size="large"
                  icon={<PlusOutlined />}
                  loading={pending || create.isPending}
                  onClick={() => void run(() => create.mutateAsync(data.period), t('personalPlans.created'))}
                  data-testid="plan-create"
                >
                  {t('personalPlans.create', { title })}
                </Button>
              )}
            </Empty>
          </Card>
        </>
      ) : null}
    </Space>
  );
}
