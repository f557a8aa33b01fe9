import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeMinutes } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { type TStatReport, useWriteAnalysis } from './hooks';

/** The longest analysis the server keeps. */
const MAX_ANALYSIS = 5000;

/**
 * OPS-4 (主管作完分析报告后上报经理): the analysis written on the report; those who produce the
 * unit's statistics may write or change it (the server says who: canAnalyse).
 */
export function AnalysisCard({ report }: { report: TStatReport }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const write = useWriteAnalysis();
  const a = report.analysis;
  return (
    <Card
      size="small"
      title={t('statReports.sections.analysis')}
      extra={
        report.canAnalyse && (
          <Button icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="analysis-edit">
            {t('statReports.analysis.edit')}
          </Button>
        )
      }
      data-testid="report-analysis"
    >
      {a ? (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="analysis-text">
            {a.text}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {t('statReports.analysis.by', { name: a.by.displayName, at: formatDateTimeMinutes(a.at) })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('statReports.analysis.empty')}</Typography.Text>
      )}
      <FormModal<{ analysis: string }>
        open={open}
        title={t('statReports.analysis.title')}
        onClose={() => setOpen(false)}
        initialValues={{ analysis: a?.text ?? '' }}
        onSubmit={(v) => write.mutateAsync({ id: report.id, analysis: v.analysis ?? '' })}
        successMessage={t('statReports.analysis.saved')}
        width={640}
        testId="analysis-form"
      >
        <Form.Item
          name="analysis"
          label={t('statReports.analysis.label')}
          extra={t('statReports.analysis.clearHint')}
        >
          <Input.TextArea rows={8} maxLength={MAX_ANALYSIS} showCount data-testid="analysis-input" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
