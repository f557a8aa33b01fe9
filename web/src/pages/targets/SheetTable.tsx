import { Checkbox, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../components/MoneyInput';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { type DraftChild, type LiveFigures, quarters, row13 } from './draft';
import { figureText, GapText } from './figures';
import type { TSetChild, TTargetSheet } from './hooks';

interface Props {
  sheet: TTargetSheet;
  rows: DraftChild[];
  live: LiveFigures;
  editable: boolean;
  /** Show the weight column (a split by weights is being prepared). */
  weights: boolean;
  onChange: (key: string, change: Partial<DraftChild>) => void;
}

type Row = DraftChild & { child: TSetChild };

const MONTHS = Array.from({ length: 12 }, (_v, i) => i + 1);

/** A count typed as a whole number; the draft holds digits. */
function CountInput({
  value,
  onChange,
  testId,
}: {
  value: string | null;
  onChange: (v: string | null) => void;
  testId: string;
}) {
  return (
    <InputNumber<number>
      size="small"
      min={0}
      max={999_999_999_999_999}
      precision={0}
      controls={false}
      style={{ width: 80 }}
      value={value === null || value === '' ? null : Number(value)}
      onChange={(v) => onChange(v === null ? null : String(Math.trunc(v)))}
      data-testid={testId}
    />
  );
}

/**
 * PLAN-3: the children × (year, quarters, months) of a split, editable while a draft: amounts with
 * MoneyInput, counts as whole numbers; the quarters, each child's rest, the children's sum, the
 * unit's own target and the gap per period follow as the manager types (red when not zero).
 */
export function SheetTable({ sheet, rows: draft, live, editable, weights, onChange }: Props) {
  const { t } = useTranslation();
  // On a phone the table scrolls as a whole: columns fixed at the edges would leave no room.
  const phone = usePhone();
  const fixed = <S extends 'left' | 'right'>(side: S) => (phone ? undefined : side);
  const money = sheet.money;
  const byKey = new Map(sheet.children.map((c) => [`${c.subjectType}:${c.id}`, c]));
  const rows: Row[] = draft.map((c) => ({ ...c, child: byKey.get(c.key)! }));

  const input = (r: Row, i: number) => {
    const testId = `cell-${r.child.code}-${i}`;
    const value = r.values[i] ?? null;
    if (!editable || !r.included) {
      return r.included ? <span data-testid={testId}>{figureText(value, money)}</span> : null;
    }
    const set = (v: string | null) => {
      const values = [...r.values];
      values[i] = v;
      onChange(r.key, { values });
    };
    return money ? (
      <MoneyInput size="small" style={{ width: 130 }} value={value} onChange={set} data-testid={testId} />
    ) : (
      <CountInput value={value} onChange={set} testId={testId} />
    );
  };

  const figureColumn = (title: string, i: number) => ({
    title,
    key: `p${i}`,
    align: 'right' as const,
    width: editable ? (money ? 140 : 90) : 120,
    render: (_: unknown, r: Row) => input(r, i),
  });

  const columns: ColumnsType<Row> = [
    ...(editable
      ? [
          {
            title: t('targets.fields.included'),
            key: 'included',
            width: 56,
            fixed: fixed('left'),
            render: (_: unknown, r: Row) => (
              <Checkbox
                checked={r.included}
                onChange={(e) => onChange(r.key, { included: e.target.checked })}
                aria-label={r.child.name}
                data-testid={`include-${r.child.code}`}
              />
            ),
          },
        ]
      : []),
    {
      title: t('targets.fields.child'),
      key: 'child',
      fixed: fixed('left'),
      width: 170,
      render: (_, r) => (
        <Space size={2} orientation="vertical">
          <Typography.Text type={r.included ? undefined : 'secondary'}>{r.child.name}</Typography.Text>
          <Space size={2}>
            <Tag>{enumLabel(t, 'kind', r.child.kind)}</Tag>
            {r.child.position && <Typography.Text type="secondary">{r.child.position}</Typography.Text>}
          </Space>
        </Space>
      ),
    },
    ...(weights
      ? [
          {
            title: t('targets.fields.weight'),
            key: 'weight',
            width: 90,
            render: (_: unknown, r: Row) =>
              r.included ? (
                <InputNumber<number>
                  size="small"
                  min={0}
                  max={1_000_000}
                  precision={0}
                  style={{ width: 76 }}
                  value={r.weight}
                  onChange={(v) => onChange(r.key, { weight: v === null ? null : Math.trunc(v) })}
                  data-testid={`weight-${r.child.code}`}
                />
              ) : null,
          },
        ]
      : []),
    figureColumn(t('targets.fields.year'), 0),
    ...[1, 2, 3, 4].map((q) => ({
      title: t('targets.quarter', { q }),
      key: `q${q}`,
      align: 'right' as const,
      width: 120,
      render: (_: unknown, r: Row) =>
        r.included ? (
          <Typography.Text type="secondary">{figureText(quarters(r.values)[q - 1]!, money)}</Typography.Text>
        ) : null,
    })),
    ...MONTHS.map((m) => figureColumn(t('targets.month', { m }), m)),
    {
      title: t('targets.fields.rest'),
      key: 'rest',
      align: 'right',
      width: 120,
      fixed: fixed('right'),
      render: (_, r) =>
        r.included ? (
          <GapText value={live.rests.get(r.key) ?? 0n} money={money} testId={`rest-${r.child.code}`} />
        ) : null,
    },
  ];

  const lead = (editable ? 1 : 0) + 1 + (weights ? 1 : 0);
  const parentRow = row13(sheet.parent);
  const summaryRow = (label: string, values: (bigint | string | null)[], kind: 'sum' | 'parent' | 'gap') => {
    const q = quarters(values);
    const cell = (v: bigint | string | null, i: string) =>
      kind === 'gap' ? (
        <GapText value={v} money={money} testId={`gap-${i}`} />
      ) : (
        <span data-testid={`${kind}-${i}`}>{v === null ? '—' : figureText(v, money)}</span>
      );
    const quarterValue = (n: number) => {
      if (kind === 'gap' && values.slice(1 + n * 3, 4 + n * 3).some((v) => v === null)) return null;
      if (kind === 'parent' && values.slice(1 + n * 3, 4 + n * 3).some((v) => v === null)) return null;
      return q[n]!;
    };
    return (
      <Table.Summary.Row>
        <Table.Summary.Cell index={0} colSpan={lead}>
          <Typography.Text strong>{label}</Typography.Text>
        </Table.Summary.Cell>
        <Table.Summary.Cell index={lead} align="right">
          {cell(values[0] ?? null, 'year')}
        </Table.Summary.Cell>
        {[0, 1, 2, 3].map((n) => (
          <Table.Summary.Cell key={`q${n}`} index={lead + 1 + n} align="right">
            {cell(quarterValue(n), `q${n + 1}`)}
          </Table.Summary.Cell>
        ))}
        {MONTHS.map((m) => (
          <Table.Summary.Cell key={m} index={lead + 4 + m} align="right">
            {cell(values[m] ?? null, String(m))}
          </Table.Summary.Cell>
        ))}
        <Table.Summary.Cell index={lead + 17} />
      </Table.Summary.Row>
    );
  };

  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      data-testid="sheet-table"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() => (
        <Table.Summary fixed="bottom">
          {summaryRow(t('targets.rows.sum'), live.sums, 'sum')}
          {summaryRow(t('targets.rows.parent'), parentRow, 'parent')}
          {summaryRow(t('targets.rows.gap'), live.gaps, 'gap')}
        </Table.Summary>
      )}
    />
  );
}
