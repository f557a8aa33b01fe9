import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import type { TOpportunity } from '../../api/types';
import { OpportunityBoard } from './OpportunityBoard';
import { OpportunityDrawer } from './OpportunityDrawer';
import { OpportunityFormModal } from './OpportunityFormModal';
import { OpportunityList } from './OpportunityList';

// The funnel brings ECharts; it loads when the tab is first opened.
const OpportunityFunnel = lazy(async () => ({
  default: (await import('./OpportunityFunnel')).OpportunityFunnel,
}));

const tabs = ['board', 'list', 'funnel'] as const;
type Tab = (typeof tabs)[number];

/** 商机 (CUS-8): the pipeline as a kanban, a list and a funnel; new opportunities; one opportunity in a drawer. */
export function OpportunityPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((k) => k === params.get('tab')) ?? 'board';
  const openId = params.get('id') ?? undefined;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TOpportunity | null>(null);
  const setParam = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === undefined) next.delete(key);
      else next.set(key, value);
      return next;
    });
  const open = (id: string) => setParam('id', id);

  return (
    <Card
      title={t('opportunities.title')}
      extra={
        can('opportunity:write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="opportunity-create"
          >
            {t('opportunities.create')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam('tab', key)}
        destroyOnHidden
        items={[
          {
            key: 'board',
            label: t('opportunities.tabs.board'),
            children: <OpportunityBoard onOpen={open} />,
          },
          { key: 'list', label: t('opportunities.tabs.list'), children: <OpportunityList onOpen={open} /> },
          {
            key: 'funnel',
            label: t('opportunities.tabs.funnel'),
            children: (
              <Suspense fallback={<Skeleton active />}>
                <OpportunityFunnel />
              </Suspense>
            ),
          },
        ]}
      />
      <OpportunityDrawer id={openId} onClose={() => setParam('id', undefined)} onEdit={setEditing} />
      <OpportunityFormModal open={creating} onClose={() => setCreating(false)} />
      <OpportunityFormModal
        open={editing !== null}
        opportunity={editing ?? undefined}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
