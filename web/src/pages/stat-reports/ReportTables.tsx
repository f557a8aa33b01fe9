import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { TFigure, TIndicatorFigure, TMeasure, TReportRow, TStatReport } from './hooks';
import { Trend } from './Trend';
import { measureName, measures, pctText, valueText } from './words';

type Figures = TStatReport['figures'];

interface SummaryLine {
  key: TMeasure;
  money: boolean;
  indicator: boolean;
  figure: TFigure & Partial<TIndicatorFigure>;
}

/** OPS-4: the unit's own figures, a line per measure: this period, the period before, a year before, target. */
export function SummaryTable({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const lines: SummaryLine[] = measures.map((m) => ({ ...m, figure: figures.total.figures[m.key] }));
  const columns: ColumnsType<SummaryLine> = [
    {
      title: t('statReports.columns.measure'),
      key: 'measure',
      fixed: 'left',
      render: (_, l) => measureName(t, l.key, figures.salesBasis),
    },
    {
      title: t('statReports.columns.current'),
      key: 'current',
      align: 'right',
      render: (_, l) => (
        <strong data-testid={`summary-${l.key}`}>{valueText(l.money, l.figure.current)}</strong>
      ),
    },
    {
      title: t('statReports.columns.previous'),
      key: 'previous',
      align: 'right',
      render: (_, l) => valueText(l.money, l.figure.previous),
    },
    {
      title: t('statReports.columns.mom'),
      key: 'mom',
      align: 'right',
      render: (_, l) => <Trend pct={l.figure.momPct} testId={`mom-${l.key}`} />,
    },
    {
      title: t('statReports.columns.lastYear'),
      key: 'lastYear',
      align: 'right',
      render: (_, l) => valueText(l.money, l.figure.lastYear),
    },
    {
      title: t('statReports.columns.yoy'),
      key: 'yoy',
      align: 'right',
      render: (_, l) => <Trend pct={l.figure.yoyPct} testId={`yoy-${l.key}`} />,
    },
    {
      title: t('statReports.columns.target'),
      key: 'target',
      align: 'right',
      render: (_, l) => (l.indicator ? valueText(l.money, l.figure.target) : ''),
    },
    {
      title: t('statReports.columns.completion'),
      key: 'completion',
      align: 'right',
      render: (_, l) => (l.indicator ? pctText(l.figure.completionPct) : ''),
    },
  ];
  return (
    <Table<SummaryLine>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={lines}
      data-testid="report-summary"
    />
  );
}

/** One measure in a row of the units or people: the value, with 环比 and 同比 beneath. */
function FigureCell({ money, figure }: { money: boolean; figure: TFigure }) {
  const { t } = useTranslation();
  return (
    <div style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
      <div>{valueText(money, figure.current)}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('statReports.columns.mom')} <Trend pct={figure.momPct} /> · {t('statReports.columns.yoy')}{' '}
        <Trend pct={figure.yoyPct} />
      </Typography.Text>
    </div>
  );
}

/** OPS-4: the child units or the people, a row each, every measure with its changes. */
export function RowsTable({
  rows,
  people,
  salesBasis,
  testId,
}: {
  rows: TReportRow[];
  people: boolean;
  salesBasis: Figures['salesBasis'];
  testId: string;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<TReportRow> = [
    {
      title: people ? t('statReports.columns.person') : t('statReports.columns.unit'),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
    },
    ...(people
      ? [{ title: t('statReports.columns.personUnit'), dataIndex: 'unitName', key: 'unitName' } as const]
      : []),
    ...measures.map((m) => ({
      title: measureName(t, m.key, salesBasis),
      key: m.key,
      align: 'right' as const,
      render: (_: unknown, r: TReportRow) => <FigureCell money={m.money} figure={r.figures[m.key]} />,
    })),
  ];
  return (
    <Table<TReportRow>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: people ? t('statReports.noPeople') : t('statReports.noUnits') }}
      data-testid={testId}
    />
  );
}
