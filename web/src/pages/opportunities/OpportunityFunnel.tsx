import { Card, Col, DatePicker, Empty, Form, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { FunnelChart } from 'echarts/charts';
import { LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactECharts from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { useOpportunityFunnel } from '../../api/hooks/opportunities';
import type { TFunnelStage, TOpportunityFunnelQuery } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dateRangeQuery, formatFenText } from '../../components/format';
import { SearchForm } from '../../components/SearchForm';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { StageTag } from './stages';

echarts.use([FunnelChart, TooltipComponent, LegendComponent, TitleComponent, CanvasRenderer]);

interface FormValues {
  ownerId?: string;
  unitId?: string;
  created?: [Dayjs | null, Dayjs | null] | null;
}

/**
 * CUS-8: the sales funnel — how many opportunities reached each stage (from the stage history)
 * and the conversion between stages, with what sits at each stage now and its weighted amount.
 */
export function OpportunityFunnel() {
  const { t } = useTranslation();
  const me = useMe();
  // OPS-5: a unit's or a person's pipeline on the 工作台 opens their funnel (?unitId= / ?ownerId=).
  const [params] = useSearchParams();
  const [query, setQuery] = useState<TOpportunityFunnelQuery>(() => ({
    unitId: params.get('unitId') ?? undefined,
    ownerId: params.get('ownerId') ?? undefined,
  }));
  const funnel = useOpportunityFunnel(query);
  const seesOthers = (me.data?.permissions['opportunity:read'] ?? 'own') !== 'own';
  const data = funnel.data;
  const label = (stage: string) => t(`opportunities.stages.${stage}`);

  const option = data && {
    title: { text: t('opportunities.funnel.title'), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const s = data.stages[p.dataIndex]!;
        return t('opportunities.funnel.reachedTooltip', {
          stage: label(s.stage),
          reached: s.reached,
          count: s.count,
          amount: formatFenText(s.amountFen),
        });
      },
    },
    legend: { bottom: 0, data: data.stages.map((s) => label(s.stage)) },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        top: 40,
        bottom: 40,
        left: '10%',
        width: '80%',
        minSize: '8%',
        gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        data: data.stages.map((s) => ({ name: label(s.stage), value: s.reached })),
      },
    ],
  };

  return (
    <>
      <SearchForm<FormValues>
        onSearch={(v) => {
          const range = dateRangeQuery(v.created);
          setQuery({
            ownerId: v.ownerId || undefined,
            unitId: v.unitId || undefined,
            createdFrom: range.from,
            createdTo: range.to,
          });
        }}
      >
        {seesOthers && (
          <Form.Item name="ownerId">
            <UserSelect placeholder={t('opportunities.filters.owner')} />
          </Form.Item>
        )}
        {seesOthers && (
          <Form.Item name="unitId">
            <UnitTreeSelect placeholder={t('opportunities.funnel.unit')} />
          </Form.Item>
        )}
        <Form.Item name="created" label={t('opportunities.funnel.createdRange')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
      </SearchForm>
      <ErrorAlert error={funnel.error} onRetry={() => void funnel.refetch()} />
      {funnel.isPending && <Skeleton active />}
      {data && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title={t('opportunities.funnel.total')} value={data.total} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('opportunities.funnel.openAmount')}
                value={formatFenText(data.openAmountFen)}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('opportunities.funnel.openWeighted')}
                value={formatFenText(data.openWeightedFen)}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('opportunities.funnel.lostCount')}
                value={`${data.lost.count} / ${formatFenText(data.lost.amountFen)}`}
              />
            </Col>
          </Row>
          {data.total === 0 ? (
            <Empty description={t('opportunities.funnel.empty')} />
          ) : (
            <Card size="small" style={{ marginBottom: 16 }}>
              <ReactECharts
                echarts={echarts}
                option={option ?? {}}
                notMerge
                style={{ height: 360 }}
                opts={{ renderer: 'canvas' }}
              />
            </Card>
          )}
          <Table<TFunnelStage>
            rowKey="stage"
            size="small"
            pagination={false}
            dataSource={data.stages}
            data-testid="opportunity-funnel-table"
            columns={[
              {
                key: 'stage',
                title: t('opportunities.fields.stage'),
                render: (_, r) => <StageTag stage={r.stage} />,
              },
              {
                key: 'reached',
                title: t('opportunities.funnel.reached'),
                align: 'right',
                dataIndex: 'reached',
              },
              {
                key: 'conversion',
                title: t('opportunities.funnel.conversion'),
                align: 'right',
                render: (_, r) => (r.conversionPct === null ? '—' : `${r.conversionPct}%`),
              },
              { key: 'count', title: t('opportunities.funnel.current'), align: 'right', dataIndex: 'count' },
              {
                key: 'amount',
                title: t('opportunities.funnel.amount'),
                align: 'right',
                render: (_, r) => formatFenText(r.amountFen),
              },
              {
                key: 'weighted',
                title: t('opportunities.funnel.weighted'),
                align: 'right',
                render: (_, r) => formatFenText(r.weightedFen),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('opportunities.funnel.explain')}
          </Typography.Paragraph>
        </>
      )}
    </>
  );
}
