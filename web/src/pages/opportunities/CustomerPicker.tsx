import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerChoices } from '../../api/hooks/opportunities';
import { useDebounced } from '../../components/use-debounced';

interface Props extends Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'> {
  /** A customer to show before any search (editing, or preset from the customer page). */
  initial?: { id: string; name: string } | null;
}

/** Pick one of the customers I may see, searching the server by name as I type. */
export function CustomerPicker({ initial, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const choices = useCustomerChoices(q, !props.disabled);
  const found = choices.data ?? [];
  const options = found.map((c) => ({ value: c.id, label: c.name }));
  if (initial && !found.some((c) => c.id === initial.id))
    options.unshift({ value: initial.id, label: initial.name });
  return (
    <Select<string>
      placeholder={t('opportunities.customerSearch')}
      notFoundContent={choices.isFetching ? t('common.loading') : t('common.noMatch')}
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={choices.isFetching}
      options={options}
    />
  );
}
