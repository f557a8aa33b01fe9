import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { useCreatePlan, useMyPlan } from './hooks';
import { MonthPicker } from './MonthPicker';
import { PlanView } from './PlanView';

/**
 * VIS-1 (拜访计划表): the rep's plan for a month — next month unless another is chosen: when it is
 * due, its lines (edited line by line, cards on a phone), its review and changes.
 */
export function MyPlanPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const mine = useMyPlan(params.get('month') ?? undefined);
  const create = useCreatePlan();
  const { run, pending } = useAction();
  const data = mine.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <Typography.Title level={4} style={{ margin: 0, flex: '1 1 200px' }}>
            {data ? t('visitPlans.myTitle', { month: data.month }) : t('visitPlans.nav.mine')}
          </Typography.Title>
          {data && <MonthPicker value={data.month} onChange={(month) => setParams({ month })} />}
        </div>
        {data && (
          <Typography.Text type="secondary" data-testid="my-plan-due">
            {t('visitPlans.dueHint', { at: formatDateTimeMinutes(data.dueAt) })}
          </Typography.Text>
        )}
      </Card>
      <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
      {mine.isPending ? (
        <Skeleton active />
      ) : data?.plan ? (
        <PlanView plan={data.plan} />
      ) : data ? (
        <Card>
          <Empty description={t('visitPlans.none', { month: data.month })}>
            {data.canCreate && (
              <Button
                type="primary"
                size="large"
                icon={<PlusOutlined />}
                loading={pending || create.isPending}
                onClick={() => void run(() => create.mutateAsync(data.month), t('visitPlans.created'))}
                data-testid="plan-create"
              >
                {t('visitPlans.create', { month: data.month })}
              </Button>
            )}
          </Empty>
        </Card>
      ) : null}
    </Space>
  );
}
