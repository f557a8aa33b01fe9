import { Card, Flex, Skeleton, Tabs } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ChampionBanner } from '../champions/ChampionBanner';
import { ExpenseRatioCard } from '../expenses/ExpenseRatioCard';
import { type View, viewsOf } from './views';
import { Welcome } from './Welcome';

// The panels bring ECharts: they load when shown, after the greeting.
const CompanyPanel = lazy(async () => ({ default: (await import('./CompanyPanel')).CompanyPanel }));
const TeamPanel = lazy(async () => ({ default: (await import('./TeamPanel')).TeamPanel }));
const MePanel = lazy(async () => ({ default: (await import('./MePanel')).MePanel }));
const FinancePanel = lazy(async () => ({ default: (await import('./FinancePanel')).FinancePanel }));

const loading = (
  <Card size="small">
    <Skeleton active />
  </Card>
);
const panel = (content: ReactNode) => <Suspense fallback={loading}>{content}</Suspense>;
const panels: Record<View, () => ReactNode> = {
  company: () => panel(<CompanyPanel />),
  team: () => panel(<TeamPanel />),
  me: () => panel(<MePanel />),
  finance: () => panel(<FinancePanel />),
};

/**
 * OPS-5 工作台: what each person acts on and is measured by. The views the user may open (the
 * company or their unit, their team, their own, finance's) are tabs, the widest first; only the
 * open one is loaded. Someone with none (HR, the administrator) sees who they are.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  if (!me) return null;
  const views = viewsOf(me);
  const active = views.find((v) => v === params.get('view')) ?? views[0];
  return (
    <Flex vertical gap={16}>
      <ChampionBanner />
      <Welcome me={me} compact={views.length > 0} />
      {'expense:read' in me.permissions && <ExpenseRatioCard />}
      {active &&
        (views.length === 1 ? (
          panels[active]()
        ) : (
          <Tabs
            activeKey={active}
            onChange={(key) => setParams({ view: key })}
            destroyOnHidden
            data-testid="workbench-tabs"
            items={views.map((v) => ({ key: v, label: t(`workbench.tabs.${v}`), children: panels[v]() }))}
          />
        ))}
    </Flex>
  );
}
