import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { useZoneName } from '../../components/DateTimeField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { type TReportRow, type TStatReport, useStatReport } from './hooks';
import { measureName, measures, pctText, periodText, reportTitle, valueText } from './words';

/**
 * While printing only the report shows (menu, header and buttons hidden), in black on A4 across;
 * on screen the same document sits on a white sheet.
 */
const printCss = `
.stat-print { background: #fff; color: #000; padding: 24px; max-width: 1100px; margin: 0 auto; font-size: 13px; }
.stat-print h1 { text-align: center; font-size: 20px; margin: 0 0 4px; }
.stat-print .sub { text-align: center; margin-bottom: 12px; }
.stat-print h2 { font-size: 15px; margin: 16px 0 6px; }
.stat-print table { width: 100%; border-collapse: collapse; }
.stat-print th, .stat-print td { border: 1px solid #000; padding: 3px 6px; }
.stat-print th { background: #f2f2f2; font-weight: 600; }
.stat-print td.num { text-align: right; white-space: nowrap; }
.stat-print .analysis { white-space: pre-wrap; border: 1px solid #000; padding: 8px; min-height: 80px; }
.stat-print .sign { margin-top: 32px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body * { visibility: hidden !important; }
  .stat-print, .stat-print * { visibility: visible !important; }
  .stat-print { position: absolute; left: 0; top: 0; width: 100%; max-width: none; padding: 0; font-size: 11px; }
  .stat-print th { background: none; }
  .stat-print-tools { display: none !important; }
}
`;

const change = (pct: number | null) => (pct === null ? '—' : `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`);

function RowsSection({
  title,
  rows,
  people,
  report,
}: {
  title: string;
  rows: TReportRow[];
  people: boolean;
  report: TStatReport;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <table>
        <thead>
          <tr>
            <th rowSpan={2}>{people ? t('statReports.columns.person') : t('statReports.columns.unit')}</th>
            {people && <th rowSpan={2}>{t('statReports.columns.personUnit')}</th>}
            {measures.map((m) => (
              <th key={m.key} colSpan={3}>
                {measureName(t, m.key, report.figures.salesBasis)}
              </th>
            ))}
          </tr>
          <tr>
            {measures.map((m) => [
              <th key={`${m.key}-c`}>{t('statReports.columns.current')}</th>,
              <th key={`${m.key}-m`}>{t('statReports.columns.mom')}</th>,
              <th key={`${m.key}-y`}>{t('statReports.columns.yoy')}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              {people && <td>{r.unitName}</td>}
              {measures.map((m) => [
                <td key={`${m.key}-c`} className="num">
                  {valueText(m.money, r.figures[m.key].current)}
                </td>,
                <td key={`${m.key}-m`} className="num">
                  {change(r.figures[m.key].momPct)}
                </td>,
                <td key={`${m.key}-y`} className="num">
                  {change(r.figures[m.key].yoyPct)}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** OPS-4: the report as a printed page — for the supervisor's analysis and the manager (上报经理). */
function PrintDocument({ report }: { report: TStatReport }) {
  const { t, i18n } = useTranslation();
  const f = report.figures;
  const { name, offset } = useZoneName();
  const zone = `${name} ${offset}`;
  return (
    <div className="stat-print" data-testid="stat-print">
      <h1>{reportTitle(t, i18n.language, report)}</h1>
      <div className="sub">
        {t('statReports.period.range', { from: report.from, to: report.to })} ·{' '}
        {t('statReports.compared', {
          previous: periodText(t, i18n.language, f.periods.previous.code),
          lastYear: periodText(t, i18n.language, f.periods.lastYear.code),
        })}
        <br />
        {t('statReports.print.generatedAt', { at: formatDateTimeMinutes(report.generatedAt), zone })} ·{' '}
        {t('statReports.print.basis', { basis: enumLabel(t, 'salesBasis', f.salesBasis) })}
      </div>
      <h2>{t('statReports.sections.summary')}</h2>
      <table>
        <thead>
          <tr>
            {(
              ['measure', 'current', 'previous', 'mom', 'lastYear', 'yoy', 'target', 'completion'] as const
            ).map((c) => (
              <th key={c}>{t(`statReports.columns.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => {
            const fig = f.total.figures[m.key] as TReportRow['figures']['volume'];
            return (
              <tr key={m.key} data-testid={`print-${m.key}`}>
                <td>{measureName(t, m.key, f.salesBasis)}</td>
                <td className="num">{valueText(m.money, fig.current)}</td>
                <td className="num">{valueText(m.money, fig.previous)}</td>
                <td className="num">{change(fig.momPct)}</td>
                <td className="num">{valueText(m.money, fig.lastYear)}</td>
                <td className="num">{change(fig.yoyPct)}</td>
                <td className="num">{m.indicator ? valueText(m.money, fig.target) : ''}</td>
                <td className="num">{m.indicator ? pctText(fig.completionPct) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <RowsSection title={t('statReports.sections.units')} rows={f.units} people={false} report={report} />
      <RowsSection title={t('statReports.sections.people')} rows={f.people} people report={report} />
      <h2>{t('statReports.sections.analysis')}</h2>
      <div className="analysis" data-testid="print-analysis">
        {report.analysis?.text ?? t('statReports.print.noAnalysis')}
      </div>
      {report.analysis && (
        <div>
          {t('statReports.print.analysisBy', {
            name: report.analysis.by.displayName,
            at: formatDateTimeMinutes(report.analysis.at),
          })}
        </div>
      )}
      <div className="sign">{t('statReports.print.signature')}</div>
    </div>
  );
}

/** OPS-4: the printable page of a report (company time zone, the analysis, clean print CSS). */
export function StatReportPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useStatReport(id);
  return (
    <>
      <style>{printCss}</style>
      <Space className="stat-print-tools" style={{ marginBottom: 16 }} wrap>
        <Link to={`/stat-reports/${id}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('statReports.actions.back')}</Button>
        </Link>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!report.data}
          data-testid="print-button"
        >
          {t('statReports.actions.doPrint')}
        </Button>
      </Space>
      <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      {report.isPending && <Skeleton active />}
      {report.data && <PrintDocument report={report.data} />}
    </>
  );
}
