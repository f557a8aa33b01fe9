import { Select, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPolicy, TPolicyRole } from '../../api/types';
import { localized } from '../../components/format';

/** ORG-7: what the server says the person may do in the policy centre. */
export interface PolicyAbilities {
  editBusiness: boolean;
  editSystem: boolean;
  acknowledge: boolean;
}

/** ORG-7: business policies are the sales director's; system settings the administrator's. */
export function mayEditPolicy(policy: TPolicy, can: PolicyAbilities | undefined): boolean {
  if (!can) return false;
  return policy.systemOnly ? can.editSystem : can.editBusiness;
}

/** ORG-7: 业务制度 or 系统参数, with who sets it. */
export function PolicyKindTag({ policy }: { policy: TPolicy }) {
  const { t } = useTranslation();
  const kind = policy.systemOnly ? 'system' : 'business';
  return (
    <Tooltip title={t(`policies.kind.${kind}Tip`)}>
      <Tag color={policy.systemOnly ? 'volcano' : 'blue'} data-testid={`policy-kind-${policy.id}`}>
        {t(`policies.kind.${kind}`)}
      </Tag>
    </Tooltip>
  );
}

/** ORG-7: a list of roles (who receives the regions' filings), picked by name. */
export function PolicyRolesSelect({
  roles,
  ...field
}: {
  roles: TPolicyRole[];
  value?: string[];
  onChange?: (v: string[]) => void;
}) {
  const { i18n } = useTranslation();
  return (
    <Select<string[]>
      {...field}
      mode="multiple"
      style={{ width: '100%' }}
      options={roles.map((r) => ({ value: r.code, label: localized(r.name, i18n.language) }))}
      optionFilterProp="label"
    />
  );
}
