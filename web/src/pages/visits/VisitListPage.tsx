import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Grid,
  Pagination,
  Segmented,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useMe } from '../../api/hooks/me';
import { useVisitPage, useVisitPurposes } from '../../api/hooks/visits';
import type { TVisitListItem, TVisitQuery } from '../../api/types';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { formatDateTimeMinutes } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { purposeLabel } from './purpose-label';
import { VisitCard } from './VisitCard';
import { VisitCreateModal } from './VisitCreateModal';
import { hoursOf, PreApprovalTag, VisitStatusTag, visitStatuses } from './visit-tags';

type Sort = 'plannedOn' | 'checkInAt' | 'createdAt';
type Filters = Pick<TVisitQuery, 'status' | 'purpose' | 'repId' | 'from' | 'to'>;
type When = 'today' | 'upcoming' | 'all';
interface SearchValues {
  status?: TVisitQuery['status'];
  purpose?: TVisitQuery['purpose'];
  repId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Which days the list shows: today (company time, the server's clock), from today on, or all. */
function whenQuery(when: When): Pick<TVisitQuery, 'today' | 'from' | 'order'> {
  if (when === 'today') return { today: 'true' };
  if (when === 'upcoming') return { from: companyNow().format('YYYY-MM-DD'), order: 'asc' };
  return { order: 'desc' };
}

/** On a phone: the visits as cards the thumb taps, a page at a time. */
function VisitCards({
  items,
  total,
  page,
  pageSize,
  loading,
  showRep,
  onPage,
}: {
  items: TVisitListItem[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  showRep: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (!items && loading) return <Skeleton active />;
  if (!items || items.length === 0) return <Empty description={t('visits.list.empty')} />;
  return (
    <Flex vertical gap={8} data-testid="visit-cards">
      {items.map((v) => (
        <VisitCard key={v.id} visit={v} showRep={showRep} />
      ))}
      {total > pageSize && (
        <Pagination
          simple
          current={page}
          pageSize={pageSize}
          total={total}
          onChange={onPage}
          align="center"
        />
      )}
    </Flex>
  );
}

/**
 * 客户拜访 (VIS-3, VIS-4): the visits in my scope — today's, the coming ones or all, by status and
 * purpose; cards on a phone, a table on a desktop. Plan an ad hoc visit from here.
 */
export function VisitListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const phone = !Grid.useBreakpoint().md;
  const purposes = useVisitPurposes();
  const [when, setWhen] = useState<When>('today');
  const [creating, setCreating] = useState(false);
  const table = useServerTable<Filters, Sort>();
  const query = { ...table.params, ...whenQuery(when) };
  const page = useVisitPage(query);
  const seesOthers = (me.data?.permissions['visit:read'] ?? 'own') !== 'own';
  const { page: _p, pageSize: _s, ...exportQuery } = query;

  const createButton = can('visit:write') && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setCreating(true)}
      block={phone}
      size={phone ? 'large' : 'middle'}
      data-testid="visit-create"
    >
      {t('visits.create')}
    </Button>
  );
  const whenSwitch = (
    <Segmented<When>
      value={when}
      onChange={(v) => {
        setWhen(v);
        table.setFilters({ ...table.filters, from: undefined, to: undefined });
      }}
      options={(['today', 'upcoming', 'all'] as const).map((w) => ({
        value: w,
        label: t(`visits.when.${w}`),
      }))}
      data-testid="visit-when"
    />
  );
  const statusSelect = (
    <Select
      allowClear
      placeholder={t('visits.fields.status')}
      style={{ width: phone ? '100%' : 140 }}
      options={visitStatuses.map((s) => ({ value: s, label: t(`visits.statuses.${s}`) }))}
    />
  );

  return (
    <Card
      title={t('visits.title')}
      data-testid="visit-list"
      extra={
        !phone && (
          <Space>
            {can('visit:export') && <ExportButton path="/api/visits/export" query={exportQuery} />}
            {createButton}
          </Space>
        )
      }
    >
      {phone ? (
        <Flex vertical gap={12}>
          {createButton}
          {whenSwitch}
          <Form<SearchValues>
            layout="vertical"
            onValuesChange={(_, v) => table.setFilters({ status: v.status })}
          >
            <Form.Item name="status" noStyle>
              {statusSelect}
            </Form.Item>
          </Form>
          <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />
          <VisitCards
            items={page.data?.items}
            total={page.data?.total ?? 0}
            page={table.params.page}
            pageSize={table.params.pageSize}
            loading={page.isFetching}
            showRep={seesOthers}
            onPage={(p) => table.onChange({ current: p, pageSize: table.params.pageSize }, {}, {})}
          />
        </Flex>
      ) : (
        <>
          <Space style={{ marginBottom: 16 }}>{whenSwitch}</Space>
          <SearchForm<SearchValues>
            onSearch={(v) =>
              table.setFilters({
                status: v.status,
                purpose: v.purpose,
                repId: v.repId,
                from: v.range?.[0]?.format('YYYY-MM-DD'),
                to: v.range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          >
            <Form.Item name="status">{statusSelect}</Form.Item>
            <Form.Item name="purpose">
              <Select
                allowClear
                placeholder={t('visits.fields.purpose')}
                style={{ width: 160 }}
                options={(purposes.data ?? []).map((p) => ({ value: p, label: purposeLabel(t, p) }))}
              />
            </Form.Item>
            {when === 'all' && (
              <Form.Item name="range">
                <DatePicker.RangePicker />
              </Form.Item>
            )}
            {seesOthers && (
              <Form.Item name="repId">
                <UserSelect placeholder={t('visits.fields.rep')} />
              </Form.Item>
            )}
          </SearchForm>
          <PagedTable<TVisitListItem, Filters, Sort>
            query={page}
            table={table}
            data-testid="visit-table"
            locale={{ emptyText: <Empty description={t('visits.list.empty')} /> }}
            columns={[
              {
                key: 'customer',
                title: t('visits.fields.customer'),
                render: (_, v) => (
                  <Link to={`/visits/${v.id}`} data-testid="visit-link">
                    {v.customer.name}
                  </Link>
                ),
              },
              ...(seesOthers
                ? [
                    {
                      key: 'rep',
                      title: t('visits.fields.rep'),
                      render: (_: unknown, v: TVisitListItem) => v.rep.displayName,
                    },
                  ]
                : []),
              {
                key: 'purpose',
                title: t('visits.fields.purpose'),
                render: (_, v) => purposeLabel(t, v.purpose),
              },
              {
                key: 'plannedOn',
                title: t('visits.fields.plannedOn'),
                sorter: true,
                render: (_, v) => v.plannedOn,
              },
              {
                key: 'plannedMinutes',
                title: t('visits.fields.plannedHours'),
                render: (_, v) => hoursOf(v.plannedMinutes),
              },
              {
                key: 'status',
                title: t('visits.fields.status'),
                render: (_, v) => <VisitStatusTag status={v.status} />,
              },
              {
                key: 'checkInAt',
                title: t('visits.fields.checkInAt'),
                sorter: true,
                render: (_, v) => formatDateTimeMinutes(v.checkInAt),
              },
              {
                key: 'minutesSpent',
                title: t('visits.fields.hoursSpent'),
                render: (_, v) => (v.minutesSpent === null ? '' : hoursOf(v.minutesSpent)),
              },
              {
                key: 'preApproval',
                title: t('visits.fields.preApproval'),
                render: (_, v) => (v.preApproval === 'none' ? '' : <PreApprovalTag state={v.preApproval} />),
              },
              {
                key: 'source',
                title: t('visits.fields.source'),
                render: (_, v) => (
                  <Typography.Text type="secondary">
                    {t(v.planned ? 'visits.sources.plan' : 'visits.sources.adHoc')}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
      <VisitCreateModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
