import { Checkbox, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Scope, TGrant, TPermissionDef } from '../../api/types';
import { localized } from '../../components/format';

const scopes: Scope[] = ['own', 'subordinates', 'unit', 'unit_tree', 'all'];

interface Props {
  defs: TPermissionDef[];
  value?: TGrant[];
  onChange?: (value: TGrant[]) => void;
  disabled?: boolean;
}

/**
 * One row per permission of the catalogue: held or not, and for permissions on records that
 * belong to someone, the data scope (ORG-5). A new grant starts at the narrowest scope.
 */
export function PermissionGrantsInput({ defs, value = [], onChange, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const granted = new Map(value.map((g) => [g.permission, g.scope]));

  function set(def: TPermissionDef, scope: Scope | null) {
    const rest = value.filter((g) => g.permission !== def.code);
    onChange?.(scope ? [...rest, { permission: def.code, scope }] : rest);
  }

  return (
    <Table<TPermissionDef>
      rowKey="code"
      size="small"
      pagination={false}
      scroll={{ y: 360 }}
      dataSource={defs}
      data-testid="permission-grants"
      columns={[
        {
          key: 'held',
          width: 48,
          render: (_, def) => (
            <Checkbox
              checked={granted.has(def.code)}
              disabled={disabled}
              aria-label={def.code}
              onChange={(e) => set(def, e.target.checked ? (def.scoped ? 'own' : 'all') : null)}
            />
          ),
        },
        {
          key: 'permission',
          title: t('role.permission'),
          render: (_, def) => (
            <>
              {localized(def.label, i18n.language)}{' '}
              <Typography.Text type="secondary" code>
                {def.code}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'scope',
          title: t('role.scope'),
          width: 180,
          render: (_, def) =>
            def.scoped ? (
              <Select<Scope>
                size="small"
                style={{ width: 160 }}
                disabled={disabled || !granted.has(def.code)}
                value={granted.get(def.code)}
                placeholder="—"
                onChange={(scope) => set(def, scope)}
                options={scopes.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
              />
            ) : (
              <Typography.Text type="secondary">{t('role.unscoped')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
