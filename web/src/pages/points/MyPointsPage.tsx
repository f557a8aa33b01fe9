import { GiftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePhone } from '../../components/use-phone';
import { AwardFormModal } from './AwardFormModal';
import { type TPointsEntry, type TPointsLot, usePointsHistory, usePointsSummary } from './hooks';
import { WhyDrawer } from './WhyDrawer';
import { kindText, refTypeText } from './words';

const signed = (n: string) => (BigInt(n) > 0n ? `+${n}` : n);

/** What earned a lot or moved an entry, as a link where it opens. */
function RefLink({ r }: { r: TPointsLot['ref'] }) {
  const { t } = useTranslation();
  if (!r) return null;
  const text = `${refTypeText(t, r.type)}${r.label ? ` ${r.label}` : ''}`;
  return r.link ? <Link to={r.link}>{text}</Link> : <span>{text}</span>;
}

/**
 * INC-5 (我的积分): the balance, what expires soon, the balance as of a day, the lots with their
 * expiry and what earned them, the history with the why of each entry. `/points` is mine;
 * `/points/people/:id` a person in my scope (with 申请奖励积分 for those who may propose).
 */
export function MyPointsPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const { id } = useParams<{ id: string }>();
  const [asOf, setAsOf] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [why, setWhy] = useState<TPointsEntry | null>(null);
  const [proposing, setProposing] = useState(false);
  const summary = usePointsSummary(id, asOf);
  const history = usePointsHistory(id, paging);
  const s = summary.data;

  const lotColumns: ColumnsType<TPointsLot> = [
    { title: t('points.fields.kind'), key: 'kind', render: (_, l) => kindText(t, l.kind) },
    { title: t('points.fields.amount'), dataIndex: 'amount', key: 'amount', align: 'right' },
    {
      title: t('points.fields.remaining'),
      dataIndex: 'remaining',
      key: 'remaining',
      align: 'right',
      render: (v: string, l) => (l.expired ? <Tag>{t('points.expired')}</Tag> : v),
    },
    { title: t('points.fields.at'), key: 'at', render: (_, l) => formatDate(l.at) },
    {
      title: t('points.fields.expiresAt'),
      key: 'expiresAt',
      render: (_, l) => (l.expiresAt ? formatDate(l.expiresAt) : t('points.never')),
    },
    { title: t('points.fields.ref'), key: 'ref', render: (_, l) => <RefLink r={l.ref} /> },
  ];
  const phoneLotColumns: ColumnsType<TPointsLot> = [
    {
      title: t('points.fields.lot'),
      key: 'lot',
      render: (_, l) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>
            {kindText(t, l.kind)} · {l.expired ? t('points.expired') : `${l.remaining}/${l.amount}`}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('points.expiresOn', { date: l.expiresAt ? formatDate(l.expiresAt) : t('points.never') })}
          </Typography.Text>
          <RefLink r={l.ref} />
        </Space>
      ),
    },
  ];
  const historyColumns: ColumnsType<TPointsEntry> = [
    { title: t('points.fields.at'), key: 'at', render: (_, e) => formatDateTime(e.at) },
    { title: t('points.fields.kind'), key: 'kind', render: (_, e) => kindText(t, e.kind) },
    {
      title: t('points.fields.amount'),
      key: 'amount',
      align: 'right',
      render: (_, e) => (
        <Typography.Text type={BigInt(e.amount) < 0n ? 'danger' : 'success'}>
          {signed(e.amount)}
        </Typography.Text>
      ),
    },
    ...(phone
      ? []
      : [
          {
            title: t('points.fields.ref'),
            key: 'ref',
            render: (_: unknown, e: TPointsEntry) => <RefLink r={e.ref} />,
          },
        ]),
    {
      title: '',
      key: 'why',
      render: (_, e) => (
        <Button size="small" type="link" onClick={() => setWhy(e)} data-testid="points-why-open">
          {t('points.why.open')}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
      <Card
        title={id && s ? t('points.personTitle', { name: s.person.displayName }) : t('points.title')}
        extra={
          s?.canPropose && (
            <Button icon={<GiftOutlined />} onClick={() => setProposing(true)} data-testid="points-propose">
              {t('points.award.open')}
            </Button>
          )
        }
      >
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('points.balance')}
              value={s?.balance ?? '—'}
              loading={summary.isLoading}
              valueRender={(node) => <span data-testid="points-balance">{node}</span>}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('points.expiringSoon', { days: s?.expiringSoon.days ?? 30 })}
              value={s?.expiringSoon.points ?? '—'}
              valueStyle={s && BigInt(s.expiringSoon.points) > 0n ? { color: '#d46b08' } : undefined}
            />
          </Col>
          <Col xs={24} md={12}>
            <Space orientation="vertical" size={4}>
              <Typography.Text type="secondary">{t('points.asOf')}</Typography.Text>
              <Space wrap>
                <DatePicker
                  onChange={(d: Dayjs | null) => setAsOf(d ? d.format('YYYY-MM-DD') : undefined)}
                  data-testid="points-asof"
                />
                {s?.asOf && (
                  <Typography.Text strong data-testid="points-asof-balance">
                    {t('points.asOfBalance', { date: formatDate(s.asOf.date), points: s.asOf.balance })}
                  </Typography.Text>
                )}
              </Space>
            </Space>
          </Col>
        </Row>
        {s && BigInt(s.expiringSoon.points) > 0n && (
          <Alert
            style={{ marginTop: 16 }}
            type="warning"
            showIcon
            message={t('points.expiringAlert', {
              points: s.expiringSoon.points,
              date: formatDate(s.expiringSoon.firstOn),
            })}
            data-testid="points-expiring"
          />
        )}
      </Card>
      <Card title={t('points.lots')} size="small">
        <Table<TPointsLot>
          rowKey="id"
          size="small"
          dataSource={s?.lots ?? []}
          columns={phone ? phoneLotColumns : lotColumns}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={phone ? undefined : { x: 'max-content' }}
          locale={{ emptyText: t('points.noLots') }}
          data-testid="points-lots"
        />
      </Card>
      <Card title={t('points.history')} size="small">
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
        <Table<TPointsEntry>
          rowKey="id"
          size="small"
          loading={history.isFetching}
          dataSource={history.data?.items ?? []}
          columns={historyColumns}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: history.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          locale={{ emptyText: t('points.noHistory') }}
          data-testid="points-history"
        />
      </Card>
      <WhyDrawer entry={why} onClose={() => setWhy(null)} />
      {proposing && s && (
        <AwardFormModal
          person={{ id: s.person.id, displayName: s.person.displayName }}
          onClose={() => setProposing(false)}
        />
      )}
    </Space>
  );
}
