import { TrophyOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { pctText, valueText } from '../indicators/figures';
import { PeriodPicker, usePeriodText } from '../indicators/PeriodPicker';
import { ChampionDrawer } from './ChampionDrawer';
import { type TChampion, useChampions } from './hooks';

/** Last month (the latest month closed), the page's default. */
const lastMonth = () => dayjs().subtract(1, 'month').format('YYYY-MM');

/** One unit's champion: who, and the figures that made them champion. */
function ChampionCard({ c, onOpen }: { c: TChampion; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      hoverable
      onClick={onOpen}
      title={
        <Space>
          <TrophyOutlined style={{ color: '#faad14' }} />
          <span>{c.unit.name}</span>
          {c.scope === 'company' && <Tag color="gold">{enumLabel(t, 'scope', 'company')}</Tag>}
        </Space>
      }
      data-testid="champion-card"
    >
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="champion-name">
        {c.user.displayName}
      </Typography.Title>
      <Flex gap={16} wrap>
        <Typography.Text>
          {enumLabel(t, 'salesMetric', c.figures.salesMetric)}{' '}
          <Typography.Text strong data-testid="champion-sales">
            {valueText('sales', c.figures.sales)}
          </Typography.Text>
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('champions.fields.completion')} {pctText(c.figures.completionPct)}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/**
 * INC-7 (销售冠军): the champions of a closed month, quarter or year — the company's and every
 * unit's — a card each; a card opens why (the ranking and the tie rule) and the rewards.
 */
export function ChampionsPage() {
  const { t } = useTranslation();
  const words = usePeriodText();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? lastMonth();
  const list = useChampions({ period, pageSize: 200, sort: 'period', order: 'desc' });
  const items = [...(list.data?.items ?? [])].sort(
    (a, b) => (a.scope === 'company' ? 0 : 1) - (b.scope === 'company' ? 0 : 1),
  );
  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return (
    <Card
      title={t('champions.title')}
      extra={
        <PeriodPicker
          value={period}
          onChange={(p) => set('period', p)}
          kinds={['month', 'quarter', 'year']}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        {t('champions.intro', { period: words(period) })}
      </Typography.Paragraph>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.data && items.length === 0 && <Empty description={t('champions.empty')} />}
      <Row gutter={[16, 16]} data-testid="champion-cards">
        {items.map((c) => (
          <Col key={c.id} xs={24} sm={12} lg={8}>
            <ChampionCard c={c} onOpen={() => set('id', c.id)} />
          </Col>
        ))}
      </Row>
      <ChampionDrawer id={params.get('id')} onClose={() => set('id', null)} />
    </Card>
  );
}
