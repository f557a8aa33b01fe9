import { Card, Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TWorkbenchTeam } from './hooks';
import { FigureLink, MoneyLink, pctText } from './parts/Figure';

type Person = TWorkbenchTeam['people'][number];

/** OPS-5: the team per person — target, actual, completion, collections, overdue, pipeline — each linked. */
export function TeamTable({ team }: { team: TWorkbenchTeam }) {
  const { t } = useTranslation();
  const columns: ColumnsType<Person> = [
    {
      title: t('workbench.team.person'),
      key: 'person',
      fixed: 'left',
      width: 110,
      render: (_, p) => (
        <Link to={p.link} data-testid="workbench-person">
          {p.user.displayName}
        </Link>
      ),
    },
    { title: t('workbench.team.unit'), key: 'unit', width: 110, render: (_, p) => p.unit.name },
    {
      title: t('workbench.team.monthTarget'),
      key: 'target',
      align: 'right',
      render: (_, p) =>
        p.sales.month.target === null ? (
          '—'
        ) : (
          <MoneyLink fen={p.sales.month.target} to={p.sales.month.link} />
        ),
    },
    {
      title: t('workbench.team.monthActual'),
      key: 'actual',
      align: 'right',
      render: (_, p) => (
        <MoneyLink fen={p.sales.month.actual} to={p.sales.month.link} testId="workbench-person-actual" />
      ),
    },
    {
      title: t('workbench.team.monthCompletion'),
      key: 'completion',
      width: 140,
      render: (_, p) =>
        p.sales.month.completionPct === null ? (
          '—'
        ) : (
          <Progress
            size="small"
            percent={Math.min(100, p.sales.month.completionPct)}
            format={() => pctText(p.sales.month.completionPct)}
            strokeColor={p.sales.month.completionPct >= team.pace.month ? '#52c41a' : '#fa8c16'}
          />
        ),
    },
    {
      title: t('workbench.team.yearCompletion'),
      key: 'year',
      align: 'right',
      render: (_, p) => <FigureLink to={p.sales.year.link}>{pctText(p.sales.year.completionPct)}</FigureLink>,
    },
    {
      title: t('workbench.team.collected'),
      key: 'collected',
      align: 'right',
      render: (_, p) => <MoneyLink fen={p.collected.actual} to={p.collected.link} />,
    },
    {
      title: t('workbench.team.overdue'),
      key: 'overdue',
      align: 'right',
      render: (_, p) =>
        p.overdue ? (
          <MoneyLink fen={p.overdue.amountFen} to={p.overdue.link} danger testId="workbench-person-overdue" />
        ) : (
          '—'
        ),
    },
    {
      title: t('workbench.team.pipeline'),
      key: 'pipeline',
      align: 'right',
      render: (_, p) =>
        p.pipeline ? (
          <>
            <MoneyLink fen={p.pipeline.amountFen} to={p.pipeline.link} />
            <Typography.Text type="secondary"> ({p.pipeline.count})</Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Card size="small" title={t('workbench.team.people')}>
      <Table<Person>
        rowKey={(p) => p.user.id}
        size="small"
        data-testid="workbench-team-table"
        dataSource={team.people}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('workbench.team.empty') }}
      />
    </Card>
  );
}
