import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Flex, Pagination, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../api/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { totalLabel } from '../../../components/PagedTable';
import type { ServerTable } from '../../../components/use-server-table';

/**
 * A server-paged list as cards, for phones (one column, no horizontal scroll): the same query and
 * paging as the desktop table, with its loading, empty and error states.
 */
export function PagedCards<T extends { id: string }, F extends object, S extends string>({
  query,
  table,
  render,
  empty,
  testId,
}: {
  query: UseQueryResult<Page<T>>;
  table: ServerTable<F, S>;
  render: (item: T) => ReactNode;
  empty: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const data = query.data;
  const pagination = table.pagination(data?.total);
  return (
    <Spin spinning={query.isFetching}>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Flex vertical gap={12} data-testid={testId}>
        {data && data.items.length === 0 && <Empty description={empty} />}
        {data?.items.map((item) => (
          <div key={item.id}>{render(item)}</div>
        ))}
        {data && data.total > (pagination.pageSize ?? 20) && (
          <Pagination
            simple
            align="center"
            current={pagination.current}
            pageSize={pagination.pageSize}
            total={data.total}
            showTotal={(total) => totalLabel(t, total, data.totalCapped)}
            onChange={(page, pageSize) => table.onChange({ current: page, pageSize }, {}, [])}
          />
        )}
      </Flex>
    </Spin>
  );
}
