import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hoursText, pctText } from './compliance-format';
import type { TComplianceFigures } from './hooks';

/** VIS-7: one person's or the team's month at a glance. */
export function FiguresSummary({ figures, testId }: { figures: TComplianceFigures; testId?: string }) {
  const { t } = useTranslation();
  const r = figures.reports;
  const c = figures.commitments;
  const cell = (title: string, value: string | number, note?: string) => (
    <Col xs={12} sm={8} lg={4}>
      <Card size="small" style={{ height: '100%' }}>
        <Statistic title={title} value={value} />
        {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
      </Card>
    </Col>
  );
  return (
    <Row gutter={[8, 8]} data-testid={testId} style={{ marginBottom: 16 }}>
      {cell(
        t('visitCompliance.columns.completion'),
        pctText(figures.completionPct),
        t('visitCompliance.summary.plannedDone', { done: figures.plannedDone, planned: figures.planned }),
      )}
      {cell(
        t('visitCompliance.columns.done'),
        figures.done,
        t('visitCompliance.summary.adHoc', { count: figures.doneAdHoc }),
      )}
      {cell(
        t('visitCompliance.columns.hoursSpent'),
        hoursText(figures.spentMinutes),
        t('visitCompliance.summary.hoursPlanned', { hours: hoursText(figures.plannedMinutes) }),
      )}
      {cell(
        t('visitCompliance.columns.reportsOnTime'),
        r.onTime,
        t('visitCompliance.summary.reports', { late: r.late, missing: r.missing, notDue: r.notDue }),
      )}
      {cell(
        t('visitCompliance.columns.commitmentsOnTime'),
        `${c.onTime} / ${c.due}`,
        t('visitCompliance.summary.commitments', { late: c.late, overdue: c.openOverdue, open: c.open }),
      )}
    </Row>
  );
}
