import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Skeleton,
  Space,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGeneralRequest, useGeneralRequests } from '../../api/hooks/approvals';
import { useCan, useMe } from '../../api/hooks/me';
import type { TGeneralRequest, TGeneralRequestQuery, TRequestStatus } from '../../api/types';
import { ApprovalPanel, ApprovalStatusTag } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { amountText } from './columns';
import { GeneralRequestModal } from './GeneralRequestModal';

type Filters = Pick<TGeneralRequestQuery, 'q' | 'status' | 'whose'>;
const statuses: TRequestStatus[] = ['draft', 'pending', 'approved', 'rejected', 'withdrawn'];
const DOC_TYPE = 'general_request';

function RequestDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const request = useGeneralRequest(id);
  const [editing, setEditing] = useState(false);
  const me = useMe();
  const r = request.data;
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={t('approvals.requests.detail')}
      data-testid="general-request-drawer"
      extra={
        r?.canEdit ? (
          <Button onClick={() => setEditing(true)} data-testid="general-request-edit">
            {t('approvals.requests.edit')}
          </Button>
        ) : (
          r?.owner.id === me.data?.user.id && (
            <Tooltip title={t('approvals.requests.lockedHint')}>
              <Button disabled>{t('approvals.requests.edit')}</Button>
            </Tooltip>
          )
        )
      }
    >
      <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />
      {request.isPending && id !== undefined ? (
        <Skeleton active />
      ) : r ? (
        <Space orientation="vertical" style={{ width: '100%' }} size="large">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('approvals.requests.fields.title')}>{r.title}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.requests.fields.content')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {r.content}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('approvals.columns.amount')}>
              {amountText(r.amountFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('approvals.columns.status')}>
              <ApprovalStatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('approvals.requests.owner')}>{r.owner.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.requests.unit')}>{r.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('approvals.requests.updatedAt')}>
              {formatDateTime(r.updatedAt)}
            </Descriptions.Item>
          </Descriptions>
          <ApprovalPanel docType={DOC_TYPE} docId={r.id} title={r.title} />
        </Space>
      ) : null}
      {r && <GeneralRequestModal open={editing} request={r} onClose={() => setEditing(false)} />}
    </Drawer>
  );
}

/** 通用申请: requests I may see (mine and those below me, or waiting for me), write, edit, submit. */
export function GeneralRequestsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const table = useServerTable<Filters>({ filters: { whose: 'all' } });
  const query = useGeneralRequests(table.params);
  const [params, setParams] = useSearchParams();
  const openId = params.get('id') ?? undefined;
  const [creating, setCreating] = useState(false);
  const open = (id?: string) => setParams(id ? { id } : {}, { replace: !id });

  const columns: TableColumnsType<TGeneralRequest> = [
    {
      key: 'title',
      title: t('approvals.columns.title'),
      render: (_, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(r.id)}>
          {r.title}
        </Button>
      ),
    },
    {
      key: 'amount',
      title: t('approvals.columns.amount'),
      align: 'right',
      render: (_, r) => amountText(r.amountFen),
    },
    {
      key: 'status',
      title: t('approvals.columns.status'),
      render: (_, r) => <ApprovalStatusTag status={r.status} />,
    },
    { key: 'owner', title: t('approvals.requests.owner'), render: (_, r) => r.owner.displayName },
    { key: 'unit', title: t('approvals.requests.unit'), render: (_, r) => r.unit.name },
    {
      key: 'updatedAt',
      title: t('approvals.requests.updatedAt'),
      render: (_, r) => formatDateTime(r.updatedAt),
    },
  ];

  return (
    <Card title={t('approvals.nav.requests')}>
      <SearchForm<Filters>
        onSearch={(v) => table.setFilters({ ...v, whose: v.whose ?? 'all' })}
        extra={
          can('request:create') && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="general-request-create"
            >
              {t('approvals.requests.create')}
            </Button>
          )
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('approvals.requests.searchPlaceholder')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="whose" initialValue="all">
          <Select
            style={{ width: 140 }}
            options={(['all', 'mine'] as const).map((w) => ({
              value: w,
              label: t(`approvals.requests.whose.${w}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('approvals.columns.status')}
            style={{ width: 120 }}
            options={statuses.map((s) => ({ value: s, label: t(`approvals.status.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable
        query={query}
        table={table}
        columns={columns}
        locale={{ emptyText: t('approvals.requests.empty') }}
        data-testid="general-request-table"
      />
      <GeneralRequestModal open={creating} onClose={() => setCreating(false)} />
      <RequestDrawer id={openId} onClose={() => open(undefined)} />
    </Card>
  );
}
