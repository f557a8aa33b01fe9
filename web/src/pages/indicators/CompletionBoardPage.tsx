import { Button, Card, Empty, Progress, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { CoachingFormModal } from '../coaching/CoachingFormModal';
import { pctText, valueText } from './figures';
import { type TBoardItem, type TStanding, useCompletionBoard } from './hooks';
import { PeriodPicker } from './PeriodPicker';
import { codeOf } from './period-code';
import { StandingTag } from './standing-tag';
import { TrendBars } from './TrendBars';

const standingOrder: TStanding[] = ['behind', 'on_track', 'ahead', 'no_target'];

/** Points against the pace with their sign. */
const gapText = (gap: number | null) => (gap === null ? '—' : `${gap > 0 ? '+' : ''}${gap.toFixed(1)}`);

/**
 * PLAN-6 (完成情况看板): each person in my scope for the period — target, actual, completion
 * against the time-elapsed pace, ahead / on track / behind by the company's thresholds, the trend
 * of the periods before — and, for those behind whom I may coach, the coaching form.
 */
export function CompletionBoardPage() {
  const { t } = useTranslation();
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? codeOf('month', companyNow().format('YYYY-MM-DD'));
  const standing = (params.get('standing') as TStanding | null) ?? undefined;
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const board = useCompletionBoard({ period, ...(standing ? { standing } : {}), ...paging });
  const data = board.data;
  const [coach, setCoach] = useState<TBoardItem | null>(null);
  const set = (next: Record<string, string | null>) => {
    setPaging((p) => ({ ...p, page: 1 }));
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) v === null ? out.delete(k) : out.set(k, v);
        return out;
      },
      { replace: true },
    );
  };

  const columns: ColumnsType<TBoardItem> = [
    {
      title: t('indicators.board.person'),
      key: 'person',
      fixed: 'left',
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.subject.name}</Typography.Text>
          {i.subject.unit && <Typography.Text type="secondary">{i.subject.unit.name}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('indicators.columns.target'),
      key: 'target',
      align: 'right',
      render: (_, i) => valueText('sales', i.target),
    },
    {
      title: t('indicators.board.actual'),
      key: 'actual',
      align: 'right',
      render: (_, i) => valueText('sales', i.actual),
    },
    {
      title: t('indicators.columns.completion'),
      key: 'completion',
      render: (_, i) =>
        i.completionPct === null ? (
          <Typography.Text type="secondary">{t('indicators.noTarget')}</Typography.Text>
        ) : (
          <Progress
            percent={Math.min(i.completionPct, 100)}
            success={{ percent: Math.min(data?.pace.pct ?? 0, 100), strokeColor: 'transparent' }}
            format={() => pctText(i.completionPct)}
            status={i.standing === 'behind' ? 'exception' : 'normal'}
            size="small"
            style={{ minWidth: 120, margin: 0 }}
          />
        ),
    },
    { title: t('indicators.board.gap'), key: 'gap', align: 'right', render: (_, i) => gapText(i.gapPts) },
    {
      title: t('indicators.board.standing'),
      key: 'standing',
      render: (_, i) => <StandingTag standing={i.standing} />,
    },
    {
      title: t('indicators.board.trend'),
      key: 'trend',
      render: (_, i) => <TrendBars item={i} period={period} />,
    },
    {
      title: '',
      key: 'coach',
      render: (_, i) =>
        i.canCoach && i.standing === 'behind' ? (
          <Button size="small" danger onClick={() => setCoach(i)} data-testid={`coach-${i.subject.id}`}>
            {t('indicators.board.coach')}
          </Button>
        ) : null,
    },
  ];

  const counts = data?.counts;
  return (
    <Card title={t('indicators.board.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodPicker value={period} onChange={(p) => set({ period: p })} />
        <Segmented<TStanding | 'all'>
          value={standing ?? 'all'}
          options={[
            { value: 'all', label: t('indicators.board.all') },
            ...standingOrder.map((s) => ({
              value: s,
              label: `${enumLabel(t, 'standing', s)}${counts ? ` ${counts[s]}` : ''}`,
            })),
          ]}
          onChange={(s) => set({ standing: s === 'all' ? null : s })}
          data-testid="standing-filter"
        />
      </Space>
      {data && (
        <Typography.Paragraph type="secondary" data-testid="board-pace">
          {t('indicators.board.paceText', {
            pace: pctText(data.pace.pct),
            elapsed: data.pace.elapsed,
            total: data.pace.total,
            today: data.today,
            ahead: data.aheadPct,
            behind: data.behindPct,
            basis: enumLabel(t, 'salesMetric', data.salesMetric),
          })}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      <Table<TBoardItem>
        rowKey={(i) => i.subject.id}
        size={phone ? 'small' : 'middle'}
        loading={board.isFetching}
        dataSource={data?.items}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('indicators.board.empty')} /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        data-testid="completion-board"
      />
      {coach && (
        <CoachingFormModal
          open
          initial={{ repId: coach.subject.id, repName: coach.subject.name, period }}
          onClose={() => setCoach(null)}
        />
      )}
    </Card>
  );
}
