import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { saveDownload } from '../../api/download';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { AnalysisCard } from './AnalysisCard';
import { type TStatReport, useStatReport } from './hooks';
import { RowsTable, SummaryTable } from './ReportTables';
import { periodText, reportTitle } from './words';

/** OPS-4: the report as a workbook, in the reader's scope (audited by the server). */
function ExportReport({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await saveDownload('/api/stat-reports/{id}/export', { params: { id } });
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : t('error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="report-export">
      {t('statReports.actions.export')}
    </Button>
  );
}

function ReportHeader({ report }: { report: TStatReport }) {
  const { t, i18n } = useTranslation();
  const p = report.figures.periods;
  return (
    <Card size="small">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-title">
            {reportTitle(t, i18n.language, report)}
          </Typography.Title>
          <Tag color={report.kind === 'monthly' ? 'blue' : 'purple'}>{enumLabel(t, 'kind', report.kind)}</Tag>
        </Space>
        <Space wrap>
          <ExportReport id={report.id} />
          <Link to={`/stat-reports/${report.id}/print`} data-testid="report-print-link">
            <Button icon={<PrinterOutlined />}>{t('statReports.actions.print')}</Button>
          </Link>
        </Space>
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('statReports.fields.range')}>
          {t('statReports.period.range', { from: report.from, to: report.to })}
        </Descriptions.Item>
        <Descriptions.Item label={t('statReports.fields.compared')}>
          {t('statReports.compared', {
            previous: periodText(t, i18n.language, p.previous.code),
            lastYear: periodText(t, i18n.language, p.lastYear.code),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('statReports.fields.salesBasis')}>
          {enumLabel(t, 'salesBasis', report.figures.salesBasis)}
        </Descriptions.Item>
        <Descriptions.Item label={t('statReports.fields.generatedAt')}>
          {formatDateTimeMinutes(report.generatedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('statReports.fields.requestedBy')}>
          {report.requestedBy?.displayName ?? t('statReports.byJob')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** OPS-4: one statistics report — the unit's figures with 环比/同比, its units and people, the analysis; export and print. */
export function StatReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useStatReport(id);
  const r = report.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      {report.isPending && <Skeleton active />}
      {r && (
        <>
          <ReportHeader report={r} />
          <Card size="small" title={t('statReports.sections.summary')}>
            <SummaryTable figures={r.figures} />
          </Card>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'units',
                  label: t('statReports.sections.units'),
                  children: (
                    <RowsTable
                      rows={r.figures.units}
                      people={false}
                      salesBasis={r.figures.salesBasis}
                      testId="report-units"
                    />
                  ),
                },
                {
                  key: 'people',
                  label: t('statReports.sections.people'),
                  children: (
                    <RowsTable
                      rows={r.figures.people}
                      people
                      salesBasis={r.figures.salesBasis}
                      testId="report-people"
                    />
                  ),
                },
              ]}
            />
          </Card>
          <AnalysisCard report={r} />
        </>
      )}
    </Space>
  );
}
