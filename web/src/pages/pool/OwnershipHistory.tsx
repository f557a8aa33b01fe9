import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOwnershipLog } from '../../api/hooks/pool';
import type { TOwnershipChange, TOwnershipLogEntry, TUserRef } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';

const changeColors: Record<TOwnershipChange, string> = {
  create: 'default',
  import: 'default',
  claim: 'green',
  release: 'orange',
  auto_release: 'red',
  reassign: 'blue',
};

function Person({ user, empty }: { user: TUserRef | null; empty: string }) {
  return user ? <span>{user.displayName}</span> : <Typography.Text type="secondary">{empty}</Typography.Text>;
}

/** The customer's changes of owner, newest first (for the team tab). */
export function OwnershipHistory({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const table = useServerTable({ pageSize: 10 });
  const log = useOwnershipLog(customerId, table.params);
  return (
    <PagedTable<TOwnershipLogEntry, Record<string, never>, string>
      query={log}
      table={table}
      size="small"
      data-testid="ownership-history"
      locale={{ emptyText: t('pool.history.empty') }}
      columns={[
        { key: 'at', title: t('pool.history.at'), render: (_, r) => formatDateTime(r.at) },
        {
          key: 'change',
          title: t('pool.history.change'),
          render: (_, r) => <Tag color={changeColors[r.change]}>{t(`pool.history.changes.${r.change}`)}</Tag>,
        },
        {
          key: 'from',
          title: t('pool.history.from'),
          render: (_, r) =>
            // A new or imported customer had no owner before, which is not the pool.
            r.change === 'create' || r.change === 'import' ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              <Person user={r.from} empty={t('pool.history.pool')} />
            ),
        },
        {
          key: 'to',
          title: t('pool.history.to'),
          render: (_, r) => <Person user={r.to} empty={t('pool.history.pool')} />,
        },
        { key: 'reason', title: t('pool.history.reason'), render: (_, r) => r.reason ?? '—' },
        {
          key: 'actor',
          title: t('pool.history.actor'),
          render: (_, r) => <Person user={r.actor} empty={t('pool.history.system')} />,
        },
      ]}
    />
  );
}
