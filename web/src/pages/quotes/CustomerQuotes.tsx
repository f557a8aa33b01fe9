import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomer } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import { useQuotePage } from '../../api/hooks/quotes';
import type { TQuoteSummary } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { QuoteCreateModal } from './QuoteCreateModal';
import { type QuoteSort, quoteColumns } from './quote-columns';

/** The 报价 tab of a customer page (Q2C-3): the customer's quotes in my scope and a new one preset to them. */
export function CustomerQuotes({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const customer = useCustomer(customerId);
  const table = useServerTable<{ customerId: string }, QuoteSort>({ filters: { customerId } });
  const page = useQuotePage({ ...table.params, customerId });
  const [creating, setCreating] = useState(false);
  const preset = customer.data ? { id: customer.data.id, name: customer.data.name } : undefined;
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          {page.data && page.data.total === 0 ? t('quotes.customerTab.empty') : null}
        </Typography.Text>
        {can('quote:write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!preset}
            onClick={() => setCreating(true)}
            data-testid="customer-quote-create"
          >
            {t('quotes.actions.create')}
          </Button>
        )}
      </Space>
      <PagedTable<TQuoteSummary, { customerId: string }, QuoteSort>
        query={page}
        table={table}
        columns={quoteColumns(t, { showCustomer: false })}
        data-testid="customer-quote-table"
      />
      <QuoteCreateModal open={creating} onClose={() => setCreating(false)} customer={preset} />
    </>
  );
}
