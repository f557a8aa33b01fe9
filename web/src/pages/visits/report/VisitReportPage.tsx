import { Alert, Card, Descriptions, Empty, Flex, Grid, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { useApprovalHistory } from '../../../api/hooks/approvals';
import { type TVisitReport, useVisitReport, VISIT_REPORT_DOC } from '../../../api/hooks/visit-reports';
import { ApprovalPanel } from '../../../components/ApprovalPanel';
import { formatDate, formatDateTimeMinutes } from '../../../components/company-time';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CommitmentCard } from '../commitments/CommitmentCard';
import { purposeLabel } from '../purpose-label';
import { ReportForm } from './ReportForm';
import { ReportStatusTags } from './report-tags';

/** The visit and the report's deadline, at the top of the page. */
function ReportHeader({ report }: { report: TVisitReport }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Card size="small" data-testid="report-header">
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center">
          <Typography.Title
            level={4}
            style={{ margin: 0, overflowWrap: 'anywhere' }}
            data-testid="report-customer"
          >
            {report.customer.name}
          </Typography.Title>
          <ReportStatusTags report={report} />
        </Flex>
        <Descriptions
          size="small"
          column={screens.md ? 3 : 1}
          items={[
            { key: 'author', label: t('visitReports.fields.author'), children: report.author.displayName },
            {
              key: 'purpose',
              label: t('visitReports.fields.purpose'),
              children: purposeLabel(t, report.purpose),
            },
            {
              key: 'visited',
              label: t('visitReports.fields.visitedAt'),
              children: `${formatDateTimeMinutes(report.checkInAt)} – ${formatDateTimeMinutes(report.checkOutAt).slice(11)}`,
            },
            {
              key: 'due',
              label: t('visitReports.fields.dueAt'),
              children: formatDateTimeMinutes(report.dueAt),
            },
            ...(report.submittedAt
              ? [
                  {
                    key: 'submitted',
                    label: t('visitReports.fields.submittedAt'),
                    children: formatDateTimeMinutes(report.submittedAt),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}

/** A submitted report, as the supervisor reads it. */
function ReportView({ report }: { report: TVisitReport }) {
  const { t } = useTranslation();
  const text = (v: string | null) => (
    <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{v || '—'}</span>
  );
  return (
    <Card size="small" data-testid="report-view">
      <Descriptions
        size="small"
        column={1}
        layout="vertical"
        items={[
          {
            key: 'achieved',
            label: t('visitReports.fields.purposeAchieved'),
            children: report.purposeAchieved ? t(`visitReports.achieved.${report.purposeAchieved}`) : '—',
          },
          {
            key: 'situation',
            label: t('visitReports.fields.customerSituation'),
            children: text(report.customerSituation),
          },
          {
            key: 'needs',
            label: t('visitReports.fields.customerNeeds'),
            children: text(report.customerNeeds),
          },
          {
            key: 'competitors',
            label: t('visitReports.fields.competitorInfo'),
            children: text(report.competitorInfo),
          },
          { key: 'next', label: t('visitReports.fields.nextSteps'), children: text(report.nextSteps) },
        ]}
      />
    </Card>
  );
}

/**
 * VIS-5: one visit report — /visits/:id/report (by the visit, from the rep's day and 待办) or
 * /visit-reports/:id (from lists and the review in 待办). The rep writes it while it is a draft
 * or returned; otherwise it reads, with its commitments (VIS-6) and the review (approval panel).
 */
export function VisitReportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const byVisit = useLocation().pathname.startsWith('/visits/');
  const query = useVisitReport(byVisit ? { visitId: id } : { reportId: id });
  const report = query.data;
  const history = useApprovalHistory(VISIT_REPORT_DOC, report?.submittedAt ? report.id : undefined);
  // A decision taken in the approval panel changes the report: read it again.
  const decided = history.dataUpdatedAt;
  const refetch = query.refetch;
  useEffect(() => {
    if (decided) void refetch();
  }, [decided, refetch]);

  if (query.isPending) return <Skeleton active />;
  if (query.error) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return missing ? (
      <Empty description={t('visitReports.notFound')} data-testid="report-not-found" />
    ) : (
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  if (!report) return null;
  const tracked = report.commitments.filter((c) => c.status !== 'draft');
  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }} data-testid="visit-report-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('visitReports.title')}
      </Typography.Title>
      <ReportHeader report={report} />
      {report.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-returned"
          title={t('visitReports.returnedAlert', { comment: report.reviewComment ?? '' })}
          description={
            report.reviseDueAt
              ? t('visitReports.reviseBy', { time: formatDateTimeMinutes(report.reviseDueAt) })
              : null
          }
        />
      )}
      {report.actions.edit ? (
        <ReportForm key={report.id + report.status} report={report} />
      ) : (
        <ReportView report={report} />
      )}
      {(tracked.length > 0 || !report.actions.edit) && (
        <Flex vertical gap={8} data-testid="report-commitments">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('visitReports.commitment.tracked')}
          </Typography.Title>
          {tracked.length === 0 ? (
            <Typography.Text type="secondary">{t('visitReports.commitment.noTracked')}</Typography.Text>
          ) : (
            tracked.map((c) => <CommitmentCard key={c.id} c={c} showCustomer={false} />)
          )}
        </Flex>
      )}
      {report.submittedAt && (
        <ApprovalPanel
          docType={VISIT_REPORT_DOC}
          docId={report.id}
          title={`${report.customer.name} ${formatDate(report.checkOutAt)}`}
        />
      )}
    </Flex>
  );
}
