import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types';
import { ErrorAlert } from './ErrorAlert';
import type { ServerTable } from './use-server-table';

interface Props<T, F extends object, S extends string>
  extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onChange' | 'loading'> {
  query: UseQueryResult<Page<T>>;
  table: ServerTable<F, S>;
}

/** A table over one paged list query: loading, empty and error states, server paging and sorting. */
export function PagedTable<T extends object, F extends object, S extends string>({
  query,
  table,
  ...rest
}: Props<T, F, S>) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<T>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        {...rest}
        loading={query.isFetching}
        dataSource={query.data?.items}
        pagination={{
          ...table.pagination(query.data?.total),
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(pagination, filters, sorter) => table.onChange(pagination, filters, sorter)}
      />
    </>
  );
}
