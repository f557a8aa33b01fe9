import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractPage } from '../../api/hooks/contracts';
import { useCan, useMe } from '../../api/hooks/me';
import type { TContractItem, TContractKind, TContractListQuery, TContractStatus } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { ContractFormModal } from './ContractFormModal';
import { type ContractSort, useContractColumns } from './contract-columns';
import { contractKinds, contractStatuses } from './contract-tags';

type Filters = Pick<TContractListQuery, 'q' | 'kind' | 'status' | 'ownerId' | 'signedFrom' | 'signedTo'>;
interface FormValues {
  q?: string;
  kind?: TContractKind;
  status?: TContractStatus;
  ownerId?: string;
  signed?: [Dayjs | null, Dayjs | null] | null;
}

function toFilters(v: FormValues): Filters {
  const [from, to] = v.signed ?? [null, null];
  return {
    q: v.q || undefined,
    kind: v.kind,
    status: v.status,
    ownerId: v.ownerId || undefined,
    signedFrom: from ? from.format('YYYY-MM-DD') : undefined,
    signedTo: to ? to.format('YYYY-MM-DD') : undefined,
  };
}

/** 合同 (Q2C-5): every contract in my scope, filtered, sorted and paged by the server; new contracts. */
export function ContractListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const table = useServerTable<Filters, ContractSort>();
  const page = useContractPage(table.params);
  const columns = useContractColumns();
  const [creating, setCreating] = useState(false);
  const seesOthers = (me.data?.permissions['contract:read'] ?? 'own') !== 'own';
  return (
    <Card
      title={t('contracts.title')}
      extra={
        can('contract:write') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="contract-create"
          >
            {t('contracts.create')}
          </Button>
        )
      }
    >
      <SearchForm<FormValues> onSearch={(v) => table.setFilters(toFilters(v))}>
        <Form.Item name="q">
          <Input placeholder={t('contracts.filters.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            allowClear
            placeholder={t('contracts.filters.kind')}
            style={{ width: 130 }}
            options={contractKinds.map((k) => ({ value: k, label: t(`contracts.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('contracts.filters.status')}
            style={{ width: 130 }}
            options={contractStatuses.map((s) => ({ value: s, label: t(`contracts.statuses.${s}`) }))}
          />
        </Form.Item>
        {seesOthers && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('contracts.filters.owner')} />
          </Form.Item>
        )}
        <Form.Item name="signed">
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('contracts.filters.signedFrom'), t('contracts.filters.signedTo')]}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TContractItem, Filters, ContractSort>
        query={page}
        table={table}
        columns={columns}
        data-testid="contract-table"
      />
      <ContractFormModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
