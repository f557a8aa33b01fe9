import type { TUserRef } from '@xiaoguan/server/api';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserPage } from '../api/hooks/users';
import { useDebounced } from './use-debounced';

interface Props extends Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'> {
  /** The currently chosen user, so the select can show a name before any search. */
  initial?: TUserRef | null;
  /** Leave this user out (a user cannot be their own superior). */
  excludeId?: string;
}

const label = (u: TUserRef) => `${u.displayName} (${u.username})`;

/** Pick an active user by name or username; searches the server as you type. */
export function UserSelect({ initial, excludeId, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const users = useUserPage({ q: q || undefined, status: 'active', pageSize: 20, sort: 'displayName' });
  const found = (users.data?.items ?? []).filter((u) => u.id !== excludeId);
  const options = found.map((u) => ({ value: u.id, label: label(u) }));
  if (initial && !found.some((u) => u.id === initial.id))
    options.unshift({ value: initial.id, label: label(initial) });
  return (
    <Select<string>
      allowClear
      placeholder={t('common.searchUser')}
      notFoundContent={users.isFetching ? t('common.loading') : t('common.noMatch')}
      style={{ minWidth: 200 }}
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={users.isFetching}
      options={options}
    />
  );
}
