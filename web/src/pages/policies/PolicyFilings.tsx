import { App, Button, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcknowledgeOverride, usePolicyAbilities, usePolicyOverrides } from '../../api/hooks/policies';
import type { TPolicy, TPolicyOverride } from '../../api/types';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { formatDateTime, localized } from '../../components/format';
import { sortFilings } from './policy-regions';
import { formatPolicyValue } from './policy-values';

interface Props {
  /** Company-wide policies, for names and units. */
  policies: TPolicy[] | undefined;
}

function AcknowledgeButton({ filing, policyName }: { filing: TPolicyOverride; policyName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const acknowledge = useAcknowledgeOverride();
  // Resolves after the request so the Popconfirm spins until then.
  const confirm = async () => {
    try {
      await acknowledge.mutateAsync(filing.id);
      message.success(t('policies.filings.acknowledgedMessage'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Popconfirm
      title={t('policies.filings.acknowledgeConfirm', { region: filing.unit.name, policy: policyName })}
      description={t('policies.filings.acknowledgeHint')}
      okText={t('policies.filings.acknowledge')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button type="link" size="small">
        {t('policies.filings.acknowledge')}
      </Button>
    </Popconfirm>
  );
}

/** ORG-7: every regional override as filed with HQ, awaiting acknowledgement first. */
export function PolicyFilings({ policies }: Props) {
  const { t, i18n } = useTranslation();
  const [onlyPending, setOnlyPending] = useState(false);
  const filings = usePolicyOverrides(onlyPending);
  const byId = new Map((policies ?? []).map((p) => [p.id, p]));
  const nameOf = (id: string) => {
    const policy = byId.get(id);
    return policy ? localized(policy.label, i18n.language) : id;
  };
  // ORG-7: filed with the HQ sales department — the people policy.filingRecipients names.
  const manage = usePolicyAbilities().data?.acknowledge ?? false;

  return (
    <>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type="secondary">{t('policies.filings.intro')}</Typography.Text>
        <Space>
          <Switch checked={onlyPending} onChange={setOnlyPending} data-testid="filings-pending" />
          {t('policies.filings.onlyPending')}
        </Space>
      </Space>
      <ErrorAlert error={filings.error} onRetry={() => void filings.refetch()} />
      <Table<TPolicyOverride>
        rowKey="id"
        size="middle"
        loading={filings.isFetching}
        dataSource={sortFilings(filings.data ?? [])}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: filings.isPending ? ' ' : t('policies.filings.empty') }}
        data-testid="filings-table"
        columns={[
          {
            key: 'status',
            title: t('policies.filings.status'),
            render: (_, f) =>
              f.acknowledgedAt ? (
                <Space orientation="vertical" size={0}>
                  <Tag color="green">{t('policies.filings.acknowledged')}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('policies.filings.acknowledgedBy', {
                      name: f.acknowledgedBy?.displayName ?? '—',
                      at: formatDateTime(f.acknowledgedAt),
                    })}
                  </Typography.Text>
                </Space>
              ) : (
                <Tag color="orange">{t('policies.filings.pending')}</Tag>
              ),
          },
          { key: 'region', title: t('policies.filings.region'), render: (_, f) => f.unit.name },
          {
            key: 'policy',
            title: t('policies.filings.policy'),
            render: (_, f) => <span>{nameOf(f.policyId)}</span>,
          },
          {
            key: 'value',
            title: t('policies.filings.value'),
            render: (_, f) => (
              <Typography.Text strong>
                {formatPolicyValue(f.value, byId.get(f.policyId)?.unit ?? '', t)}
              </Typography.Text>
            ),
          },
          {
            key: 'effectiveFrom',
            title: t('policies.filings.effectiveFrom'),
            render: (_, f) => formatDateTime(f.effectiveFrom),
          },
          {
            key: 'filedBy',
            title: t('policies.filings.filedBy'),
            render: (_, f) => (
              <Space orientation="vertical" size={0}>
                <span>{f.setBy?.displayName ?? '—'}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(f.setAt)}
                </Typography.Text>
              </Space>
            ),
          },
          {
            key: 'note',
            title: t('policies.filings.note'),
            render: (_, f) => (
              <Typography.Paragraph
                style={{ maxWidth: 320, marginBottom: 0 }}
                ellipsis={{ rows: 2, tooltip: f.note }}
              >
                {f.note}
              </Typography.Paragraph>
            ),
          },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, f: TPolicyOverride) =>
                    f.acknowledgedAt ? null : (
                      <AcknowledgeButton filing={f} policyName={nameOf(f.policyId)} />
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
