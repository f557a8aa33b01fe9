import { TreeSelect, type TreeSelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/hooks/units';
import { buildUnitTree } from './unit-tree';

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'loading'>;

/** Pick a unit from the organisation tree (form control: value is the unit id). */
export function UnitTreeSelect(props: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <TreeSelect<string>
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      allowClear
      placeholder={t('common.selectUnit')}
      popupMatchSelectWidth={false}
      style={{ minWidth: 200 }}
      {...props}
      loading={units.isPending}
      treeData={buildUnitTree(units.data ?? [])}
    />
  );
}
