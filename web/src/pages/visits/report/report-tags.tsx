import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TVisitCommitment, TVisitReportListItem } from '../../../api/hooks/visit-reports';

const reportColor: Record<TVisitReportListItem['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'warning',
};

/** VIS-5: where a report stands, and whether it came (or is) late. */
export function ReportStatusTags({ report }: { report: Pick<TVisitReportListItem, 'status' | 'late'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={reportColor[report.status]} data-testid="report-status">
        {t(`visitReports.status.${report.status}`)}
      </Tag>
      {report.late && <Tag color="red">{t('visitReports.late')}</Tag>}
    </>
  );
}

const commitmentColor: Record<TVisitCommitment['status'], string> = {
  draft: 'default',
  open: 'processing',
  done: 'gold',
  confirmed: 'success',
  cancelled: 'default',
};

/** VIS-6: where a commitment stands, and whether it is overdue. */
export function CommitmentStatusTags({ c }: { c: Pick<TVisitCommitment, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={commitmentColor[c.status]} data-testid="commitment-status">
        {t(`visitCommitments.status.${c.status}`)}
      </Tag>
      {c.overdue && <Tag color="red">{t('visitCommitments.overdue')}</Tag>}
    </>
  );
}
