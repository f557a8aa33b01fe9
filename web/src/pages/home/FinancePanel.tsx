import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkbenchFinance } from './hooks';
import { AsOf } from './parts/AsOf';
import { FigureLink, MoneyLink } from './parts/Figure';
import { AgingChart } from './parts/Money';
import { PanelState } from './parts/PanelState';

/** One money figure: the amount and the count, both opening the payments behind them. */
function MoneyCount({
  title,
  figure,
  testId,
  note,
}: {
  title: string;
  figure: { amountFen: string; count: number; link: string };
  testId: string;
  note?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} style={{ height: '100%' }} data-testid={`${testId}-card`}>
      <Flex vertical gap={4}>
        <div style={{ fontSize: 24 }}>
          <MoneyLink fen={figure.amountFen} to={figure.link} testId={testId} strong />
        </div>
        <FigureLink to={figure.link} testId={`${testId}-count`}>
          {t('workbench.finance.count', { count: figure.count })}
        </FigureLink>
        {note && <Typography.Text type="secondary">{note}</Typography.Text>}
      </Flex>
    </Card>
  );
}

/** OPS-5, finance's 工作台: confirmations waiting, money collected today and this month, overdue by bucket. */
export function FinancePanel() {
  const { t } = useTranslation();
  const finance = useWorkbenchFinance(true);
  const data = finance.data;
  if (!data) return <PanelState error={finance.error} onRetry={() => void finance.refetch()} />;
  return (
    <Flex vertical gap={16} data-testid="workbench-finance">
      <AsOf asOf={data.asOf} onRefresh={() => void finance.refresh()} busy={finance.refreshing} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <MoneyCount
            title={t('workbench.finance.pending')}
            figure={data.pending}
            testId="finance-pending"
            note={
              data.pending.oldestReceivedOn
                ? t('workbench.finance.oldest', { date: data.pending.oldestReceivedOn })
                : undefined
            }
          />
        </Col>
        <Col xs={24} md={8}>
          <MoneyCount
            title={t('workbench.finance.today')}
            figure={data.collectedToday}
            testId="finance-today"
          />
        </Col>
        <Col xs={24} md={8}>
          <MoneyCount
            title={t('workbench.finance.month')}
            figure={data.collectedMonth}
            testId="finance-month"
          />
        </Col>
        {data.aging && (
          <Col xs={24}>
            <AgingChart aging={data.aging} prefix="finance" />
          </Col>
        )}
      </Row>
    </Flex>
  );
}
