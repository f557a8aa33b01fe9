import { FilterOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Drawer, Empty, Flex, Form, Input, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCustomerFeed, useCustomerLevels } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TCustomerListItem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { totalLabel } from '../../components/PagedTable';
import { useDebounced } from '../../components/use-debounced';
import { CustomerCreateModal } from './CustomerCreateModal';
import { OwnerText, RelativeTime } from './customer-columns';
import {
  CustomerFilterFields,
  type CustomerFilters,
  customerViews,
  useCustomerView,
} from './customer-filters';
import { phoneOf } from './customer-links';
import { LevelTag } from './customer-options';

type DrawerFilters = Omit<CustomerFilters, 'q'>;

function CustomerCard({ customer: c, levels }: { customer: TCustomerListItem; levels: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = phoneOf(c);
  return (
    <Card
      size="small"
      // The whole card opens the customer; its own links (the name, the phone) do their own thing.
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a')) navigate(`/customers/${c.id}`);
      }}
      data-testid="customer-card"
    >
      <Flex justify="space-between" align="start" gap={8}>
        <Link
          to={`/customers/${c.id}`}
          data-testid="customer-link"
          style={{ fontWeight: 600, fontSize: 16, overflowWrap: 'anywhere' }}
        >
          {c.name}
        </Link>
        <LevelTag level={c.level} levels={levels} />
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
        <OwnerText owner={c.owner} /> · {t('customers.fields.lastFollowUpAt')}{' '}
        <RelativeTime at={c.lastFollowUpAt} empty={t('customers.neverFollowedUp')} />
      </Typography.Text>
      {phone && (
        <a
          href={`tel:${phone}`}
          data-testid="customer-call"
          style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 40 }}
        >
          <PhoneOutlined />
          {c.primaryContact ? `${c.primaryContact.name} ${phone}` : phone}
        </a>
      )}
    </Card>
  );
}

/**
 * CUS-1/CUS-3 on a phone: search first (name, contact, phone or pinyin, on the server as one
 * types), the saved views, filters in a bottom drawer, and cards a page after another.
 */
export function CustomerCards() {
  const { t } = useTranslation();
  const can = useCan();
  const [view, setView] = useCustomerView();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [filters, setFilters] = useState<DrawerFilters>({});
  const [filtering, setFiltering] = useState(false);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<DrawerFilters>();
  const { levels } = useCustomerLevels();
  const feed = useCustomerFeed({ ...filters, q: q || undefined, view, pageSize: 20 });
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const first = feed.data?.pages[0];
  const active = Object.values(filters).filter((v) => v !== undefined && v !== '').length;

  const apply = (values: DrawerFilters) => {
    setFilters(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')));
    setFiltering(false);
  };

  return (
    <Flex vertical gap={12} data-testid="customer-cards">
      <Flex gap={8}>
        <Input.Search
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={setText}
          placeholder={t('customers.searchPlaceholder')}
          allowClear
          enterKeyHint="search"
          style={{ flex: 1, minWidth: 0 }}
          data-testid="customer-search"
        />
        <Badge count={active} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setFiltering(true)} data-testid="customer-filters">
            {t('mobile.customers.filters')}
          </Button>
        </Badge>
        {can('customer:create') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            aria-label={t('customers.create')}
            onClick={() => setCreating(true)}
            data-testid="customer-create"
          />
        )}
      </Flex>
      <Segmented
        value={view}
        onChange={setView}
        options={customerViews.map((v) => ({ value: v, label: t(`customers.views.${v}`) }))}
        data-testid="customer-views"
      />
      <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
      {feed.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        !feed.error && <Empty description={t(`customers.empty.${view}`)} />
      ) : (
        <>
          {items.map((c) => (
            <CustomerCard key={c.id} customer={c} levels={levels} />
          ))}
          <Flex vertical align="center" gap={8}>
            {first && (
              <Typography.Text type="secondary">
                {t('mobile.customers.shown', {
                  shown: items.length,
                  total: totalLabel(t, first.total, first.totalCapped),
                })}
              </Typography.Text>
            )}
            {feed.hasNextPage && (
              <Button
                block
                onClick={() => void feed.fetchNextPage()}
                loading={feed.isFetchingNextPage}
                data-testid="customer-more"
              >
                {t('mobile.customers.more')}
              </Button>
            )}
          </Flex>
        </>
      )}
      <Drawer
        open={filtering}
        onClose={() => setFiltering(false)}
        placement="bottom"
        size="80%"
        title={t('mobile.customers.filters')}
        data-testid="customer-filter-drawer"
        footer={
          <Flex gap={8}>
            <Button
              block
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              {t('common.reset')}
            </Button>
            <Button block type="primary" onClick={() => form.submit()} data-testid="customer-filters-apply">
              {t('mobile.customers.apply')}
            </Button>
          </Flex>
        }
      >
        <Form<DrawerFilters> form={form} layout="vertical" onFinish={apply}>
          <CustomerFilterFields view={view} levels={levels} block />
        </Form>
      </Drawer>
      <CustomerCreateModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
