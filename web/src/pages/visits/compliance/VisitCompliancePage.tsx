import {
  Card,
  DatePicker,
  Drawer,
  Empty,
  Grid,
  Progress,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan, useMe } from '../../../api/hooks/me';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { ComplianceChart } from './ComplianceChart';
import { hoursText, pctText } from './compliance-format';
import { FiguresSummary } from './FiguresSummary';
import { type TComplianceFigures, type TComplianceRow, useVisitCompliance } from './hooks';
import { RepMonth } from './RepMonth';

function ReportsCell({ f }: { f: TComplianceFigures }) {
  const { t } = useTranslation();
  const r = f.reports;
  return (
    <Space size={2} wrap>
      <Tag color="success">{t('visitCompliance.tags.onTime', { count: r.onTime })}</Tag>
      {r.late ? <Tag color="warning">{t('visitCompliance.tags.late', { count: r.late })}</Tag> : null}
      {r.missing ? <Tag color="error">{t('visitCompliance.tags.missing', { count: r.missing })}</Tag> : null}
      {r.notDue ? <Tag>{t('visitCompliance.tags.notDue', { count: r.notDue })}</Tag> : null}
    </Space>
  );
}

function CommitmentsCell({ f }: { f: TComplianceFigures }) {
  const { t } = useTranslation();
  const c = f.commitments;
  if (c.due === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={2} wrap>
      <Tag color="success">{t('visitCompliance.tags.onTime', { count: c.onTime })}</Tag>
      {c.late ? <Tag color="warning">{t('visitCompliance.tags.lateDone', { count: c.late })}</Tag> : null}
      {c.openOverdue ? (
        <Tag color="error">{t('visitCompliance.tags.overdue', { count: c.openOverdue })}</Tag>
      ) : null}
      {c.open ? <Tag>{t('visitCompliance.tags.open', { count: c.open })}</Tag> : null}
    </Space>
  );
}

function Completion({ f }: { f: TComplianceFigures }) {
  return f.completionPct === null ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <Progress
      percent={f.completionPct}
      size="small"
      format={() => pctText(f.completionPct)}
      style={{ minWidth: 110 }}
    />
  );
}

function columns(t: TFunction, open: (r: TComplianceRow) => void): ColumnsType<TComplianceRow> {
  return [
    {
      title: t('visitCompliance.columns.name'),
      key: 'name',
      fixed: 'left',
      render: (_, r) => (
        <Typography.Link onClick={() => open(r)} data-testid="compliance-rep">
          {r.rep.displayName}
        </Typography.Link>
      ),
    },
    { title: t('visitCompliance.columns.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('visitCompliance.columns.planned'), dataIndex: 'planned', align: 'right' },
    { title: t('visitCompliance.columns.plannedDone'), dataIndex: 'plannedDone', align: 'right' },
    {
      title: t('visitCompliance.columns.completion'),
      key: 'completion',
      render: (_, r) => <Completion f={r} />,
    },
    {
      title: t('visitCompliance.columns.done'),
      key: 'done',
      align: 'right',
      render: (_, r) => t('visitCompliance.doneWithAdHoc', { done: r.done, adHoc: r.doneAdHoc }),
    },
    {
      title: t('visitCompliance.columns.hours'),
      key: 'hours',
      align: 'right',
      render: (_, r) => `${hoursText(r.spentMinutes)} / ${hoursText(r.plannedMinutes)}`,
    },
    { title: t('visitCompliance.columns.reports'), key: 'reports', render: (_, r) => <ReportsCell f={r} /> },
    {
      title: t('visitCompliance.columns.commitments'),
      key: 'commitments',
      render: (_, r) => <CommitmentsCell f={r} />,
    },
  ];
}

/** On a phone: one card per person, tapped to open their month. */
function RepCard({ r, onOpen }: { r: TComplianceRow; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" hoverable onClick={onOpen} style={{ marginBottom: 8 }} data-testid="compliance-card">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text strong>{r.rep.displayName}</Typography.Text>
          <Typography.Text type="secondary">{r.unit.name}</Typography.Text>
        </Space>
        <Completion f={r} />
        <Typography.Text>
          {t('visitCompliance.summary.plannedDone', { done: r.plannedDone, planned: r.planned })} ·{' '}
          {t('visitCompliance.doneWithAdHoc', { done: r.done, adHoc: r.doneAdHoc })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('visitCompliance.columns.hours')}: {hoursText(r.spentMinutes)} / {hoursText(r.plannedMinutes)}
        </Typography.Text>
        <ReportsCell f={r} />
        <CommitmentsCell f={r} />
      </Space>
    </Card>
  );
}

/**
 * VIS-2/VIS-7 (拜访达成): plan against actual per person for a month — planned visits and those
 * done, completion, hours planned and spent, visit reports on time, late or missing, commitments
 * kept — with the team's totals, a chart and the Excel export. A rep sees their own month and its
 * visits; a superior their people, each opened to the visits behind the figures.
 */
export function VisitCompliancePage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  // The month is in the address (?month=YYYY-MM), so a month's figures can be linked to.
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = asked && /^\d{4}-\d{2}$/.test(asked) ? asked : undefined;
  const setMonth = (m: string) => setParams({ month: m }, { replace: true });
  const [openRep, setOpenRep] = useState<TComplianceRow | null>(null);
  const q = useVisitCompliance(month);
  const data = q.data;
  const shown = month ?? data?.month;
  const rows = data?.items ?? [];
  const onlyMe = rows.length === 1 && rows[0]?.rep.id === me.data?.user.id;

  const picker = (
    <DatePicker
      picker="month"
      allowClear={false}
      value={shown ? dayjs(`${shown}-01`) : null}
      onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
      data-testid="compliance-month"
      inputReadOnly
    />
  );
  return (
    <Card
      title={t('visitCompliance.title')}
      extra={
        narrow ? null : (
          <Space>
            {picker}
            {can('visit:export') && shown ? (
              <ExportButton path="/api/visit-compliance/export" query={{ month: shown }} />
            ) : null}
          </Space>
        )
      }
    >
      {narrow ? (
        <Space style={{ marginBottom: 12 }} wrap>
          {picker}
          {can('visit:export') && shown ? (
            <ExportButton path="/api/visit-compliance/export" query={{ month: shown }} />
          ) : null}
        </Space>
      ) : null}
      <Typography.Paragraph type="secondary">
        {data
          ? t('visitCompliance.hint', { from: data.firstDay, to: data.lastDay, today: data.today })
          : null}
      </Typography.Paragraph>
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending ? (
        <Skeleton active />
      ) : !data || rows.length === 0 ? (
        <Empty description={t('visitCompliance.empty')} />
      ) : onlyMe && rows[0] ? (
        <RepMonth repId={rows[0].rep.id} month={shown} />
      ) : (
        <>
          <Typography.Title level={5}>
            {t('visitCompliance.teamTotals', { count: rows.length })}
          </Typography.Title>
          <FiguresSummary figures={data.totals} testId="team-figures" />
          <Card size="small" style={{ marginBottom: 16 }}>
            <ComplianceChart rows={rows} onPick={setOpenRep} narrow={narrow} />
          </Card>
          {narrow ? (
            rows.map((r) => <RepCard key={r.rep.id} r={r} onOpen={() => setOpenRep(r)} />)
          ) : (
            <Table<TComplianceRow>
              rowKey={(r) => r.rep.id}
              size="middle"
              data-testid="compliance-table"
              loading={q.isFetching}
              columns={columns(t, setOpenRep)}
              dataSource={rows}
              pagination={rows.length > 50 ? { pageSize: 50 } : false}
              scroll={{ x: 'max-content' }}
            />
          )}
        </>
      )}
      <Drawer
        open={openRep !== null}
        onClose={() => setOpenRep(null)}
        size={narrow ? '100%' : 960}
        title={openRep ? t('visitCompliance.repTitle', { name: openRep.rep.displayName, month: shown }) : ''}
        destroyOnHidden
      >
        {openRep ? <RepMonth repId={openRep.rep.id} month={shown} /> : null}
      </Drawer>
    </Card>
  );
}
