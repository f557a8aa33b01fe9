import { Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TImportRun } from '../../../api/types';
import { importPercent } from './progress';

/** Step 2: the progress bar and the counts so far (polled every second). */
export function RunProgress({ run }: { run: TImportRun }) {
  const { t } = useTranslation();
  return (
    <div data-testid="import-progress">
      <Typography.Paragraph>
        {run.status === 'queued'
          ? t('imports.step2.queued')
          : t('imports.step2.running', { file: run.fileName })}
      </Typography.Paragraph>
      <Progress percent={importPercent(run)} status="active" />
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={6}>
          <Statistic
            title={t('imports.counts.processed')}
            value={run.processedRows}
            suffix={`/ ${run.totalRows}`}
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.counts.ok')} value={run.okRows} />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.counts.bad')} value={run.badRows} />
        </Col>
        <Col span={6}>
          <Statistic title={t('imports.counts.duplicates')} value={run.duplicateRows} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('imports.step2.background')}
      </Typography.Paragraph>
    </div>
  );
}
