import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Table, type TableProps, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types';
import { ErrorAlert } from './ErrorAlert';
import type { ServerTable } from './use-server-table';

interface Props<T, F extends object, S extends string>
  extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onChange' | 'loading'> {
  query: UseQueryResult<Page<T>>;
  table: ServerTable<F, S>;
}

/** 10000 → "10,000" (the same digits in both languages). */
const grouped = (n: number) => n.toLocaleString('en-US');

/** "共 120 条", or "共 10,000+ 条" when the server's count stopped at its cap. */
export function totalLabel(t: TFunction, total: number, capped: boolean | undefined): string {
  return capped ? t('common.totalCapped', { shown: grouped(total) }) : t('common.total', { count: total });
}

/**
 * A table over one paged list query: loading, empty and error states, server paging and sorting.
 * The server counts up to 10,000 rows (a text search on a list with cursors up to 1,000); beyond,
 * the total reads "10,000+" (or "1,000+") and, past the last numbered page, the list goes on with
 * 上一页/下一页 by the cursor the server gives.
 */
export function PagedTable<T extends object, F extends object, S extends string>({
  query,
  table,
  ...rest
}: Props<T, F, S>) {
  const { t } = useTranslation();
  const data = query.data;
  const capped = data?.totalCapped === true;
  const nextCursor = data?.nextCursor ?? null;
  const totalText = (total: number) => totalLabel(t, total, capped);
  const byCursor = table.beyond > 0;
  const atLastNumbered = capped && table.params.page * table.params.pageSize >= (data?.total ?? 0);
  const cursorPager = byCursor || (atLastNumbered && nextCursor !== null);
  return (
    <>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<T>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        {...rest}
        loading={query.isFetching}
        dataSource={data?.items}
        pagination={byCursor ? false : { ...table.pagination(data?.total), showTotal: totalText }}
        onChange={(pagination, filters, sorter) => table.onChange(pagination, filters, sorter)}
      />
      {cursorPager && (
        <nav
          data-testid="cursor-pager"
          style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 8, marginTop: 16 }}
        >
          <Typography.Text type="secondary">
            {byCursor
              ? totalText(data?.total ?? 0)
              : t('common.pagesBeyond', { shown: grouped(data?.total ?? 0) })}
          </Typography.Text>
          {byCursor && (
            <Button icon={<LeftOutlined />} onClick={table.previousPage} disabled={query.isFetching}>
              {t('common.prevPage')}
            </Button>
          )}
          <Button
            icon={<RightOutlined />}
            iconPosition="end"
            disabled={nextCursor === null || query.isFetching}
            onClick={() => nextCursor && table.nextPage(nextCursor)}
          >
            {t('common.nextPage')}
          </Button>
        </nav>
      )}
    </>
  );
}
