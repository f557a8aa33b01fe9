import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/**
 * The filters a link from elsewhere (a figure of the 工作台, a notice) put in a list page's URL,
 * read for the keys the list knows; values repeated in the URL become arrays for `many` keys.
 */
export function useDrillFilters<K extends string>(keys: readonly K[], many: readonly K[] = []) {
  const [params, setParams] = useSearchParams();
  const filters: Partial<Record<K, string | string[]>> = {};
  for (const key of keys) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length === 0) continue;
    filters[key] = many.includes(key) ? values : values[0];
  }
  const clear = () => {
    const next = new URLSearchParams(params);
    for (const key of [...keys, 'drillLabel']) next.delete(key);
    setParams(next);
  };
  return { filters, active: Object.keys(filters).length > 0, label: params.get('drillLabel'), clear };
}

/** Says the list is narrowed by the link it was opened from; closing it shows the whole list again. */
export function DrillTag({
  label,
  onClear,
  testId,
}: {
  label: string | null;
  onClear: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 12 }} data-testid={testId}>
      <Tag closable color="blue" onClose={onClear}>
        {t('workbench.drill', { label: label ?? t('workbench.drillDefault') })}
      </Tag>
    </div>
  );
}
