import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Radio, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import {
  useReturnSeal,
  useSealLog,
  useSealRequests,
  useSeals,
  useSealViolations,
  useSubmitSealRequest,
} from '../../api/hooks/seals';
import type { TSeal, TSealLogEntry, TSealRequest, TSealViolation } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useAction } from '../../components/use-action';
import { CheckOutModal } from './CheckOutModal';
import { HarmModal } from './HarmModal';
import { SealFormModal } from './SealFormModal';
import { SealRequestModal } from './SealRequestModal';
import { SealRequestStatusTag, SealStatusTag, sealKindLabel } from './seal-tags';
import { ViolationModal } from './ViolationModal';

function useRunner() {
  return useAction().run;
}

/** 印章登记: seals, custodians, who has one now; check-out and return for the custodian. */
function Register() {
  const { t } = useTranslation();
  const can = useCan();
  const run = useRunner();
  const seals = useSeals();
  const back = useReturnSeal();
  const [creating, setCreating] = useState(false);
  const [checkingOut, setCheckingOut] = useState<TSeal | null>(null);
  const manage = can('seal:manage');
  return (
    <>
      {manage && (
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
          {t('seals.create')}
        </Button>
      )}
      <ErrorAlert error={seals.error} onRetry={() => void seals.refetch()} />
      <Table<TSeal>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={seals.isFetching}
        dataSource={seals.data}
        data-testid="seal-table"
        columns={[
          { key: 'name', title: t('seals.fields.name'), render: (_, s) => s.name },
          { key: 'kind', title: t('seals.fields.kind'), render: (_, s) => sealKindLabel(t, s.kind) },
          { key: 'custodian', title: t('seals.fields.custodian'), render: (_, s) => s.custodian.displayName },
          {
            key: 'status',
            title: t('seals.fields.status'),
            render: (_, s) => <SealStatusTag status={s.status} />,
          },
          {
            key: 'holder',
            title: t('seals.fields.holder'),
            render: (_, s) => (s.holder ? `${s.holder.displayName} · ${formatDateTime(s.outSince)}` : ''),
          },
          { key: 'remark', title: t('seals.fields.remark'), render: (_, s) => s.remark },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, s: TSeal) =>
                    s.status === 'in_custody' ? (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setCheckingOut(s)}
                        data-testid="seal-check-out-open"
                      >
                        {t('seals.actions.check_out')}
                      </Button>
                    ) : s.status === 'checked_out' ? (
                      <Popconfirm
                        title={t('seals.return.confirm')}
                        onConfirm={() => run(() => back.mutateAsync({ id: s.id }), t('seals.return.done'))}
                      >
                        <Button size="small" type="link">
                          {t('seals.actions.return')}
                        </Button>
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <SealFormModal open={creating} onClose={() => setCreating(false)} />
      <CheckOutModal seal={checkingOut} onClose={() => setCheckingOut(null)} />
    </>
  );
}

/** 用印申请: mine (or all, for those who oversee the seals); new requests and submission. */
function Requests() {
  const { t } = useTranslation();
  const can = useCan();
  const run = useRunner();
  // Without seal:read, "all" is what the server lets one see: one's own requests and those one
  // approves — an approver who follows the approval link lands on the request, not an empty list.
  const [whose, setWhose] = useState<'mine' | 'all'>(can('seal:read') ? 'mine' : 'all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const requests = useSealRequests({ whose, ...paging });
  const submit = useSubmitSealRequest();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="seal-request-create"
        >
          {t('seals.newRequest')}
        </Button>
        <Radio.Group
          value={whose}
          onChange={(e) => setWhose(e.target.value)}
          optionType="button"
          options={[
            { value: 'mine', label: t('seals.whose.mine') },
            { value: 'all', label: t(can('seal:read') ? 'seals.whose.all' : 'seals.whose.involved') },
          ]}
        />
      </Space>
      <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />
      <Table<TSealRequest>
        rowKey="id"
        size="middle"
        loading={requests.isFetching}
        dataSource={requests.data?.items}
        locale={{ emptyText: t('seals.empty.requests') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: requests.data?.total,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        data-testid="seal-request-table"
        columns={[
          { key: 'seal', title: t('seals.fields.seal'), render: (_, r) => r.seal.name },
          { key: 'purpose', title: t('seals.fields.purpose'), render: (_, r) => r.purpose },
          {
            key: 'contract',
            title: t('seals.fields.contract'),
            render: (_, r) =>
              r.contract ? <Link to={`/contracts/${r.contract.id}`}>{r.contract.number}</Link> : '',
          },
          { key: 'requester', title: t('seals.fields.requester'), render: (_, r) => r.requester.displayName },
          {
            key: 'status',
            title: t('seals.fields.status'),
            render: (_, r) => <SealRequestStatusTag status={r.status} />,
          },
          {
            key: 'createdAt',
            title: t('seals.fields.createdAt'),
            render: (_, r) => formatDateTime(r.createdAt),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, r) =>
              r.canSubmit ? (
                <Popconfirm
                  title={t('seals.submitConfirm')}
                  onConfirm={() => run(() => submit.mutateAsync(r.id), t('seals.submitted'))}
                >
                  <Button size="small" type="link">
                    {t('seals.submit')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <SealRequestModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

/** 保管记录: every check-out and return of one seal, violations marked. */
function CustodyLog() {
  const { t } = useTranslation();
  const seals = useSeals();
  const [sealId, setSealId] = useState<string | undefined>();
  const chosen = sealId ?? seals.data?.[0]?.id;
  const log = useSealLog(chosen);
  return (
    <>
      <Select
        style={{ width: 260, marginBottom: 12 }}
        placeholder={t('seals.pickSeal')}
        value={chosen}
        onChange={setSealId}
        options={(seals.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />
      <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      <Table<TSealLogEntry>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={log.isFetching}
        dataSource={log.data}
        locale={{ emptyText: t('seals.empty.log') }}
        data-testid="seal-log-table"
        columns={[
          { key: 'at', title: t('seals.fields.at'), render: (_, e) => formatDateTime(e.at) },
          {
            key: 'action',
            title: t('seals.fields.action'),
            render: (_, e) => t(`seals.actions.${e.action}`),
          },
          { key: 'user', title: t('seals.fields.user'), render: (_, e) => e.user.displayName },
          {
            key: 'violation',
            title: t('seals.fields.violation'),
            render: (_, e) => (e.violation ? <Tag color="error">{t('seals.yes')}</Tag> : ''),
          },
          { key: 'note', title: t('seals.fields.note'), render: (_, e) => e.note },
          { key: 'actor', title: t('seals.fields.actor'), render: (_, e) => e.actor?.displayName ?? '' },
        ]}
      />
    </>
  );
}

/** 违规用印 (Q2C-9/PEN-2): seals taken without approval; their fines are in the violations register (违规登记). */
function Violations() {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can('seal:manage');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [recording, setRecording] = useState(false);
  const [harming, setHarming] = useState<TSealViolation | null>(null);
  const violations = useSealViolations(paging);
  return (
    <>
      {manage && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRecording(true)}
          style={{ marginBottom: 12 }}
          data-testid="seal-violation-record"
        >
          {t('seals.violation.button')}
        </Button>
      )}
      <ErrorAlert error={violations.error} onRetry={() => void violations.refetch()} />
      <Table<TSealViolation>
        rowKey="id"
        size="middle"
        loading={violations.isFetching}
        dataSource={violations.data?.items}
        locale={{ emptyText: t('seals.empty.violations') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: violations.data?.total,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        data-testid="seal-violation-table"
        columns={[
          { key: 'at', title: t('seals.fields.at'), render: (_, v) => formatDateTime(v.at) },
          { key: 'seal', title: t('seals.fields.seal'), render: (_, v) => v.seal.name },
          { key: 'user', title: t('seals.fields.user'), render: (_, v) => v.user.displayName },
          {
            key: 'description',
            title: t('seals.fields.description'),
            render: (_, v) => <Typography.Text>{v.description}</Typography.Text>,
          },
          {
            key: 'harm',
            title: t('seals.fields.harm'),
            render: (_, v) => (v.harm ? (v.harmNote ?? t('seals.yes')) : t('seals.no')),
          },
          { key: 'actor', title: t('seals.fields.actor'), render: (_, v) => v.actor?.displayName ?? '' },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, v: TSealViolation) =>
                    v.harm ? null : (
                      <Button size="small" onClick={() => setHarming(v)} data-testid="seal-harm-record">
                        {t('seals.harm.button')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {recording && <ViolationModal open={recording} onClose={() => setRecording(false)} />}
      <HarmModal violation={harming} onClose={() => setHarming(null)} />
    </>
  );
}

const tabKeys = ['register', 'requests', 'log', 'violations'] as const;

/** 印章管理 (Q2C-9): the register, use requests with approval, the custody log and violations. */
export function SealsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const oversee = can('seal:read');
  const visible = tabKeys.filter((k) => oversee || k === 'register' || k === 'requests');
  const tab = visible.find((k) => k === params.get('tab')) ?? 'register';
  const panes = {
    register: <Register />,
    requests: <Requests />,
    log: <CustodyLog />,
    violations: <Violations />,
  };
  return (
    <Card title={t('seals.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        destroyOnHidden
        items={visible.map((k) => ({ key: k, label: t(`seals.tabs.${k}`), children: panes[k] }))}
      />
    </Card>
  );
}
