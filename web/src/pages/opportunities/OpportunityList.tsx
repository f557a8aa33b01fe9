import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import { useOpportunityPage } from '../../api/hooks/opportunities';
import type { TOpportunity, TOpportunityFilters, TOpportunityStage } from '../../api/types';
import { DrillTag, useDrillFilters } from '../../components/DrillFilters';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { OpportunityFormModal } from './OpportunityFormModal';
import { type OpportunitySort, useOpportunityColumns } from './opportunity-columns';
import { stages } from './stages';
import { useStageMover } from './use-stage-mover';

type Filters = Omit<TOpportunityFilters, 'stage'> & { stage?: TOpportunityStage[] };
interface FormValues {
  q?: string;
  stage?: TOpportunityStage[];
  status?: 'open' | 'closed';
  ownerId?: string;
  expected?: [Dayjs | null, Dayjs | null] | null;
}

function toFilters(v: FormValues): Filters {
  const [from, to] = v.expected ?? [null, null];
  return {
    q: v.q || undefined,
    stage: v.stage?.length ? v.stage : undefined,
    status: v.status,
    ownerId: v.ownerId || undefined,
    expectedFrom: from ? from.format('YYYY-MM-DD') : undefined,
    expectedTo: to ? to.format('YYYY-MM-DD') : undefined,
  };
}

/** CUS-8: every opportunity in my scope, filtered, sorted and paged by the server. */
export function OpportunityList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const table = useServerTable<Filters, OpportunitySort>();
  // OPS-5: a figure of the 工作台 opens the list narrowed to its records (stage, owner, close month).
  const drill = useDrillFilters(['stage', 'status', 'ownerId', 'expectedFrom', 'expectedTo'], ['stage']);
  const page = useOpportunityPage({ ...table.params, ...(drill.filters as Filters) });
  const mover = useStageMover();
  const [editing, setEditing] = useState<TOpportunity | null>(null);
  const columns = useOpportunityColumns({ onOpen, onEdit: setEditing, onMove: mover.request });
  const seesOthers = (me.data?.permissions['opportunity:read'] ?? 'own') !== 'own';
  return (
    <>
      <SearchForm<FormValues> onSearch={(v) => table.setFilters(toFilters(v))}>
        <Form.Item name="q">
          <Input placeholder={t('opportunities.filters.search')} allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="stage">
          <Select
            mode="multiple"
            allowClear
            placeholder={t('opportunities.filters.stages')}
            style={{ minWidth: 180 }}
            options={stages.map((s) => ({ value: s, label: t(`opportunities.stages.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('opportunities.filters.status')}
            style={{ width: 120 }}
            options={[
              { value: 'open', label: t('opportunities.filters.open') },
              { value: 'closed', label: t('opportunities.filters.closed') },
            ]}
          />
        </Form.Item>
        {seesOthers && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('opportunities.filters.owner')} />
          </Form.Item>
        )}
        <Form.Item name="expected">
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('opportunities.filters.expectedFrom'), t('opportunities.filters.expectedTo')]}
          />
        </Form.Item>
      </SearchForm>
      {drill.active && <DrillTag label={drill.label} onClear={drill.clear} testId="opportunity-drill" />}
      <PagedTable<TOpportunity, Filters, OpportunitySort>
        query={page}
        table={table}
        columns={columns}
        data-testid="opportunity-table"
      />
      <OpportunityFormModal
        open={editing !== null}
        opportunity={editing ?? undefined}
        onClose={() => setEditing(null)}
      />
      {mover.modals}
    </>
  );
}
