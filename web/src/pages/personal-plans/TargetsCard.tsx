import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';
import { metricValueText } from '../targets/sales-plan/metric-value';
import type { TPlanTarget } from './hooks';

/**
 * PLAN-4: the rep's targets for the period as approved in the target tree — read-only; a metric
 * without an approved target says so.
 */
export function TargetsCard({ targets, extra }: { targets: readonly TPlanTarget[]; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('personalPlans.targets.title')} extra={extra} data-testid="plan-targets">
      <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
        {targets.map((x) => (
          <Descriptions.Item key={x.metric} label={enumLabel(t, 'metric', x.metric)}>
            {x.value === null ? (
              <Typography.Text type="secondary">{t('personalPlans.targets.notSet')}</Typography.Text>
            ) : (
              <Typography.Text strong data-testid={`target-${x.metric}`}>
                {metricValueText(x.metric, x.value)}
              </Typography.Text>
            )}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Text type="secondary">{t('personalPlans.targets.hint')}</Typography.Text>
    </Card>
  );
}
