import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { FiguresView } from './FiguresView';
import { useDailyReport, useReviewReport, useSaveNotes, useSubmitReport } from './hooks';

/** Printing shows the report alone, in black on A4. */
const printCss = `
@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden !important; }
  .daily-print, .daily-print * { visibility: visible !important; }
  .daily-print { position: absolute; left: 0; top: 0; width: 100%; }
  .daily-print-tools { display: none !important; }
}
`;

/**
 * OPS-2: one daily sales report — the day's figures, the rep's notes (saved, or submitted for
 * review), the supervisor's review (approve, or return with a comment); printable.
 */
export function DailyReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useDailyReport(id);
  const save = useSaveNotes();
  const submit = useSubmitReport();
  const review = useReviewReport();
  const action = useAction();
  const [notes, setNotes] = useState('');
  const [comment, setComment] = useState('');
  useEffect(() => {
    if (report.data) setNotes(report.data.notes);
  }, [report.data]);
  if (report.isLoading) return <Skeleton active />;
  if (report.error || !report.data) return <ErrorAlert error={report.error} />;
  const r = report.data;
  const title = r.user
    ? t('dailyReports.personTitle', { name: r.user.displayName, day: r.day })
    : t('dailyReports.unitTitle', { unit: r.unit.name, day: r.day });
  return (
    <div className="daily-print">
      <style>{printCss}</style>
      <Space className="daily-print-tools" style={{ marginBottom: 12 }} wrap>
        <Link to="/daily-reports">
          <ArrowLeftOutlined /> {t('dailyReports.back')}
        </Link>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print">
          {t('dailyReports.print')}
        </Button>
      </Space>
      <Card
        title={<span data-testid="report-title">{title}</span>}
        extra={
          <Space wrap>
            {r.archived && <Tag>{t('dailyReports.archived')}</Tag>}
            {r.reviewStatus && <Tag color="blue">{enumLabel(t, 'reviewStatus', r.reviewStatus)}</Tag>}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          {r.unit.name} · {t('dailyReports.generatedAt', { at: formatDateTimeMinutes(r.generatedAt) })}
        </Typography.Paragraph>
        <FiguresView figures={r.figures} />
        {r.reviewStatus === 'returned' && r.reviewComment && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message={t('dailyReports.returnedBy', { name: r.reviewedBy?.displayName ?? '' })}
            description={r.reviewComment}
          />
        )}
        {r.kind === 'person' && (
          <Form layout="vertical" style={{ marginTop: 16 }}>
            <Form.Item label={t('dailyReports.fields.notes')}>
              {r.canWrite ? (
                <Input.TextArea
                  rows={4}
                  maxLength={4000}
                  value={notes}
                  onChange={(e) => setNotes(e.target.value)}
                  data-testid="notes"
                />
              ) : (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="notes-text">
                  {r.notes || t('dailyReports.noNotes')}
                </Typography.Paragraph>
              )}
            </Form.Item>
            {r.canWrite && (
              <Space className="daily-print-tools" wrap>
                <Button
                  loading={save.isPending}
                  onClick={() =>
                    void action.run(() => save.mutateAsync({ id, notes }), t('dailyReports.saved'))
                  }
                >
                  {t('dailyReports.save')}
                </Button>
                <Button
                  type="primary"
                  disabled={notes.trim() === ''}
                  loading={submit.isPending}
                  onClick={() =>
                    void action.run(() => submit.mutateAsync({ id, notes }), t('dailyReports.submitted'))
                  }
                  data-testid="submit"
                >
                  {t('dailyReports.submit')}
                </Button>
              </Space>
            )}
          </Form>
        )}
        {r.canReview && (
          <Space className="daily-print-tools" direction="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              placeholder={t('dailyReports.reviewComment')}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <Space wrap>
              <Button
                type="primary"
                onClick={() =>
                  void action.run(
                    () => review.mutateAsync({ id, verdict: 'approved', comment }),
                    t('dailyReports.approved'),
                  )
                }
              >
                {t('dailyReports.approve')}
              </Button>
              <Popconfirm
                title={t('dailyReports.returnConfirm')}
                disabled={comment.trim() === ''}
                onConfirm={() =>
                  action.run(
                    () => review.mutateAsync({ id, verdict: 'returned', comment }),
                    t('dailyReports.returned'),
                  )
                }
              >
                <Button danger disabled={comment.trim() === ''}>
                  {t('dailyReports.return')}
                </Button>
              </Popconfirm>
            </Space>
          </Space>
        )}
      </Card>
    </div>
  );
}
