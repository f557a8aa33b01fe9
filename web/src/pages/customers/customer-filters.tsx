import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../api/hooks/me';
import type { TCustomerQuery } from '../../api/types';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { customerSources, customerTypes } from './customer-options';

export type CustomerView = NonNullable<TCustomerQuery['view']>;
export const customerViews: CustomerView[] = ['all', 'mine', 'subordinates', 'collaborating'];
export type CustomerFilters = Pick<
  TCustomerQuery,
  'q' | 'type' | 'level' | 'source' | 'industry' | 'ownerId' | 'unitId' | 'tag'
>;

export function isCustomerView(value: string | null): value is CustomerView {
  return customerViews.includes(value as CustomerView);
}

/** The saved view (?view=), kept in the address so Back returns to it. */
export function useCustomerView(): [CustomerView, (next: CustomerView) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('view');
  const view: CustomerView = isCustomerView(raw) ? raw : 'all';
  const setView = (next: CustomerView) =>
    setParams((p) => {
      const out = new URLSearchParams(p);
      if (next === 'all') out.delete('view');
      else out.set('view', next);
      return out;
    });
  return [view, setView];
}

/**
 * CUS-3: the customer list's filters (kind, level, source, industry, owner, unit, tag) as form
 * items: in a row above the desktop table, one under another (`block`) in a phone's drawer.
 */
export function CustomerFilterFields({
  view,
  levels,
  block = false,
}: {
  view: CustomerView;
  levels: string[];
  block?: boolean;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const width = (px: number) => ({ width: block ? '100%' : px });
  return (
    <>
      <Form.Item name="type">
        <Select
          allowClear
          placeholder={t('customers.fields.type')}
          style={width(130)}
          options={customerTypes.map((v) => ({ value: v, label: t(`customers.types.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="level">
        <Select
          allowClear
          placeholder={t('customers.fields.level')}
          style={width(110)}
          options={levels.map((v) => ({ value: v, label: v }))}
        />
      </Form.Item>
      <Form.Item name="source">
        <Select
          allowClear
          placeholder={t('customers.fields.source')}
          style={width(130)}
          options={customerSources.map((v) => ({ value: v, label: t(`customers.sources.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="industry">
        <Input placeholder={t('customers.fields.industry')} allowClear style={width(130)} />
      </Form.Item>
      {view !== 'mine' && (
        <Form.Item name="ownerId">
          <UserSelect placeholder={t('customers.fields.owner')} style={width(180)} />
        </Form.Item>
      )}
      {can('unit:read') && (
        <Form.Item name="unitId">
          <UnitTreeSelect style={block ? { width: '100%' } : undefined} />
        </Form.Item>
      )}
      <Form.Item name="tag">
        <Input placeholder={t('customers.fields.tag')} allowClear style={width(120)} />
      </Form.Item>
    </>
  );
}
