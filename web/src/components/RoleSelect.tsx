import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoles } from '../api/hooks/roles';
import { roleName } from './format';

type Props = Omit<SelectProps<string | string[]>, 'options' | 'loading'>;

/** Pick one or more roles (value: role ids). */
export function RoleSelect(props: Props) {
  const { t, i18n } = useTranslation();
  const roles = useRoles();
  return (
    <Select<string | string[]>
      allowClear
      placeholder={t('common.selectRole')}
      style={{ minWidth: 160 }}
      showSearch={{ optionFilterProp: 'label' }}
      {...props}
      loading={roles.isPending}
      options={(roles.data ?? []).map((r) => ({ value: r.id, label: roleName(r, i18n.language) }))}
    />
  );
}
