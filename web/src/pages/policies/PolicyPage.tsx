import {
  Badge,
  Button,
  Card,
  Collapse,
  Empty,
  Input,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import {
  usePolicies,
  usePolicyAbilities,
  usePolicyOverrides,
  usePolicyRoles,
  useRules,
} from '../../api/hooks/policies';
import { useUnits } from '../../api/hooks/units';
import type { TPolicy } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, localized } from '../../components/format';
import { PolicyEditModal } from './PolicyEditModal';
import { PolicyFilings } from './PolicyFilings';
import { PolicyHistoryDrawer } from './PolicyHistoryDrawer';
import { mayEditPolicy, PolicyKindTag } from './PolicyKind';
import { isWithin, regionOf, regionOverride, sortChapters } from './policy-regions';
import { formatPolicyValue } from './policy-values';
import { type RuleEntry, RuleTag, ruleIndex } from './RuleTag';

type Dialog = { kind: 'edit' | 'override' | 'history'; policy: TPolicy };

/** 制度参数: every policy by regulation chapter, company-wide or as in force in one region (ORG-7). */
export function PolicyPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const units = useUnits();
  const rules = useRules();
  const pending = usePolicyOverrides(true);
  const abilities = usePolicyAbilities();
  const regions = useMemo(() => (units.data ?? []).filter((u) => u.kind === 'region'), [units.data]);

  // A regional manager starts in their own region; HQ starts company-wide. null = company-wide.
  const [chosen, setChosen] = useState<string | null>();
  const overrideScope = me.data?.permissions['policy:override'];
  const ownRegion = me.data && units.data ? regionOf(units.data, me.data.unit.id) : undefined;
  const regionId =
    chosen === undefined
      ? overrideScope && overrideScope !== 'all'
        ? ownRegion?.id
        : undefined
      : (chosen ?? undefined);
  const region = regions.find((r) => r.id === regionId);

  const policies = usePolicies(regionId);
  const companyPolicies = usePolicies();
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>();
  const ruleMap = useMemo(() => ruleIndex(rules.data), [rules.data]);

  const canOverride =
    region !== undefined &&
    overrideScope !== undefined &&
    (overrideScope === 'all' ||
      (me.data !== undefined && isWithin(units.data ?? [], region.id, me.data.unit.id)));
  const pendingCount = pending.data?.length ?? 0;

  return (
    <Card title={t('nav.policies')}>
      <Tabs
        items={[
          {
            key: 'values',
            label: t('policies.tabs.values'),
            children: (
              <PolicyValues
                policies={policies.data}
                loading={policies.isPending}
                fetching={policies.isFetching}
                error={policies.error}
                onRetry={() => void policies.refetch()}
                rules={ruleMap}
                chapterTitles={
                  new Map((rules.data ?? []).map((c) => [c.id, localized(c.title, i18n.language)]))
                }
                region={region}
                companyPolicies={companyPolicies.data}
                toolbar={
                  <Space wrap>
                    <span>{t('policies.region')}</span>
                    <Select<string>
                      style={{ width: 220 }}
                      value={regionId ?? ''}
                      loading={units.isPending}
                      onChange={(value) => setChosen(value === '' ? null : value)}
                      options={[
                        { value: '', label: t('policies.companyWide') },
                        ...regions.map((r) => ({ value: r.id, label: r.name })),
                      ]}
                      data-testid="policy-region"
                    />
                    <Tooltip title={t('policies.regionHint')}>
                      <Typography.Text type="secondary">ⓘ</Typography.Text>
                    </Tooltip>
                    <Input.Search
                      allowClear
                      placeholder={t('policies.search')}
                      style={{ width: 260 }}
                      onChange={(e) => setSearch(e.target.value)}
                    />
                  </Space>
                }
                search={search}
                canEdit={(p) => mayEditPolicy(p, abilities.data)}
                canOverride={canOverride}
                onOpen={(kind, policy) => setDialog({ kind, policy })}
              />
            ),
          },
          {
            key: 'filings',
            label: (
              <Space size={6}>
                {t('policies.tabs.filings')}
                {pendingCount > 0 && <Badge count={pendingCount} size="small" />}
              </Space>
            ),
            children: <PolicyFilings policies={companyPolicies.data} />,
          },
        ]}
      />
      <PolicyEditModal
        policy={dialog?.kind === 'edit' ? companyPolicy(companyPolicies.data, dialog.policy) : undefined}
        onClose={() => setDialog(undefined)}
      />
      <PolicyEditModal
        policy={dialog?.kind === 'override' ? dialog.policy : undefined}
        region={region && { id: region.id, name: region.name }}
        onClose={() => setDialog(undefined)}
      />
      <PolicyHistoryDrawer
        policy={dialog?.kind === 'history' ? dialog.policy : undefined}
        rules={ruleMap}
        onClose={() => setDialog(undefined)}
      />
    </Card>
  );
}

/** The company-wide edit starts from the company value even when a region is shown. */
function companyPolicy(company: TPolicy[] | undefined, policy: TPolicy): TPolicy {
  return company?.find((p) => p.id === policy.id) ?? policy;
}

interface ValuesProps {
  policies: TPolicy[] | undefined;
  loading: boolean;
  fetching: boolean;
  error: unknown;
  onRetry: () => void;
  rules: Map<string, RuleEntry>;
  chapterTitles: Map<string, string>;
  region: { id: string; name: string } | undefined;
  companyPolicies: TPolicy[] | undefined;
  toolbar: React.ReactNode;
  search: string;
  /** ORG-7: business policies for the director, system settings for the administrator. */
  canEdit: (policy: TPolicy) => boolean;
  canOverride: boolean;
  onOpen: (kind: Dialog['kind'], policy: TPolicy) => void;
}

function matches(policy: TPolicy, text: string): boolean {
  if (!text) return true;
  const needle = text.trim().toLowerCase();
  return [policy.id, policy.label['zh-CN'], policy.label.en, ...policy.ruleIds].some((s) =>
    s.toLowerCase().includes(needle),
  );
}

function PolicyValues(props: ValuesProps) {
  const { t, i18n } = useTranslation();
  const { policies, region, rules } = props;
  const roles = usePolicyRoles();
  const now = new Date().toISOString();
  const shown = (policies ?? []).filter((p) => matches(p, props.search));
  const chapters = sortChapters(shown.map((p) => p.chapter));
  const companyValue = new Map((props.companyPolicies ?? []).map((p) => [p.id, p.value]));

  const columns = [
    {
      key: 'label',
      title: t('policies.label'),
      width: 380,
      render: (_: unknown, p: TPolicy) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{localized(p.label, i18n.language)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {localized(p.description, i18n.language)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'value',
      title: region ? t('policies.valueInRegion', { region: region.name }) : t('policies.value'),
      render: (_: unknown, p: TPolicy) => {
        const { inForce, scheduled } = region ? regionOverride(p.overrides, region.id, now) : {};
        return (
          <Space size={4} wrap>
            <Typography.Text strong data-testid={`value-${p.id}`}>
              {formatPolicyValue(p.value, p.unit, t, { roles: roles.data, choices: p.chainChoices })}
            </Typography.Text>
            {region && inForce && (
              <Tooltip
                title={t('policies.overriddenTip', {
                  region: region.name,
                  from: formatDateTime(inForce.effectiveFrom),
                  company: formatPolicyValue(companyValue.get(p.id), p.unit, t, {
                    roles: roles.data,
                    choices: p.chainChoices,
                  }),
                })}
              >
                <Tag color="orange">{t('policies.overridden')}</Tag>
              </Tooltip>
            )}
            {region && scheduled && (
              <Tooltip
                title={t('policies.scheduledOverrideTip', {
                  region: region.name,
                  value: formatPolicyValue(scheduled.value, p.unit, t, {
                    roles: roles.data,
                    choices: p.chainChoices,
                  }),
                  from: formatDateTime(scheduled.effectiveFrom),
                })}
              >
                <Tag color="blue">{t('policies.scheduledOverride')}</Tag>
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      key: 'default',
      title: t('policies.default'),
      render: (_: unknown, p: TPolicy) => (
        <Typography.Text type="secondary">
          {formatPolicyValue(p.default, p.unit, t, { roles: roles.data, choices: p.chainChoices })}
        </Typography.Text>
      ),
    },
    {
      key: 'ruleIds',
      title: t('policies.ruleIds'),
      render: (_: unknown, p: TPolicy) => (
        <Space size={[0, 4]} wrap>
          {p.ruleIds.map((id) => (
            <RuleTag key={id} id={id} rule={rules.get(id)} />
          ))}
        </Space>
      ),
    },
    {
      key: 'kind',
      title: t('policies.kind.title'),
      render: (_: unknown, p: TPolicy) => <PolicyKindTag policy={p} />,
    },
    {
      key: 'actions',
      title: t('policies.actions'),
      render: (_: unknown, p: TPolicy) => (
        <Space size={0} wrap={false}>
          {props.canEdit(p) && (
            <Tooltip title={region ? t('policies.editCompanyTip') : undefined}>
              <Button type="link" size="small" onClick={() => props.onOpen('edit', p)}>
                {t('policies.edit')}
              </Button>
            </Tooltip>
          )}
          {props.canOverride && (!p.systemOnly || props.canEdit(p)) && (
            <Button type="link" size="small" onClick={() => props.onOpen('override', p)}>
              {t('policies.override')}
            </Button>
          )}
          <Button type="link" size="small" onClick={() => props.onOpen('history', p)}>
            {t('policies.historyAction')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div style={{ marginBottom: 16 }}>{props.toolbar}</div>
      <ErrorAlert error={props.error} onRetry={props.onRetry} />
      {props.loading && !props.error ? (
        <Skeleton active />
      ) : chapters.length === 0 ? (
        props.error ? null : (
          <Empty description={t('policies.noPolicies')} />
        )
      ) : (
        <Collapse
          key={chapters.join()}
          defaultActiveKey={chapters}
          data-testid="policy-chapters"
          items={chapters.map((chapter) => {
            const items = shown.filter((p) => p.chapter === chapter);
            return {
              key: chapter,
              label: (
                <Space>
                  <Tag>{chapter}</Tag>
                  <Typography.Text strong>
                    {t(`policies.chapters.${chapter}`, {
                      defaultValue: props.chapterTitles.get(chapter) ?? chapter,
                    })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('policies.count', { count: items.length })}
                  </Typography.Text>
                </Space>
              ),
              children: (
                <Table<TPolicy>
                  rowKey="id"
                  size="middle"
                  pagination={false}
                  loading={props.fetching}
                  dataSource={items}
                  columns={columns}
                  data-testid={`policy-table-${chapter}`}
                />
              ),
            };
          })}
        />
      )}
    </>
  );
}
