import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractPage } from '../../api/hooks/contracts';
import { useCustomer } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TContractItem } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { ContractFormModal } from './ContractFormModal';
import { type ContractSort, useContractColumns } from './contract-columns';

/** The 合同 tab of a customer page (Q2C-5): the customer's contracts in my scope; a new one preset to it. */
export function CustomerContracts({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const customer = useCustomer(customerId);
  const table = useServerTable<{ customerId: string }, ContractSort>({ filters: { customerId } });
  const page = useContractPage({ ...table.params, customerId });
  const columns = useContractColumns({ showCustomer: false });
  const [creating, setCreating] = useState(false);
  const preset = customer.data ? { id: customer.data.id, name: customer.data.name } : undefined;
  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          {page.data && page.data.total === 0 ? t('contracts.customerTab.empty') : null}
        </Typography.Text>
        {can('contract:write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!preset}
            onClick={() => setCreating(true)}
            data-testid="customer-contract-create"
          >
            {t('contracts.create')}
          </Button>
        )}
      </Space>
      <PagedTable<TContractItem, { customerId: string }, ContractSort>
        query={page}
        table={table}
        columns={columns}
        data-testid="customer-contract-table"
      />
      <ContractFormModal open={creating} customer={preset} onClose={() => setCreating(false)} />
    </>
  );
}
