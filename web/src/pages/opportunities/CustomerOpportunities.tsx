import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomer } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import { useOpportunityPage } from '../../api/hooks/opportunities';
import type { TOpportunity } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { OpportunityDrawer } from './OpportunityDrawer';
import { OpportunityFormModal } from './OpportunityFormModal';
import { type OpportunitySort, useOpportunityColumns } from './opportunity-columns';
import { useStageMover } from './use-stage-mover';

/**
 * The 商机 tab of a customer page (CUS-8): the customer's opportunities in my scope, a new one
 * preset to this customer, edits and stage moves.
 */
export function CustomerOpportunities({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const customer = useCustomer(customerId);
  const table = useServerTable<{ customerId: string }, OpportunitySort>({ filters: { customerId } });
  const page = useOpportunityPage({ ...table.params, customerId });
  const mover = useStageMover();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<TOpportunity | null>(null);
  const [openId, setOpenId] = useState<string | undefined>();
  const columns = useOpportunityColumns({
    onOpen: setOpenId,
    onEdit: setEditing,
    onMove: mover.request,
    showCustomer: false,
  });
  const preset = customer.data ? { id: customer.data.id, name: customer.data.name } : undefined;
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          {page.data && page.data.total === 0 ? t('opportunities.customerTab.empty') : null}
        </Typography.Text>
        {can('opportunity:write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!preset}
            onClick={() => setCreating(true)}
            data-testid="customer-opportunity-create"
          >
            {t('opportunities.create')}
          </Button>
        )}
      </Space>
      <PagedTable<TOpportunity, { customerId: string }, OpportunitySort>
        query={page}
        table={table}
        columns={columns}
        data-testid="customer-opportunity-table"
      />
      <OpportunityFormModal open={creating} customer={preset} onClose={() => setCreating(false)} />
      <OpportunityFormModal
        open={editing !== null}
        opportunity={editing ?? undefined}
        onClose={() => setEditing(null)}
      />
      <OpportunityDrawer id={openId} onClose={() => setOpenId(undefined)} onEdit={setEditing} />
      {mover.modals}
    </>
  );
}
