import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../components/format';
import type { TDayFigures } from './hooks';

const counts = ['newCustomers', 'inquiries', 'visits', 'quotes', 'contracts', 'orders'] as const;

/** OPS-2/OPS-6: one day's figures — counts and the money confirmed. */
export function FiguresView({ figures, testId }: { figures: TDayFigures; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 2, sm: 3, md: 4 }}
      data-testid={testId ?? 'day-figures'}
      items={[
        ...counts.map((m) => ({
          key: m,
          label: t(`dailyReports.figures.${m}`),
          children: <span data-testid={`figure-${m}`}>{figures[m]}</span>,
        })),
        {
          key: 'collectedFen',
          label: t('dailyReports.figures.collectedFen'),
          children: <span data-testid="figure-collectedFen">{formatYuan(BigInt(figures.collectedFen))}</span>,
        },
      ]}
    />
  );
}
