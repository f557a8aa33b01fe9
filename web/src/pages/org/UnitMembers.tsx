import { Checkbox } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserPage } from '../../api/hooks/users';
import type { TUserListItem, TUserListQuery } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { UserDetailDrawer } from '../../components/UserDetailDrawer';
import { useServerTable } from '../../components/use-server-table';
import { useUserColumns } from '../../components/user-columns';

type Sort = NonNullable<TUserListQuery['sort']>;

/** The people of one unit (and, optionally, of the units below it). */
export function UnitMembers({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [tree, setTree] = useState(false);
  const table = useServerTable<{ unitTree: 'true' | 'false' }, Sort>({ filters: { unitTree: 'false' } });
  const users = useUserPage({ ...table.params, unitId });
  const [detailId, setDetailId] = useState<string>();
  const columns = useUserColumns((user) => setDetailId(user.id)).filter((c) => c.key !== 'unit' || tree);
  return (
    <>
      <Checkbox
        checked={tree}
        style={{ marginBottom: 12 }}
        onChange={(e) => {
          setTree(e.target.checked);
          table.setFilters({ unitTree: e.target.checked ? 'true' : 'false' });
        }}
      >
        {t('unit.includeSubunits')}
      </Checkbox>
      <PagedTable<TUserListItem, { unitTree: 'true' | 'false' }, Sort>
        query={users}
        table={table}
        columns={columns}
        data-testid="unit-members"
      />
      <UserDetailDrawer userId={detailId} onClose={() => setDetailId(undefined)} />
    </>
  );
}
