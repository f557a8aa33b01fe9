import { GiftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Segmented, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatFenText } from '../../components/format';
import { enumLabel } from '../../i18n/labels';
import { type TRewardItem, type TRewardKind, useRewardBalance, useRewardItems } from './hooks';
import { MyRedemptions } from './MyRedemptions';
import { RedeemModal } from './RedeemModal';

const kinds: TRewardKind[] = ['gift', 'coupon', 'training'];

/** INC-5/INC-6: my live points and the next lot to expire. */
function BalanceCard() {
  const { t } = useTranslation();
  const balance = useRewardBalance();
  const next = balance.data?.lots.find((l) => l.expiresAt !== null);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <ErrorAlert error={balance.error} onRetry={() => void balance.refetch()} />
      <Space wrap size={[32, 8]} align="end">
        <Statistic
          title={t('rewards.balance.title')}
          value={balance.data?.balance ?? '—'}
          loading={balance.isLoading}
          valueRender={(node) => <span data-testid="reward-balance">{node}</span>}
        />
        {next && (
          <Typography.Text type="secondary" data-testid="reward-next-expiry">
            {t('rewards.balance.nextExpiry', { n: next.remaining, date: formatDate(next.expiresAt!) })}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

function RewardCard({ item, onRedeem }: { item: TRewardItem; onRedeem: () => void }) {
  const { t } = useTranslation();
  const soldOut = item.stock !== null && item.stock < 1;
  return (
    <Card
      size="small"
      data-testid="reward-card"
      title={<span data-testid="reward-name">{item.name}</span>}
      extra={<Tag>{enumLabel(t, 'kind', item.kind)}</Tag>}
      style={{ height: '100%' }}
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text strong style={{ fontSize: 20 }} data-testid="reward-price">
          {t('rewards.points', { n: item.pointsPrice })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('rewards.fields.value')} {formatFenText(item.valueFen)} ·{' '}
          {item.stock === null ? t('rewards.stock.unlimited') : t('rewards.stock.left', { n: item.stock })}
        </Typography.Text>
        {item.description && (
          <Typography.Paragraph style={{ marginBottom: 4 }}>{item.description}</Typography.Paragraph>
        )}
        <Button
          type="primary"
          block
          icon={<GiftOutlined />}
          disabled={soldOut}
          onClick={onRedeem}
          data-testid="reward-redeem"
        >
          {soldOut ? t('rewards.stock.soldOut') : t('rewards.redeem.button')}
        </Button>
      </Space>
    </Card>
  );
}

/**
 * INC-6 (积分商城): my live points on top; the catalogue as cards with their points price and stock,
 * redeemed through a confirmation; my redemptions and where they stand. Works on a phone.
 */
export function RewardsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'mine' ? 'mine' : 'catalogue';
  const [kind, setKind] = useState<TRewardKind | 'all'>('all');
  const [page, setPage] = useState(1);
  const items = useRewardItems({
    active: 'true',
    ...(kind === 'all' ? {} : { kind }),
    page,
    pageSize: 24,
  });
  const balance = useRewardBalance();
  const [redeeming, setRedeeming] = useState<TRewardItem | null>(null);
  const setTab = (key: string) => setParams(key === 'mine' ? { tab: 'mine' } : {}, { replace: true });

  const catalogue = (
    <>
      <Segmented<TRewardKind | 'all'>
        style={{ marginBottom: 16 }}
        value={kind}
        options={[
          { value: 'all', label: t('rewards.filters.all') },
          ...kinds.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) })),
        ]}
        onChange={(v) => {
          setKind(v);
          setPage(1);
        }}
      />
      <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />
      {items.data && items.data.items.length === 0 && <Empty description={t('rewards.empty')} />}
      <Row gutter={[12, 12]} data-testid="reward-catalogue">
        {(items.data?.items ?? []).map((item) => (
          <Col key={item.id} xs={24} sm={12} lg={8} xl={6}>
            <RewardCard item={item} onRedeem={() => setRedeeming(item)} />
          </Col>
        ))}
      </Row>
      {(items.data?.total ?? 0) > 24 && (
        <Space style={{ marginTop: 16 }}>
          <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('common.prevPage')}
          </Button>
          <Button disabled={page * 24 >= (items.data?.total ?? 0)} onClick={() => setPage(page + 1)}>
            {t('common.nextPage')}
          </Button>
        </Space>
      )}
    </>
  );

  return (
    <Card title={t('rewards.title')}>
      <BalanceCard />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'catalogue', label: t('rewards.tabs.catalogue'), children: catalogue },
          {
            key: 'mine',
            label: <span data-testid="tab-mine">{t('rewards.tabs.mine')}</span>,
            children: <MyRedemptions />,
          },
        ]}
      />
      {redeeming && (
        <RedeemModal
          item={redeeming}
          balance={balance.data ? BigInt(balance.data.balance) : null}
          onClose={() => setRedeeming(null)}
          onDone={() => {
            setRedeeming(null);
            setTab('mine');
          }}
        />
      )}
    </Card>
  );
}
