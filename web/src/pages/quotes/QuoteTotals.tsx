import { Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { chineseAmount } from '../../components/chinese-amount';
import { formatYuan } from '../../components/format';
import type { DraftTotals } from './line-math';

/**
 * Q2C-3: a quote's figures, each saying what it is: 不含税金额 + 税额 = 含税合计 (prices include
 * VAT), beside the total at list prices, and the total in Chinese capitals. The editor passes its
 * live figures, so they change as lines change, before saving.
 */
export function QuoteTotals({ totals, taxRatePct }: { totals: DraftTotals; taxRatePct: number }) {
  const { t } = useTranslation();
  return (
    <div data-testid="quote-totals">
      <Row gutter={24} style={{ marginTop: 16 }}>
        <Col>
          <Statistic
            title={t('quotes.fields.net')}
            value={formatYuan(totals.netTotalFen)}
            data-testid="quote-net-total"
          />
        </Col>
        <Col>
          <Statistic
            title={t('quotes.fields.tax', { rate: taxRatePct })}
            value={formatYuan(totals.taxFen)}
            data-testid="quote-tax"
          />
        </Col>
        <Col>
          <Statistic
            title={t('quotes.fields.total')}
            value={formatYuan(totals.totalFen)}
            styles={{ content: { fontWeight: 600 } }}
            data-testid="quote-total"
          />
        </Col>
        <Col>
          <Statistic title={t('quotes.fields.listTotal')} value={formatYuan(totals.listTotalFen)} />
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginTop: 8 }} data-testid="quote-capitals">
        {t('quotes.print.capitals', { text: chineseAmount(totals.totalFen.toString()) })}
      </Typography.Paragraph>
    </div>
  );
}
