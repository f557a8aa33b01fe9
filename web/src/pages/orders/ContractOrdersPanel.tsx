import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useContractForOrders, useOrderPage } from '../../api/hooks/orders';
import type { TOrderListItem } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { OrderCreateModal } from './OrderCreateModal';
import { type OrderSort, useOrderColumns } from './order-columns';

/** The orders of one contract and "create order" (Q2C-10). Mounted on the contract page. */
export function ContractOrdersPanel({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const contract = useContractForOrders(contractId);
  const table = useServerTable<{ contractId: string }, OrderSort>({ filters: { contractId } });
  const page = useOrderPage({ ...table.params, contractId });
  const columns = useOrderColumns({ showCustomer: false, showContract: false });
  const [creating, setCreating] = useState(false);
  const c = contract.data;
  const orderable = c?.kind === 'main' && c.status === 'signed';
  return (
    <Card
      size="small"
      title={t('orders.contractPanel.title')}
      data-testid="contract-orders"
      extra={
        can('order:write') &&
        orderable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="contract-order-create"
          >
            {t('orders.create.button')}
          </Button>
        )
      }
    >
      <PagedTable<TOrderListItem, { contractId: string }, OrderSort>
        query={page}
        table={table}
        columns={columns}
      />
      {c && creating && (
        <OrderCreateModal
          contract={{ id: c.id, number: c.number, quoteId: c.quoteId }}
          open={creating}
          onClose={() => setCreating(false)}
        />
      )}
    </Card>
  );
}
