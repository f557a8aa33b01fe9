import { Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { allMetrics, figureText, GapText, MetricSelect, SetStatusTag, YearSelect } from './figures';
import { type TMetric, type TTreeNode, useTargetTree } from './hooks';

type Row = TTreeNode & { key: string; children?: Row[] };

/** The flat list of units as a tree: a unit whose parent the reader cannot see is a root. */
export function treeOf(nodes: readonly TTreeNode[]): Row[] {
  const rows = new Map<string, Row>(nodes.map((n) => [n.unit.id, { ...n, key: n.unit.id }]));
  const roots: Row[] = [];
  for (const row of rows.values()) {
    const parent = row.unit.parentId ? rows.get(row.unit.parentId) : undefined;
    if (parent) parent.children = [...(parent.children ?? []), row];
    else roots.push(row);
  }
  return roots;
}

/**
 * PLAN-2/PLAN-3: the target tree of a year and metric — each unit the reader may see with its
 * target in force, what its split gives its children, the gap (red) and the state of the split;
 * a unit opens its decomposition screen.
 */
export function TargetTreePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || companyNow().year();
  const metric = (allMetrics as string[]).includes(params.get('metric') ?? '')
    ? (params.get('metric') as TMetric)
    : 'signed_amount';
  const tree = useTargetTree(year, metric);
  const rows = useMemo(() => treeOf(tree.data?.nodes ?? []), [tree.data]);
  const money = tree.data?.money ?? (metric === 'signed_amount' || metric === 'collected_amount');
  const choose = (next: { year?: number; metric?: TMetric }) =>
    setParams({ year: String(next.year ?? year), metric: next.metric ?? metric }, { replace: true });

  const columns: ColumnsType<Row> = [
    {
      title: t('targets.fields.unit'),
      key: 'unit',
      fixed: 'left',
      render: (_, r) => (
        <Space size={4} wrap>
          <Link to={`/targets/${r.unit.id}/${year}/${metric}`} data-testid={`tree-open-${r.unit.id}`}>
            {r.unit.name}
          </Link>
          <Tag>{enumLabel(t, 'kind', r.unit.kind)}</Tag>
        </Space>
      ),
    },
    {
      title: t('targets.fields.target'),
      key: 'target',
      align: 'right',
      render: (_, r) =>
        r.target === null ? (
          <Typography.Text type="secondary">{t('targets.noTarget')}</Typography.Text>
        ) : (
          figureText(r.target, money)
        ),
    },
    {
      title: t('targets.fields.split'),
      key: 'childSum',
      align: 'right',
      render: (_, r) => figureText(r.childSum, money),
    },
    {
      title: t('targets.fields.gap'),
      key: 'gap',
      align: 'right',
      render: (_, r) => <GapText value={r.gap} money={money} testId={`tree-gap-${r.unit.id}`} />,
    },
    {
      title: t('targets.fields.status'),
      key: 'status',
      render: (_, r) => (
        <span data-testid={`tree-status-${r.unit.id}`}>
          <SetStatusTag status={r.set?.status ?? null} />
          {r.set && r.set.version > 1 && (
            <Typography.Text type="secondary">
              {t('targets.versionN', { version: r.set.version })}
            </Typography.Text>
          )}
        </span>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('targets.treeTitle')}
          </Typography.Title>
          <YearSelect value={year} onChange={(y) => choose({ year: y })} />
          <MetricSelect
            value={metric}
            onChange={(m) => choose({ metric: m })}
            metrics={tree.data?.metrics ?? allMetrics}
          />
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('targets.treeHint')}
        </Typography.Paragraph>
      </Card>
      <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />
      <Card size="small">
        <Table<Row>
          rowKey="key"
          size="small"
          data-testid="target-tree"
          loading={tree.isPending}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 720 }}
          expandable={{ defaultExpandAllRows: true }}
          key={`${year}:${metric}:${rows.length}`}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targets.treeEmpty')} />,
          }}
        />
      </Card>
    </Space>
  );
}
