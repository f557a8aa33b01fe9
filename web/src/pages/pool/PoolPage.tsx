import { App, Button, Card, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCustomerLevels } from '../../api/hooks/customers';
import { useClaimCustomer, usePoolPage, usePoolQuota } from '../../api/hooks/pool';
import type { TCustomerType, TPoolCustomer, TPoolListQuery, TPoolQuota } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useServerTable } from '../../components/use-server-table';
import { RelativeTime } from '../customers/customer-columns';
import { CustomerTypeTag, customerTypes, LevelTag } from '../customers/customer-options';
import { PoolPreviewDrawer } from './PoolPreviewDrawer';

type Filters = Pick<TPoolListQuery, 'q' | 'level' | 'type' | 'industry' | 'unitId'>;
type Sort = NonNullable<TPoolListQuery['sort']>;

/** "今日已领取 2/5 · 负责客户 41/300" */
function QuotaText({ quota }: { quota: TPoolQuota | undefined }) {
  const { t } = useTranslation();
  if (!quota) return null;
  const full = quota.claimsToday >= quota.dailyCap || quota.owned >= quota.ownedCap;
  return (
    <Typography.Text type={full ? 'warning' : 'secondary'} data-testid="pool-quota">
      {t('pool.quota', {
        claims: quota.claimsToday,
        cap: quota.dailyCap,
        owned: quota.owned,
        ownedCap: quota.ownedCap,
      })}
    </Typography.Text>
  );
}

/** Why the caller cannot claim this row now, or null when they can. */
function useClaimBlock(quota: TPoolQuota | undefined) {
  const { t } = useTranslation();
  return (row: TPoolCustomer): string | null => {
    if (row.claimableFrom) return t('pool.claimWait', { date: formatDateTime(row.claimableFrom) });
    if (!quota) return null;
    if (quota.claimsToday >= quota.dailyCap) return t('pool.dailyCapReached', { cap: quota.dailyCap });
    if (quota.owned >= quota.ownedCap) return t('pool.ownedCapReached', { cap: quota.ownedCap });
    return null;
  };
}

function ClaimButton({ row, blocked }: { row: TPoolCustomer; blocked: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const claim = useClaimCustomer();
  const button = (
    <Button
      size="small"
      type="primary"
      disabled={blocked !== null}
      loading={claim.isPending}
      data-testid="pool-claim"
      onClick={() =>
        claim.mutate(row.id, {
          onSuccess: () =>
            message.success(
              <span>
                {t('pool.claimed', { name: row.name })}{' '}
                <Typography.Link onClick={() => navigate(`/customers/${row.id}`)}>
                  {t('common.view')}
                </Typography.Link>
              </span>,
            ),
          onError: (e) => message.error(errorText(e)),
        })
      }
    >
      {t('pool.claim')}
    </Button>
  );
  return blocked ? <Tooltip title={blocked}>{button}</Tooltip> : button;
}

/** 公海: customers nobody owns, company-wide; any rep claims within the caps. */
export function PoolPage() {
  const { t } = useTranslation();
  const table = useServerTable<Filters, Sort>();
  const page = usePoolPage(table.params);
  const quota = usePoolQuota();
  const { levels } = useCustomerLevels();
  const blockOf = useClaimBlock(quota.data);
  const [preview, setPreview] = useState<TPoolCustomer | null>(null);
  return (
    <Card title={t('pool.title')} extra={<QuotaText quota={quota.data} />}>
      <Typography.Paragraph type="secondary">{t('pool.hint')}</Typography.Paragraph>
      <SearchForm<Filters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('pool.search')} allowClear style={{ width: 240 }} data-testid="pool-search" />
        </Form.Item>
        <Form.Item name="level">
          <Select
            allowClear
            placeholder={t('pool.fields.level')}
            style={{ width: 110 }}
            options={levels.map((l) => ({ value: l, label: l }))}
          />
        </Form.Item>
        <Form.Item name="type">
          <Select<TCustomerType>
            allowClear
            placeholder={t('pool.fields.type')}
            style={{ width: 140 }}
            options={customerTypes.map((type) => ({ value: type, label: t(`customers.types.${type}`) }))}
          />
        </Form.Item>
        <Form.Item name="industry">
          <Input placeholder={t('pool.fields.industry')} allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="unitId">
          <UnitTreeSelect placeholder={t('pool.allUnits')} />
        </Form.Item>
      </SearchForm>
      <PagedTable<TPoolCustomer, Filters, Sort>
        query={page}
        table={table}
        data-testid="pool-table"
        columns={[
          {
            key: 'name',
            title: t('pool.fields.name'),
            sorter: true,
            render: (_, r) => (
              <Space size={4}>
                <Typography.Link onClick={() => setPreview(r)} data-testid="pool-preview-open">
                  {r.name}
                </Typography.Link>
                {r.lifecycle === 'lead' && <Tag>{t('pool.lead')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'level',
            title: t('pool.fields.level'),
            sorter: true,
            render: (_, r) => <LevelTag level={r.level} levels={levels} />,
          },
          { key: 'type', title: t('pool.fields.type'), render: (_, r) => <CustomerTypeTag type={r.type} /> },
          { key: 'industry', title: t('pool.fields.industry'), render: (_, r) => r.industry ?? '—' },
          { key: 'unit', title: t('pool.fields.unit'), render: (_, r) => r.unit.name },
          {
            key: 'previousOwner',
            title: t('pool.fields.previousOwner'),
            render: (_, r) => r.previousOwner?.displayName ?? '—',
          },
          {
            key: 'pooledAt',
            title: t('pool.fields.pooledAt'),
            sorter: true,
            render: (_, r) => <RelativeTime at={r.pooledAt} />,
          },
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            render: (_, r) => <ClaimButton row={r} blocked={blockOf(r)} />,
          },
        ]}
      />
      <PoolPreviewDrawer
        id={preview?.id ?? null}
        onClose={() => setPreview(null)}
        actions={preview && <ClaimButton row={preview} blocked={blockOf(preview)} />}
      />
    </Card>
  );
}
