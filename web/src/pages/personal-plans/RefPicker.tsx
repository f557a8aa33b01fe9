import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFenText } from '../../components/format';
import { useDebounced } from '../../components/use-debounced';
import { enumLabel } from '../../i18n/labels';
import { type TItemRef, usePlanChoices } from './hooks';

interface Props extends Omit<SelectProps<string>, 'options' | 'onSearch'> {
  kind: 'customer' | 'opportunity';
  /** The item's current customer or opportunity (shown before any search). */
  initial: TItemRef | null;
  onPicked?: (ref: TItemRef | null) => void;
}

/** The words of a choice: the name; an opportunity's customer, stage and amount too. */
export function useRefLabel() {
  const { t } = useTranslation();
  return (r: TItemRef) =>
    r.customerName
      ? `${r.name}（${r.customerName} · ${r.stage ? enumLabel(t, 'stage', r.stage) : ''} · ${formatFenText(r.amountFen)}）`
      : r.name;
}

/** PLAN-4: picks one of the rep's own customers or open opportunities, searched on the server. */
export function RefPicker({ kind, initial, onPicked, ...props }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const choices = usePlanChoices(kind, search);
  const label = useRefLabel();
  const found = choices.data?.items ?? [];
  const all = initial && !found.some((c) => c.id === initial.id) ? [initial, ...found] : found;
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      loading={choices.isFetching}
      placeholder={t(
        kind === 'customer' ? 'personalPlans.item.pickCustomer' : 'personalPlans.item.pickOpportunity',
      )}
      notFoundContent={choices.isFetching ? t('common.loading') : t('common.noMatch')}
      options={all.map((c) => ({ value: c.id, label: label(c) }))}
      {...props}
      onChange={(value, option) => {
        props.onChange?.(value, option);
        onPicked?.(all.find((c) => c.id === value) ?? null);
      }}
    />
  );
}
