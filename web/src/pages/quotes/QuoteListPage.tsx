import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useMe } from '../../api/hooks/me';
import { useQuotePage } from '../../api/hooks/quotes';
import type { TQuoteListQuery, TQuoteSummary } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { QuoteCreateModal } from './QuoteCreateModal';
import { quoteStatuses } from './QuoteStatusTag';
import { type QuoteSort, quoteColumns } from './quote-columns';

type Filters = Pick<TQuoteListQuery, 'q' | 'status' | 'ownerId'>;

/** Q2C-3: the quotes in my scope, filtered, sorted and paged by the server. */
export function QuoteListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const table = useServerTable<Filters, QuoteSort>();
  const page = useQuotePage(table.params);
  const [creating, setCreating] = useState(false);
  const seesOthers = (me.data?.permissions['quote:read'] ?? 'own') !== 'own';
  return (
    <Card title={t('quotes.nav.quoteListPage')}>
      <SearchForm<Filters>
        onSearch={(v) =>
          table.setFilters({ q: v.q || undefined, status: v.status, ownerId: v.ownerId || undefined })
        }
        extra={
          can('quote:write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="quote-create"
            >
              {t('quotes.actions.create')}
            </Button>
          )
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('quotes.filters.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('quotes.fields.status')}
            style={{ width: 140 }}
            options={quoteStatuses.map((s) => ({ value: s, label: t(`quotes.status.${s}`) }))}
          />
        </Form.Item>
        {seesOthers && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('quotes.fields.owner')} />
          </Form.Item>
        )}
      </SearchForm>
      <PagedTable<TQuoteSummary, Filters, QuoteSort>
        query={page}
        table={table}
        columns={quoteColumns(t)}
        data-testid="quote-table"
      />
      <QuoteCreateModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
