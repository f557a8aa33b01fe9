import { Card, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useVisitPlan } from './hooks';
import { PlanView } from './PlanView';

function PlanById({ id, by }: { id: string; by: 'plan' | 'change' }) {
  const { t } = useTranslation();
  const plan = useVisitPlan(id, by);
  const me = useMe();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {plan.data
            ? t('visitPlans.planTitle', { month: plan.data.month, name: plan.data.rep.displayName })
            : t('visitPlans.nav.team')}
        </Typography.Title>
        {plan.data &&
          (plan.data.rep.id === me.data?.user.id ? (
            <Link to={`/visit-plans?month=${plan.data.month}`}>{t('visitPlans.nav.mine')}</Link>
          ) : (
            <Link to={`/team-visit-plans?month=${plan.data.month}`}>{t('visitPlans.backToTeam')}</Link>
          ))}
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
