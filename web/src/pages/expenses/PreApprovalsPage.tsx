import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Form, Input, Select, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, formatYuan } from '../../components/format';
import { MoneyInput } from '../../components/MoneyInput';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import {
  kinds,
  type TPreApproval,
  type TPreApprovalCreate,
  type TPreApprovalQuery,
  useCreatePreApproval,
  usePreApproval,
  usePreApprovalPage,
} from './hooks';

type View = NonNullable<TPreApprovalQuery['view']>;
type Sort = 'createdAt' | 'number' | 'estimatedFen';

function PreApprovalTable({ view }: { view: View }) {
  const { t } = useTranslation();
  const table = useServerTable<Record<string, never>, Sort>({ order: 'desc' });
  const page = usePreApprovalPage({ ...table.params, view });
  return (
    <PagedTable<TPreApproval, Record<string, never>, Sort>
      query={page}
      table={table}
      rowKey="id"
      scroll={{ x: 'max-content' }}
      columns={[
        {
          key: 'number',
          title: t('expenses.fields.number'),
          sorter: true,
          render: (_, r) => <Link to={`/expenses/pre-approvals/${r.id}`}>{r.number}</Link>,
        },
        { key: 'kind', title: t('expenses.fields.kind'), render: (_, r) => t(`expenses.kinds.${r.kind}`) },
        { key: 'user', title: t('expenses.fields.user'), render: (_, r) => r.user.displayName },
        {
          key: 'estimatedFen',
          title: t('expenses.fields.estimated'),
          sorter: true,
          align: 'right',
          render: (_, r) => formatYuan(BigInt(r.estimatedFen)),
        },
        {
          key: 'status',
          title: t('expenses.fields.status'),
          render: (_, r) => <Tag>{t(`expenses.preStatuses.${r.status}`)}</Tag>,
        },
        {
          key: 'createdAt',
          title: t('expenses.fields.createdAt'),
          sorter: true,
          render: (_, r) => formatDateTime(r.createdAt),
        },
      ]}
    />
  );
}

/** EXP-2/VIS-4: expense pre-approvals — mine, waiting for me, all I may read; apply for one. */
export function PreApprovalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const perms = me.data?.permissions ?? {};
  const navigate = useNavigate();
  const create = useCreatePreApproval();
  const [params, setParams] = useSearchParams();
  const views: View[] = 'expense:review' in perms ? ['review', 'mine', 'all'] : ['mine', 'all'];
  const view = (params.get('view') as View | null) ?? views[0]!;
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={t('expenses.preTitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('expenses.preCreate')}
        </Button>
      }
    >
      <Tabs
        activeKey={view}
        onChange={(key) => setParams({ view: key })}
        destroyOnHidden
        items={views.map((v) => ({
          key: v,
          label: t(`expenses.views.${v}`),
          children: <PreApprovalTable view={v} />,
        }))}
      />
      <FormModal<TPreApprovalCreate>
        open={open}
        title={t('expenses.preCreate')}
        onClose={() => setOpen(false)}
        okText={t('expenses.form.submit')}
        successMessage={t('expenses.submitted')}
        initialValues={{ kind: 'gift' }}
        onSubmit={async (body) => {
          const made = await create.mutateAsync(body);
          navigate(`/expenses/pre-approvals/${made.id}`);
        }}
      >
        <Form.Item name="kind" label={t('expenses.fields.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`expenses.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="estimatedFen" label={t('expenses.fields.estimated')} rules={[{ required: true }]}>
          <MoneyInput />
        </Form.Item>
        <Form.Item name="purpose" label={t('expenses.fields.purpose')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/** EXP-2: one pre-approval and its approval (approve or reject in place for the current approver). */
export function PreApprovalPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePreApproval(id);
  const p = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <Card
      title={p ? `${t('expenses.preTitle')} ${p.number}` : t('expenses.preTitle')}
      loading={query.isLoading}
    >
      {p && (
        <>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('expenses.fields.kind')}>
              {t(`expenses.kinds.${p.kind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('expenses.fields.status')}>
              {t(`expenses.preStatuses.${p.status}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('expenses.fields.estimated')}>
              {formatYuan(BigInt(p.estimatedFen))}
            </Descriptions.Item>
            <Descriptions.Item label={t('expenses.fields.user')}>{p.user.displayName}</Descriptions.Item>
            {p.customer && (
              <Descriptions.Item label={t('expenses.fields.customer')}>{p.customer.name}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('expenses.fields.purpose')}>{p.purpose}</Descriptions.Item>
          </Descriptions>
          <ApprovalPanel docType="expense_pre_approval" docId={p.id} />
        </>
      )}
    </Card>
  );
}
