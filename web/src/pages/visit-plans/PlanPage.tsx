import { Card, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useVisitPlan } from './hooks';
import { PlanView } from './PlanView';

function PlanById({ id, by }: { id: string; by: 'plan' | 'change' }) {
  const { t } = useTranslation();
  const plan = useVisitPlan(id, by);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {plan.data
            ? t('visitPlans.planTitle', { month: plan.data.month, name: plan.data.rep.displayName })
            : t('visitPlans.nav.team')}
        </Typography.Title>
        <Link to="/visit-plans/team">{t('visitPlans.backToTeam')}</Link>
      </Card>
      <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      {plan.isPending ? <Skeleton active /> : plan.data ? <PlanView plan={plan.data} /> : null}
    </Space>
  );
}

/** VIS-2: one plan, as its approver or anyone above the rep opens it (from 待办, a notice, the team view). */
export function PlanPage() {
  const { id = '' } = useParams();
  return <PlanById key={id} id={id} by="plan" />;
}

/** VIS-2: the plan a change belongs to (a change's approval leads here). */
export function PlanChangePage() {
  const { id = '' } = useParams();
  return <PlanById key={id} id={id} by="change" />;
}
