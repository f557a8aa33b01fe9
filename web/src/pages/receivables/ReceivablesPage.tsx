import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgingReport } from './AgingReport';
import { CollectionMetrics } from './CollectionMetrics';
import { ReceivableList } from './ReceivableList';
import { WriteOffList } from './WriteOffList';

const tabs = ['list', 'aging', 'metrics', 'writeOffs'] as const;
type Tab = (typeof tabs)[number];

/** AR-5, AR-8, AR-9: 应收明细, 账龄分析 (drill-down to the list), 回款指标, 核销申请. */
export function ReceivablesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const active: Tab = asked && tabs.includes(asked) ? asked : 'list';
  return (
    <Card title={t('receivables.nav.receivablesPage')}>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key })}
        destroyOnHidden
        items={[
          { key: 'list', label: t('receivables.tabs.list'), children: <ReceivableList /> },
          {
            key: 'aging',
            label: t('receivables.tabs.aging'),
            children: <AgingReport onDrill={(p) => setParams(p)} />,
          },
          { key: 'metrics', label: t('receivables.tabs.metrics'), children: <CollectionMetrics /> },
          { key: 'writeOffs', label: t('receivables.tabs.writeOffs'), children: <WriteOffList /> },
        ]}
      />
    </Card>
  );
}
