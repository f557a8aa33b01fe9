import { Button, Card, Checkbox, Drawer, Form, Grid, Select, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type TVisitCommitment,
  type TVisitCommitmentListQuery,
  useVisitCommitment,
  useVisitCommitmentPage,
} from '../../../api/hooks/visit-reports';
import { formatDateTimeMinutes } from '../../../components/company-time';
import { PagedTable } from '../../../components/PagedTable';
import { SearchForm } from '../../../components/SearchForm';
import { useServerTable } from '../../../components/use-server-table';
import { PagedCards } from '../report/PagedCards';
import { CommitmentStatusTags } from '../report/report-tags';
import { CommitmentCard } from './CommitmentCard';

type Box = NonNullable<TVisitCommitmentListQuery['box']>;
type Filters = Pick<TVisitCommitmentListQuery, 'status' | 'overdue'>;
type FormValues = { status?: Filters['status']; overdue?: boolean };
const statuses = ['open', 'done', 'confirmed'] as const;
const boxes: Box[] = ['mine', 'toConfirm', 'all'];

function CommitmentList({ box, onOpen }: { box: Box; onOpen: (c: TVisitCommitment) => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const table = useServerTable<Filters, 'dueAt' | 'createdAt'>({
    filters: box === 'toConfirm' ? { status: 'done' } : {},
  });
  const page = useVisitCommitmentPage({ ...table.params, box });
  return (
    <>
      <SearchForm<FormValues>
        onSearch={({ status, overdue }) =>
          table.setFilters({ status, overdue: overdue ? 'true' : undefined })
        }
      >
        <Form.Item name="status" initialValue={box === 'toConfirm' ? 'done' : undefined}>
          <Select
            allowClear
            placeholder={t('visitCommitments.fields.status')}
            style={{ width: 140 }}
            options={statuses.map((s) => ({ value: s, label: t(`visitCommitments.status.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>{t('visitCommitments.overdueOnly')}</Checkbox>
        </Form.Item>
      </SearchForm>
      {screens.md ? (
        <PagedTable<TVisitCommitment, Filters, 'dueAt' | 'createdAt'>
          query={page}
          table={table}
          data-testid={`commitment-table-${box}`}
          columns={[
            {
              key: 'content',
              title: t('visitCommitments.fields.content'),
              render: (_, r) => (
                <Typography.Link onClick={() => onOpen(r)} ellipsis style={{ maxWidth: 320 }}>
                  {r.content}
                </Typography.Link>
              ),
            },
            {
              key: 'customer',
              title: t('visitCommitments.fields.customer'),
              render: (_, r) => r.customer.name,
            },
            {
              key: 'owner',
              title: t('visitCommitments.fields.owner'),
              render: (_, r) => r.owner.displayName,
            },
            {
              key: 'dueAt',
              title: t('visitCommitments.fields.dueAt'),
              sorter: true,
              render: (_, r) => formatDateTimeMinutes(r.dueAt),
            },
            {
              key: 'checkMethod',
              title: t('visitCommitments.fields.checkMethod'),
              render: (_, r) => r.checkMethod,
            },
            {
              key: 'status',
              title: t('visitCommitments.fields.status'),
              render: (_, r) => <CommitmentStatusTags c={r} />,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, r) => (
                <Button size="small" type="link" onClick={() => onOpen(r)}>
                  {r.actions.done
                    ? t('visitCommitments.markDone')
                    : r.actions.confirm
                      ? t('visitCommitments.confirm')
                      : t('common.view')}
                </Button>
              ),
            },
          ]}
        />
      ) : (
        <PagedCards
          query={page}
          table={table}
          empty={t('visitCommitments.empty')}
          testId={`commitment-cards-${box}`}
          render={(c) => <CommitmentCard c={c} />}
        />
      )}
    </>
  );
}

/**
 * VIS-6: visit commitments — those I carry out (report done), those I confirm (my reps'), and all
 * in my scope; overdue ones flagged. Cards on a phone; a table with a detail drawer on a desk.
 */
export function CommitmentListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const box = (params.get('box') as Box | null) ?? 'mine';
  const openId = params.get('id');
  const setParam = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === undefined) next.delete(key);
      else next.set(key, value);
      return next;
    });
  return (
    <Card title={t('visitCommitments.title')} styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        activeKey={box}
        onChange={(key) => setParams({ box: key })}
        destroyOnHidden
        items={boxes.map((b) => ({
          key: b,
          label: t(`visitCommitments.boxes.${b}`),
          children: <CommitmentList box={b} onOpen={(c) => setParam('id', c.id)} />,
        }))}
      />
      <CommitmentDrawer id={openId} onClose={() => setParam('id', undefined)} />
    </Card>
  );
}

function CommitmentDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const one = useVisitCommitment(id);
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      title={t('visitCommitments.title')}
      size={screens.md ? 480 : '100%'}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {one.data && <CommitmentCard c={one.data} />}
      </Space>
    </Drawer>
  );
}
