import { Card, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePersonalPlan } from './hooks';
import { PersonalPlanView } from './PersonalPlanView';

function PlanById({ id }: { id: string }) {
  const { t } = useTranslation();
  const plan = usePersonalPlan(id);
  const me = useMe();
  const p = plan.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {p
            ? `${t(p.kind === 'annual' ? 'personalPlans.annualTitle' : 'personalPlans.monthlyTitle', {
                period: p.period,
              })} · ${p.rep.displayName}`
            : t('personalPlans.nav.team')}
        </Typography.Title>
        {p &&
          (p.rep.id === me.data?.user.id ? (
            <Link to={`/personal-plans?period=${p.period}`}>{t('personalPlans.nav.mine')}</Link>
          ) : (
            <Link to={`/team-personal-plans?period=${p.period}`}>{t('personalPlans.backToTeam')}</Link>
          ))}
      </Card>
      <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      {plan.isPending ? <Skeleton active /> : p ? <PersonalPlanView plan={p} /> : null}
    </Space>
  );
}

/** PLAN-4: one plan, as its approver or anyone above the rep opens it (from 待办, a notice, the team view). */
export function PersonalPlanPage() {
  const { id = '' } = useParams();
  return <PlanById key={id} id={id} />;
}
