import { Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { companyNow } from '../../components/company-time';
import { ExportButton } from '../../components/ExportButton';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { PeriodPicker } from '../indicators/PeriodPicker';
import { AwardFormModal } from './AwardFormModal';
import { type TPointsBoard, type TPointsBoardRow, usePointsBoard } from './hooks';

type Sort = 'balance' | 'earned' | 'redeemed' | 'expired' | 'name';
type UnitRow = TPointsBoard['units'][number];

/**
 * INC-6 (积分公示): everyone's points for a month, quarter or year — balance, earned, redeemed,
 * expired — per person, per unit and for the company; exported to Excel. Leaders propose extra
 * points from a person's line.
 */
export function PointsBoardPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(companyNow().format('YYYY-MM'));
  const [proposing, setProposing] = useState<TPointsBoardRow['person'] | null>(null);
  const table = useServerTable<Record<string, never>, Sort>({ order: 'desc' });
  const board = usePointsBoard({ ...table.params, period });
  const data = board.data;

  const figureColumns = <T extends { balance: string; earned: string; redeemed: string; expired: string }>(
    sortable: boolean,
  ): ColumnsType<T> =>
    (['balance', 'earned', 'redeemed', 'expired'] as const).map((k) => ({
      title: t(`points.board.${k}`),
      dataIndex: k,
      key: k,
      align: 'right' as const,
      sorter: sortable,
      ...(k === 'balance' && sortable ? { defaultSortOrder: 'descend' as const } : {}),
    }));

  const columns: ColumnsType<TPointsBoardRow> = [
    {
      title: t('points.board.person'),
      key: 'name',
      sorter: true,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.person.displayName}</Typography.Text>
          <Typography.Text type="secondary">{r.unit.name}</Typography.Text>
        </Space>
      ),
    },
    ...figureColumns<TPointsBoardRow>(true),
    ...(data?.canPropose
      ? [
          {
            title: '',
            key: 'actions',
            render: (_: unknown, r: TPointsBoardRow) => (
              <Space>
                <Link to={`/points/people/${r.person.id}`}>{t('points.board.open')}</Link>
                <Button size="small" type="link" onClick={() => setProposing(r.person)}>
                  {t('points.award.open')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  const unitColumns: ColumnsType<UnitRow> = [
    { title: t('points.board.unit'), key: 'unit', render: (_, u) => u.unit.name },
    { title: t('points.board.people'), dataIndex: 'people', key: 'people', align: 'right' },
    ...figureColumns<UnitRow>(false),
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('points.board.title')}
        extra={<ExportButton path="/api/points/board/export" query={{ period }} />}
      >
        <Space style={{ marginBottom: 16 }} wrap>
          <PeriodPicker value={period} onChange={setPeriod} kinds={['month', 'quarter', 'year']} />
          {data && (
            <Typography.Text type="secondary" data-testid="points-board-totals">
              {t('points.board.totals', { ...data.totals })}
            </Typography.Text>
          )}
        </Space>
        <Table<UnitRow>
          rowKey={(u) => u.unit.id}
          size="small"
          dataSource={data?.units ?? []}
          columns={unitColumns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          style={{ marginBottom: 16 }}
          data-testid="points-board-units"
        />
        <PagedTable<TPointsBoardRow, Record<string, never>, Sort>
          rowKey={(r) => r.person.id}
          query={board}
          table={table}
          columns={columns}
          locale={{ emptyText: t('points.board.empty') }}
          data-testid="points-board"
        />
      </Card>
      {proposing && <AwardFormModal person={proposing} onClose={() => setProposing(null)} />}
    </Space>
  );
}
