import { Descriptions, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePolicyRoles } from '../../api/hooks/policies';
import type { TPolicy } from '../../api/types';
import { formatDateTime, localized } from '../../components/format';
import { formatPolicyValue } from './policy-values';
import { type RuleEntry, RuleTag } from './RuleTag';

interface Props {
  policy: TPolicy | undefined;
  rules: Map<string, RuleEntry>;
  onClose: () => void;
}

type VersionStatus = 'inForce' | 'future' | 'superseded';

/** Per version: scheduled, the one in force, or superseded (versions newest effective first). */
function statuses(effective: string[], now: string): VersionStatus[] {
  let found = false;
  return effective.map((from) => {
    if (from > now) return 'future';
    if (found) return 'superseded';
    found = true;
    return 'inForce';
  });
}

const statusColor: Record<VersionStatus, string> = {
  inForce: 'green',
  future: 'blue',
  superseded: 'default',
};

/** A policy's company-wide versions and every region's override of it (ORG-7). */
export function PolicyHistoryDrawer({ policy, rules, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const now = new Date().toISOString();
  const roles = usePolicyRoles();
  const fmt = (value: unknown) =>
    policy
      ? formatPolicyValue(value, policy.unit, t, { roles: roles.data, choices: policy.chainChoices })
      : '';
  const history = policy?.history ?? [];
  const historyStatus = statuses(
    history.map((v) => v.effectiveFrom),
    now,
  );
  const overrides = [...(policy?.overrides ?? [])].sort(
    (a, b) => a.unit.name.localeCompare(b.unit.name) || b.effectiveFrom.localeCompare(a.effectiveFrom),
  );

  return (
    <Drawer
      open={policy !== undefined}
      onClose={onClose}
      size={820}
      destroyOnHidden
      title={policy && t('policies.historyTitle', { name: localized(policy.label, i18n.language) })}
    >
      {policy && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="policy-history">
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              {
                key: 'chapter',
                label: t('policies.ruleIds'),
                children: policy.ruleIds.map((id) => <RuleTag key={id} id={id} rule={rules.get(id)} />),
              },
              {
                key: 'description',
                label: t('policies.description'),
                span: 2,
                children: localized(policy.description, i18n.language),
              },
              { key: 'default', label: t('policies.default'), children: fmt(policy.default) },
              {
                key: 'unit',
                label: t('policies.unit'),
                children: t(`policies.units.${policy.unit}`, { defaultValue: policy.unit }),
              },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('policies.companyHistory')}</Typography.Title>
            <Table
              size="small"
              rowKey={(v) => `${v.setAt}-${v.effectiveFrom}`}
              pagination={false}
              dataSource={history}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.noHistory')} />
                ),
              }}
              columns={[
                {
                  key: 'value',
                  title: t('policies.versionValue'),
                  render: (_, v, index) => (
                    <Space size={4}>
                      <Typography.Text strong>{fmt(v.value)}</Typography.Text>
                      <Tag color={statusColor[historyStatus[index] ?? 'superseded']}>
                        {t(`policies.${historyStatus[index] ?? 'superseded'}`)}
                      </Tag>
                    </Space>
                  ),
                },
                {
                  key: 'effectiveFrom',
                  title: t('policies.effectiveFrom'),
                  render: (_, v) => formatDateTime(v.effectiveFrom),
                },
                {
                  key: 'setBy',
                  title: t('policies.setBy'),
                  render: (_, v) => (
                    <>
                      <div>{v.setBy?.displayName ?? '—'}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(v.setAt)}
                      </Typography.Text>
                    </>
                  ),
                },
                { key: 'note', title: t('policies.note'), render: (_, v) => v.note ?? '' },
              ]}
            />
          </div>
          <div>
            <Typography.Title level={5}>{t('policies.overrides')}</Typography.Title>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={overrides}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.noOverrides')} />
                ),
              }}
              columns={[
                { key: 'region', title: t('policies.filings.region'), render: (_, o) => o.unit.name },
                {
                  key: 'value',
                  title: t('policies.filings.value'),
                  render: (_, o) => <Typography.Text strong>{fmt(o.value)}</Typography.Text>,
                },
                {
                  key: 'effectiveFrom',
                  title: t('policies.effectiveFrom'),
                  render: (_, o) => formatDateTime(o.effectiveFrom),
                },
                {
                  key: 'filedBy',
                  title: t('policies.filings.filedBy'),
                  render: (_, o) => (
                    <>
                      <div>{o.setBy?.displayName ?? '—'}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(o.setAt)}
                      </Typography.Text>
                    </>
                  ),
                },
                { key: 'note', title: t('policies.filings.note'), render: (_, o) => o.note ?? '' },
                {
                  key: 'status',
                  title: t('policies.filings.status'),
                  render: (_, o) =>
                    o.acknowledgedAt ? (
                      <Tag color="green">{t('policies.filings.acknowledged')}</Tag>
                    ) : (
                      <Tag color="orange">{t('policies.filings.pending')}</Tag>
                    ),
                },
              ]}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}
