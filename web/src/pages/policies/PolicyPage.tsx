import type { TPolicy } from '@xiaoguan/server/api';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { usePolicies } from '../../api/hooks/policies';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, localized } from '../../components/format';
import { PolicyEditModal } from './PolicyEditModal';

/** A value in one line: numbers and text as they are, structures as compact JSON. */
function ValueText({ value }: { value: unknown }) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <Typography.Text code style={{ wordBreak: 'break-all' }}>
      {text}
    </Typography.Text>
  );
}

function History({ policy }: { policy: TPolicy }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey={(v) => `${v.setAt}-${v.effectiveFrom}`}
      pagination={false}
      dataSource={policy.history}
      columns={[
        { key: 'value', title: t('policy.value'), render: (_, v) => <ValueText value={v.value} /> },
        {
          key: 'effectiveFrom',
          title: t('policy.effectiveFrom'),
          render: (_, v) => formatDateTime(v.effectiveFrom),
        },
        { key: 'setAt', title: t('policy.setAt'), render: (_, v) => formatDateTime(v.setAt) },
        { key: 'setBy', title: t('policy.setBy'), render: (_, v) => v.setBy?.displayName ?? '—' },
        { key: 'note', title: t('policy.note'), render: (_, v) => v.note ?? '' },
      ]}
    />
  );
}

export function PolicyPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const policies = usePolicies();
  const [editing, setEditing] = useState<TPolicy>();
  const manage = can('policy:manage');

  return (
    <Card title={t('nav.policies')}>
      <ErrorAlert error={policies.error} onRetry={() => void policies.refetch()} />
      <Table<TPolicy>
        rowKey="id"
        size="middle"
        loading={policies.isFetching}
        dataSource={policies.data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="policy-table"
        expandable={{
          expandedRowRender: (policy) => <History policy={policy} />,
          rowExpandable: (policy) => policy.history.length > 0,
        }}
        columns={[
          {
            key: 'label',
            title: t('policy.label'),
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                <Tooltip title={localized(p.description, i18n.language)}>
                  <span>{localized(p.label, i18n.language)}</span>
                </Tooltip>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.id}
                </Typography.Text>
              </Space>
            ),
          },
          { key: 'value', title: t('policy.value'), render: (_, p) => <ValueText value={p.value} /> },
          { key: 'default', title: t('policy.default'), render: (_, p) => <ValueText value={p.default} /> },
          {
            key: 'unit',
            title: t('policy.unit'),
            render: (_, p) => (p.unit ? t(`policy.units.${p.unit}`, { defaultValue: p.unit }) : ''),
          },
          {
            key: 'ruleIds',
            title: t('policy.ruleIds'),
            render: (_, p) => (
              <Space size={[0, 4]} wrap>
                {p.ruleIds.map((id) => (
                  <Tag key={id}>{id}</Tag>
                ))}
              </Space>
            ),
          },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, p: TPolicy) => (
                    <Button type="link" size="small" onClick={() => setEditing(p)}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PolicyEditModal policy={editing} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
