import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserPage } from '../api/hooks/users';
import type { TUserRef } from '../api/types';
import { useDebounced } from './use-debounced';

export interface UserSelectProps extends Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'> {
  /** The currently chosen user, so the select can show a name before any search. */
  initial?: TUserRef | null;
  /** Leave this user out (a user cannot be their own superior). */
  excludeId?: string;
}

interface PersonSearch {
  data?: { items: TUserRef[] };
  isFetching: boolean;
}

const label = (u: TUserRef) => `${u.displayName} (${u.username})`;

/**
 * A person picker over any search: the caller runs the query for the typed text (debounced)
 * and passes its result. `UserSelect` searches the user list; a screen whose users may not
 * list people (a rep picking a customer's team) passes a narrower search of its own.
 */
export function PersonSelect({
  initial,
  excludeId,
  found: result,
  onSearch,
  ...props
}: UserSelectProps & { found: PersonSearch; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const found = (result.data?.items ?? []).filter((u) => u.id !== excludeId);
  const options = found.map((u) => ({ value: u.id, label: label(u) }));
  if (initial && !found.some((u) => u.id === initial.id))
    options.unshift({ value: initial.id, label: label(initial) });
  return (
    <Select<string>
      allowClear
      placeholder={t('common.searchUser')}
      notFoundContent={result.isFetching ? t('common.loading') : t('common.noMatch')}
      style={{ minWidth: 200 }}
      {...props}
      showSearch={{ filterOption: false, onSearch }}
      loading={result.isFetching}
      options={options}
    />
  );
}

/** The typed search text, debounced for the server. */
export function usePersonSearchText(): [string, (text: string) => void] {
  const [search, setSearch] = useState('');
  return [useDebounced(search.trim(), 300), setSearch];
}

/** Pick an active user by name or username; searches the user list as you type. */
export function UserSelect(props: UserSelectProps) {
  const [q, setSearch] = usePersonSearchText();
  const users = useUserPage({ q: q || undefined, status: 'active', pageSize: 20, sort: 'displayName' });
  return <PersonSelect {...props} found={users} onSearch={setSearch} />;
}
