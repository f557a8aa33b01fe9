import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan, useMe } from '../../api/hooks/me';
import { useTodo } from '../../api/hooks/todo';
import { companyNow, companyTimeZone, dateRangeQuery } from '../../components/company-time';
import { TodayVisits } from '../visits/TodayVisits';
import { dueToday } from './due-today';
import { FollowUpSteps } from './FollowUpSteps';
import { longDate, partOfDay } from './greeting';
import { useFollowUpStepsToday } from './hooks';
import { QuickActions } from './QuickActions';
import { TodayTodo } from './TodayTodo';

function Greeting({ name }: { name: string }) {
  const { t, i18n } = useTranslation();
  const now = companyNow();
  return (
    <Card size="small" data-testid="today-greeting">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t(`today.greeting.${partOfDay(now.hour())}`, { name })}
      </Typography.Title>
      <Typography.Text type="secondary" data-testid="today-date">
        {longDate(new Date(), companyTimeZone(), i18n.language)}
      </Typography.Text>
    </Card>
  );
}

/**
 * 今日: the rep's day on one screen — today's visits, quick actions, the follow-up steps due
 * today (CUS-8) and the rest of 待办 that is due today or late (ORG-4). A phone's landing page.
 */
export function TodayPage() {
  const me = useMe();
  const can = useCan();
  const steps = useFollowUpStepsToday();
  const todo = useTodo(false);
  const endOfToday = dateRangeQuery([companyNow(), companyNow()]).to ?? '';
  const stepIds = new Set((steps.data?.items ?? []).map((i) => i.subjectId));
  const rows = dueToday(todo.data, endOfToday, stepIds);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 760 }} data-testid="today-page">
      <Greeting name={me.data?.user.displayName ?? ''} />
      {can('visit:read') && <TodayVisits />}
      <QuickActions />
      <FollowUpSteps query={steps} />
      <TodayTodo query={todo} rows={rows} />
    </Flex>
  );
}
