import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { type TTeamMember, useTeam } from './hooks';

const sumFen = (items: TTeamMember[], pick: (m: TTeamMember) => string) =>
  items.reduce((total, m) => total + BigInt(pick(m)), 0n).toString();

function Money({ fen, danger }: { fen: string; danger?: boolean }) {
  return (
    <Typography.Text type={danger && BigInt(fen) > 0n ? 'danger' : undefined}>
      {formatFenText(fen)}
    </Typography.Text>
  );
}

/** ORG-3/ORG-5 (团队): a superior's people with today's figures — a supervisor's reps, a manager's unit tree. */
export function TeamPage() {
  const { t } = useTranslation();
  const team = useTeam();
  const items = team.data?.items ?? [];
  const columns: ColumnsType<TTeamMember> = [
    {
      title: t('team.columns.name'),
      dataIndex: 'displayName',
      fixed: 'left',
      width: 120,
      render: (_, m) => <Typography.Text strong>{m.displayName}</Typography.Text>,
    },
    { title: t('team.columns.unit'), key: 'unit', width: 140, render: (_, m) => m.unit.name },
    {
      title: t('team.columns.superior'),
      key: 'superior',
      width: 110,
      render: (_, m) => m.superior?.displayName ?? '',
    },
    { title: t('team.columns.customers'), dataIndex: 'customers', align: 'right', width: 100 },
    {
      title: t('team.columns.openOpportunities'),
      dataIndex: 'openOpportunities',
      align: 'right',
      width: 110,
    },
    {
      title: t('team.columns.openOpportunityAmount'),
      key: 'openOpportunityFen',
      align: 'right',
      width: 150,
      render: (_, m) => <Money fen={m.openOpportunityFen} />,
    },
    {
      title: t('team.columns.overdue'),
      key: 'overdueFen',
      align: 'right',
      width: 150,
      render: (_, m) => <Money fen={m.overdueFen} danger />,
    },
    {
      title: t('team.columns.collectedThisMonth'),
      key: 'collectedThisMonthFen',
      align: 'right',
      width: 150,
      render: (_, m) => <Money fen={m.collectedThisMonthFen} />,
    },
  ];
  return (
    <Card title={t('team.title')}>
      <Typography.Paragraph type="secondary">
        {team.data ? t('team.hint', { today: team.data.today, monthFrom: team.data.monthFrom }) : null}
      </Typography.Paragraph>
      <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />
      <Table<TTeamMember>
        rowKey="id"
        data-testid="team-table"
        loading={team.isPending}
        dataSource={items}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('team.empty') }}
        summary={(rows) =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{t('team.total', { count: rows.length })}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {rows.reduce((n, m) => n + m.customers, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {rows.reduce((n, m) => n + m.openOpportunities, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <Money fen={sumFen([...rows], (m) => m.openOpportunityFen)} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                <Money fen={sumFen([...rows], (m) => m.overdueFen)} danger />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <Money fen={sumFen([...rows], (m) => m.collectedThisMonthFen)} />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
