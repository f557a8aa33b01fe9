import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Select, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useCustomer } from '../../api/hooks/customers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePhone } from '../../components/use-phone';
import { AttachmentsTab } from './AttachmentsTab';
import { ContactsTab } from './ContactsTab';
import { CustomerEditModal } from './CustomerEditModal';
import { CustomerFileTab } from './CustomerFileTab';
import { CustomerHeader } from './CustomerHeader';
import { CustomerPhoneHeader } from './CustomerPhoneHeader';
import { DuplicateAlert } from './DuplicateAlert';
import { FollowUpDrawer } from './FollowUpDrawer';
import { HistoryTab } from './HistoryTab';
import type { CustomerPageState } from './page-state';
import { ServiceLogModal } from './ServiceLogModal';
import {
  ContractsSlot,
  OpportunitiesSlot,
  OrdersSlot,
  PaymentsSlot,
  PoolStatusSlot,
  QuotesSlot,
  ReceivablesSlot,
} from './slots';
import { TeamTab } from './TeamTab';
import { TimelineTab } from './TimelineTab';

const tabs = [
  'timeline',
  'contacts',
  'file',
  'opportunities',
  'quotes',
  'contracts',
  'orders',
  'receivables',
  'payments',
  'team',
  'attachments',
  'history',
] as const;
type Tab = (typeof tabs)[number];
const isTab = (v: string | null): v is Tab => tabs.includes(v as Tab);

function BackToList() {
  const { t } = useTranslation();
  return (
    <Link to="/customers">
      <Button icon={<ArrowLeftOutlined />}>{t('customers.backToList')}</Button>
    </Link>
  );
}

/**
 * CUS-1: one customer's file — header with the allowed actions, then the timeline and the rest in
 * tabs. On a phone: the facts and an action bar (call, navigate, follow-up in a full-screen drawer,
 * check in), and a picker of the sections instead of the tab strip.
 */
export function CustomerPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const [writing, setWriting] = useState(false);
  const { id } = useParams<{ id: string }>();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const customer = useCustomer(id);
  const [editing, setEditing] = useState(false);
  const [serving, setServing] = useState(false);
  const [followUpFocus, setFollowUpFocus] = useState(0);
  const [createdDuplicates, setCreatedDuplicates] = useState(
    () => (location.state as CustomerPageState | null)?.duplicates,
  );
  const raw = params.get('tab');
  const tab: Tab = isTab(raw) ? raw : 'timeline';
  const setTab = (next: string) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p);
        if (next === 'timeline') out.delete('tab');
        else out.set('tab', next);
        return out;
      },
      { replace: true },
    );

  if (customer.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (customer.error instanceof ApiError && customer.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('customers.notFound.title')}
        subTitle={t('customers.notFound.text')}
        extra={<BackToList />}
        data-testid="customer-not-found"
      />
    );
  }
  if (customer.error || !customer.data) {
    return (
      <Card>
        <ErrorAlert error={customer.error} onRetry={() => void customer.refetch()} />
        <BackToList />
      </Card>
    );
  }

  const c = customer.data;
  const items = [
    {
      key: 'timeline',
      label: t('customers.tabs.timeline'),
      children: (
        <TimelineTab
          customer={c}
          followUpFocus={followUpFocus}
          onService={() => setServing(true)}
          writeInline={!phone}
        />
      ),
    },
    { key: 'contacts', label: t('customers.tabs.contacts'), children: <ContactsTab customer={c} /> },
    { key: 'file', label: t('customers.tabs.file'), children: <CustomerFileTab customerId={c.id} /> },
    {
      key: 'opportunities',
      label: t('customers.tabs.opportunities'),
      children: <OpportunitiesSlot customerId={c.id} />,
    },
    {
      key: 'quotes',
      label: t('customers.tabs.quotes'),
      children: <QuotesSlot customerId={c.id} />,
    },
    {
      key: 'contracts',
      label: t('customers.tabs.contracts'),
      children: <ContractsSlot customerId={c.id} />,
    },
    {
      key: 'orders',
      label: t('customers.tabs.orders'),
      children: <OrdersSlot customerId={c.id} />,
    },
    {
      key: 'receivables',
      label: t('customers.tabs.receivables'),
      children: <ReceivablesSlot customerId={c.id} />,
    },
    {
      key: 'payments',
      label: t('customers.tabs.payments'),
      children: <PaymentsSlot customerId={c.id} />,
    },
    { key: 'team', label: t('customers.tabs.team'), children: <TeamTab customer={c} /> },
    {
      key: 'attachments',
      label: t('customers.tabs.attachments'),
      children: <AttachmentsTab customer={c} />,
    },
    {
      key: 'history',
      label: t('customers.tabs.history'),
      children: <HistoryTab customer={c} />,
    },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="customer-page">
      <DuplicateAlert
        items={createdDuplicates}
        title={t('customers.duplicates.afterCreate')}
        onClose={() => setCreatedDuplicates(undefined)}
      />
      <PoolStatusSlot customerId={c.id} />
      {phone ? (
        <CustomerPhoneHeader
          customer={c}
          onEdit={() => setEditing(true)}
          onService={() => setServing(true)}
          onFollowUp={() => setWriting(true)}
          onOwnershipChanged={() => void customer.refetch()}
        />
      ) : (
        <CustomerHeader
          customer={c}
          onEdit={() => setEditing(true)}
          onService={() => setServing(true)}
          onFollowUp={() => {
            setTab('timeline');
            setFollowUpFocus((n) => n + 1);
          }}
          onOwnershipChanged={() => void customer.refetch()}
        />
      )}
      <Card size={phone ? 'small' : undefined}>
        {phone ? (
          <>
            <Select
              value={tab}
              onChange={setTab}
              options={items.map((i) => ({ value: i.key, label: i.label }))}
              style={{ width: '100%', marginBottom: 12 }}
              data-testid="customer-section"
            />
            {items.find((i) => i.key === tab)?.children}
          </>
        ) : (
          <Tabs activeKey={tab} onChange={setTab} data-testid="customer-tabs" items={items} />
        )}
      </Card>
      <CustomerEditModal customer={c} open={editing} onClose={() => setEditing(false)} />
      <FollowUpDrawer
        open={writing}
        onClose={() => setWriting(false)}
        customer={{ id: c.id, name: c.name }}
      />
      <ServiceLogModal
        open={serving}
        onClose={() => setServing(false)}
        customer={{ id: c.id, name: c.name }}
      />
    </Space>
  );
}
