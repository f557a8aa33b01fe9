import { Card, Col, List, Row, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWorkbenchCompany } from './hooks';
import { FigureLink, MoneyLink, pctText } from './parts/Figure';

type Region = TWorkbenchCompany['regions'][number];
type Performer = TWorkbenchCompany['performers']['month']['top'][number];

/** The units below the top (the regions): sales this month and year, overdue, pipeline, each linked. */
export function RegionsTable({ regions }: { regions: Region[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('workbench.company.regions')}>
      <Table<Region>
        rowKey={(r) => r.unit.id}
        size="small"
        pagination={false}
        data-testid="company-regions"
        dataSource={regions}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'unit', title: t('workbench.team.unit'), render: (_, r) => r.unit.name },
          {
            key: 'month',
            title: t('workbench.team.monthActual'),
            align: 'right',
            render: (_, r) => <MoneyLink fen={r.sales.month.actual} to={r.sales.month.link} />,
          },
          {
            key: 'monthPct',
            title: t('workbench.team.monthCompletion'),
            align: 'right',
            render: (_, r) => pctText(r.sales.month.completionPct),
          },
          {
            key: 'year',
            title: t('workbench.company.yearActual'),
            align: 'right',
            render: (_, r) => <MoneyLink fen={r.sales.year.actual} to={r.sales.year.link} />,
          },
          {
            key: 'yearPct',
            title: t('workbench.team.yearCompletion'),
            align: 'right',
            render: (_, r) => pctText(r.sales.year.completionPct),
          },
          {
            key: 'overdue',
            title: t('workbench.team.overdue'),
            align: 'right',
            render: (_, r) =>
              r.overdue ? <MoneyLink fen={r.overdue.amountFen} to={r.overdue.link} danger /> : '—',
          },
          {
            key: 'pipeline',
            title: t('workbench.team.pipeline'),
            align: 'right',
            render: (_, r) =>
              r.pipeline ? <MoneyLink fen={r.pipeline.amountFen} to={r.pipeline.link} /> : '—',
          },
        ]}
      />
    </Card>
  );
}

function PerformerList({ title, items, testId }: { title: string; items: Performer[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      header={<Typography.Text strong>{title}</Typography.Text>}
      dataSource={items}
      data-testid={testId}
      locale={{ emptyText: t('workbench.company.noPerformers') }}
      renderItem={(p, i) => (
        <List.Item key={p.user.id} extra={<FigureLink to={p.link}>{pctText(p.completionPct)}</FigureLink>}>
          <Typography.Text>
            {i + 1}. {p.user.displayName}
          </Typography.Text>
          <Typography.Text type="secondary"> · {p.unit.name}</Typography.Text>
        </List.Item>
      )}
    />
  );
}

/** PLAN-6: the five highest and the five lowest completions of the sales target, this month or this year. */
export function PerformersCard({ performers }: { performers: TWorkbenchCompany['performers'] }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<'month' | 'year'>('month');
  const shown = performers[period];
  return (
    <Card
      size="small"
      title={t('workbench.company.performers')}
      style={{ height: '100%' }}
      extra={
        <Segmented
          size="small"
          value={period}
          onChange={(v) => setPeriod(v as 'month' | 'year')}
          options={[
            { value: 'month', label: t('workbench.kpi.month') },
            { value: 'year', label: t('workbench.kpi.year') },
          ]}
        />
      }
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <PerformerList title={t('workbench.company.top')} items={shown.top} testId="company-top" />
        </Col>
        <Col xs={24} sm={12}>
          <PerformerList title={t('workbench.company.bottom')} items={shown.bottom} testId="company-bottom" />
        </Col>
      </Row>
    </Card>
  );
}
