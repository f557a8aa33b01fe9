import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { formatDateTimeMinutes } from '../../components/company-time';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useAction } from '../../components/use-action';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { type TMeetingQuery, type TMeetingSummary, useMeetings, useOpenToday } from './hooks';

type Filters = Omit<TMeetingQuery, 'page' | 'pageSize' | 'order'>;
type FormValues = { unitId?: string; range?: [Dayjs | null, Dayjs | null] | null };

/** OPS-6: the morning meetings of my unit(s), newest first; a host opens today's. */
export function MeetingListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const table = useServerTable<Filters, 'day'>();
  const { cursor: _cursor, sort: _sort, ...query } = table.params;
  const meetings = useMeetings(query as TMeetingQuery);
  const open = useOpenToday();
  const action = useAction();
  const columns: ColumnsType<TMeetingSummary> = [
    {
      title: t('meetings.fields.day'),
      key: 'day',
      render: (_, m) => (
        <Link to={`/meetings/${m.id}`} data-testid="meeting-link">
          {m.day}
        </Link>
      ),
    },
    { title: t('meetings.fields.unit'), key: 'unit', render: (_, m) => m.unit.name },
    {
      title: t('meetings.fields.startsAt'),
      key: 'startsAt',
      render: (_, m) => formatDateTimeMinutes(m.startsAt),
    },
    { title: t('meetings.fields.host'), key: 'host', render: (_, m) => m.host?.displayName ?? '—' },
    {
      title: t('meetings.fields.attendance'),
      key: 'attendance',
      render: (_, m) =>
        t('meetings.counts', { present: m.present, late: m.late, absent: m.absent, members: m.members }),
    },
    {
      title: t('meetings.fields.status'),
      key: 'status',
      render: (_, m) => (
        <Tag color={m.status === 'open' ? 'green' : undefined}>{enumLabel(t, 'status', m.status)}</Tag>
      ),
    },
  ];
  return (
    <Card title={t('meetings.title')}>
      <SearchForm<FormValues>
        onSearch={(v) =>
          table.setFilters({
            unitId: v.unitId || undefined,
            from: v.range?.[0]?.format('YYYY-MM-DD'),
            to: v.range?.[1]?.format('YYYY-MM-DD'),
          })
        }
        extra={
          can('meeting:host') && (
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              loading={open.isPending}
              data-testid="open-today"
              onClick={() =>
                void action.run(async () => {
                  const m = await open.mutateAsync(undefined);
                  navigate(`/meetings/${m.id}`);
                })
              }
            >
              {t('meetings.openToday')}
            </Button>
          )
        }
      >
        <Form.Item name="unitId">
          <UnitTreeSelect placeholder={t('meetings.fields.unit')} />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker inputReadOnly />
        </Form.Item>
      </SearchForm>
      <PagedTable<TMeetingSummary, Filters, 'day'>
        query={meetings}
        table={table}
        columns={columns}
        locale={{ emptyText: t('meetings.empty') }}
        data-testid="meeting-list"
      />
    </Card>
  );
}
