import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedContractChoices } from '../../api/hooks/orders';
import { formatFenText } from '../../components/format';
import { useDebounced } from '../../components/use-debounced';

interface Props extends Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'> {
  /** Only this customer's contracts. */
  customerId?: string;
}

/** Pick one of the signed main contracts I may see (orders and returns start from one), searching as I type. */
export function ContractPicker({ customerId, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const choices = useSignedContractChoices(q, !props.disabled, customerId);
  return (
    <Select<string>
      placeholder={t('orders.contractSearch')}
      notFoundContent={choices.isFetching ? t('common.loading') : t('common.noMatch')}
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={choices.isFetching}
      options={(choices.data ?? []).map((c) => ({
        value: c.id,
        label: `${c.number} · ${c.customer.name} · ${formatFenText(c.amountFen)}`,
      }))}
      data-testid="contract-picker"
    />
  );
}
