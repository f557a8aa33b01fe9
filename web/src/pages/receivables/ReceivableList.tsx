import { Button, Form, Input, Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan, useMe } from '../../api/hooks/me';
import { useReceivablePage } from '../../api/hooks/receivables';
import type { TReceivable, TReceivableListQuery, TReceivableStatus } from '../../api/types';
import { ExportButton } from '../../components/ExportButton';
import { formatFenText } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { LegalStatusModal } from './LegalStatusModal';
import { LegalStatusTag, ReceivableStatusTag } from './receivable-tags';
import { WriteOffModal } from './WriteOffModal';

type Sort = 'dueDate' | 'openFen' | 'daysOverdue';
type Filters = Omit<TReceivableListQuery, 'page' | 'pageSize' | 'sort' | 'order'>;
interface FormValues {
  q?: string;
  status?: TReceivableStatus[];
  ownerId?: string;
  unitId?: string;
}

export const receivableStatuses: TReceivableStatus[] = ['not_due', 'due_soon', 'overdue', 'paid'];
/** The URL parameters a drill-down from the aging report or a notice sets. */
const drillKeys = ['ownerId', 'unitId', 'unitTree', 'customerId', 'contractId', 'bucket', 'status'] as const;

/** The drill-down filters in the URL (from the aging table or chart, a notice's link). */
function drillFilters(params: URLSearchParams): Filters {
  const f: Record<string, unknown> = {};
  for (const key of drillKeys) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    f[key] = key === 'status' ? values : values[0];
  }
  return f as Filters;
}

/**
 * AR-5: every instalment in my scope — due date, amount, confirmed collections (AR-4), what is
 * open, 未到期 / 即将到期 / 逾期 N 天 / 已结清 — filtered, sorted and paged by the server; Excel
 * export for holders of receivable:export; legal status and write-off requests per row.
 */
export function ReceivableList() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const drill = drillFilters(params);
  const drillLabel = params.get('drillLabel');
  const table = useServerTable<Filters, Sort>({ order: 'asc' });
  const query = { ...table.params, ...drill };
  const page = useReceivablePage(query);
  const [legal, setLegal] = useState<TReceivable | null>(null);
  const [writeOff, setWriteOff] = useState<TReceivable | null>(null);
  const seesOthers = (me.data?.permissions['receivable:read'] ?? 'own') !== 'own';
  const hasDrill = Object.keys(drill).length > 0;

  const clearDrill = () => {
    const next = new URLSearchParams(params);
    for (const key of [...drillKeys, 'drillLabel']) next.delete(key);
    setParams(next);
  };

  const columns: ColumnsType<TReceivable> = [
    {
      title: t('receivables.fields.customer'),
      key: 'customer',
      render: (_, r) => <Link to={`/customers/${r.customer.id}`}>{r.customer.name}</Link>,
    },
    {
      title: t('receivables.fields.contract'),
      key: 'contract',
      render: (_, r) => (
        <Space size={4}>
          <span>{r.contract.number}</span>
          <LegalStatusTag status={r.contract.legalStatus} />
        </Space>
      ),
    },
    { title: t('receivables.fields.seq'), dataIndex: 'seq', key: 'seq', width: 70 },
    { title: t('receivables.fields.owner'), key: 'owner', render: (_, r) => r.owner.displayName },
    { title: t('receivables.fields.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('receivables.fields.dueDate'), dataIndex: 'dueDate', key: 'dueDate', sorter: true },
    {
      title: t('receivables.fields.amount'),
      key: 'amount',
      align: 'right',
      render: (_, r) => formatFenText(r.amountFen),
    },
    {
      title: t('receivables.fields.collected'),
      key: 'collected',
      align: 'right',
      render: (_, r) => formatFenText(r.collectedFen),
    },
    {
      title: t('receivables.fields.open'),
      key: 'openFen',
      align: 'right',
      sorter: true,
      render: (_, r) => <strong>{formatFenText(r.openFen)}</strong>,
    },
    {
      title: t('receivables.fields.status'),
      key: 'daysOverdue',
      sorter: true,
      render: (_, r) => <ReceivableStatusTag row={r} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          {can('receivable:legal') && (
            <Button type="link" size="small" onClick={() => setLegal(r)}>
              {t('receivables.actions.legal')}
            </Button>
          )}
          {can('writeoff:request') && r.openFen !== '0' && (
            <Button type="link" size="small" danger onClick={() => setWriteOff(r)}>
              {t('receivables.actions.writeOff')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <SearchForm<FormValues>
        onSearch={(v) =>
          table.setFilters({
            q: v.q || undefined,
            status: v.status?.length ? v.status : undefined,
            ownerId: v.ownerId || undefined,
            unitId: v.unitId || undefined,
          })
        }
        extra={
          can('receivable:export') ? <ExportButton path="/api/receivables/export" query={query} /> : null
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('receivables.filters.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            mode="multiple"
            allowClear
            placeholder={t('receivables.filters.status')}
            style={{ minWidth: 180 }}
            options={receivableStatuses.map((s) => ({ value: s, label: t(`receivables.status.${s}`) }))}
          />
        </Form.Item>
        {seesOthers && (
          <>
            <Form.Item name="ownerId">
              <UserSelect placeholder={t('receivables.filters.owner')} />
            </Form.Item>
            <Form.Item name="unitId">
              <UnitTreeSelect placeholder={t('receivables.filters.unit')} />
            </Form.Item>
          </>
        )}
      </SearchForm>
      {hasDrill && (
        <div style={{ marginBottom: 12 }} data-testid="receivable-drill">
          <Tag closable color="blue" onClose={clearDrill}>
            {t('receivables.filters.drill', { label: drillLabel ?? t('receivables.filters.drillDefault') })}
          </Tag>
        </div>
      )}
      <PagedTable<TReceivable, Filters, Sort>
        query={page}
        table={table}
        columns={columns}
        data-testid="receivable-table"
      />
      <LegalStatusModal row={legal} onClose={() => setLegal(null)} />
      <WriteOffModal row={writeOff} onClose={() => setWriteOff(null)} />
    </>
  );
}
