import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductPage } from '../../api/hooks/products';
import type { TProduct } from '../../api/types';
import { formatYuan } from '../../components/format';
import { useDebounced } from '../../components/use-debounced';

/** Pick an active product, searching the catalogue on the server by code, name or specification. */
export function ProductPicker({
  value,
  label,
  onPick,
}: {
  value?: string;
  label?: string;
  onPick: (p: TProduct) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useProductPage({
    q: q || undefined,
    status: 'active',
    pageSize: 20,
    sort: 'code',
    order: 'asc',
  });
  const items = found.data?.items ?? [];
  const options = items.map((p) => ({
    value: p.id,
    label: `${p.code} ${p.name} · ${formatYuan(BigInt(p.listPriceFen))}/${p.unit}`,
  }));
  if (value && label && !items.some((p) => p.id === value)) options.unshift({ value, label });
  return (
    <Select<string>
      value={value}
      style={{ width: 300 }}
      placeholder={t('quotes.lines.pickProduct')}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.noMatch')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      options={options}
      onChange={(id) => {
        const p = items.find((i) => i.id === id);
        if (p) onPick(p);
      }}
      data-testid="quote-product-picker"
    />
  );
}
