import { DeleteOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateQuote } from '../../api/hooks/quotes';
import type { TQuote } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fenTextToYuanInput, formatYuan, yuanInputToFenText } from '../../components/format';
import { useAction } from '../../components/use-action';
import { bpToPct, draftTotals, lineWarnings } from './line-math';
import { ProductPicker } from './ProductPicker';
import { QuoteTotals } from './QuoteTotals';

interface Row {
  key: number;
  productId?: string;
  productLabel?: string;
  unit: string;
  listPriceFen: bigint;
  floorPriceFen: bigint;
  quantity: number;
  /** Yuan as typed. */
  unitPrice: string;
  remark: string;
}

let nextKey = 1;

function fromQuote(q: TQuote): Row[] {
  return q.lines.map((l) => ({
    key: nextKey++,
    productId: l.productId,
    productLabel: `${l.productCode} ${l.productName}`,
    unit: l.unit,
    listPriceFen: BigInt(l.listPriceFen),
    floorPriceFen: BigInt(l.floorPriceFen),
    quantity: l.quantity,
    unitPrice: fenTextToYuanInput(l.unitPriceFen),
    remark: l.remark ?? '',
  }));
}

/** A typed price in fen, or null while it is not a valid amount. */
function priceOf(r: Row): bigint | null {
  const text = yuanInputToFenText(r.unitPrice);
  return text ? BigInt(text) : null;
}

/** The discount of a line in percent, red with the reason when it needs approval beyond the manager (Q2C-2). */
export function DiscountCell({
  listPriceFen,
  floorPriceFen,
  unitPriceFen,
  limitPct,
}: {
  listPriceFen: bigint;
  floorPriceFen: bigint;
  unitPriceFen: bigint;
  limitPct: number;
}) {
  const { t } = useTranslation();
  const w = lineWarnings({ listPriceFen, floorPriceFen, unitPriceFen, quantity: 1 }, limitPct);
  const reasons = [
    ...(w.overLimit ? [t('quotes.lines.overLimit', { limit: limitPct })] : []),
    ...(w.belowFloor ? [t('quotes.lines.belowFloor', { floor: formatYuan(floorPriceFen) })] : []),
  ];
  if (reasons.length === 0) return <span>{bpToPct(w.bp)}</span>;
  return (
    <Tooltip title={reasons.join('；')}>
      <Typography.Text type="danger" data-testid="discount-warning">
        <WarningOutlined /> {bpToPct(w.bp)}
      </Typography.Text>
    </Tooltip>
  );
}

/**
 * Q2C-2: the lines of a draft or rejected quote — product from the catalogue, quantity, net
 * unit price (defaults to list); the discount shows at once, red above my own limit or under
 * the floor. Saved as a whole; the server recomputes every figure.
 */
export function LineEditor({ quote }: { quote: TQuote }) {
  const { t } = useTranslation();
  const update = useUpdateQuote();
  const [rows, setRows] = useState<Row[]>(() => fromQuote(quote));
  const [dirty, setDirty] = useState(false);
  const { run, error } = useAction({ inline: true });
  const change = (key: number, patch: Partial<Row>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setDirty(true);
  };
  const valid = rows.every((r) => r.productId && priceOf(r) !== null && r.quantity >= 1);
  const preview = draftTotals(
    rows.flatMap((r) => {
      const unit = priceOf(r);
      return unit === null ? [] : [{ ...r, unitPriceFen: unit }];
    }),
    quote.taxRatePct,
  );

  async function save() {
    const saved = await run(
      () =>
        update.mutateAsync({
          id: quote.id,
          lines: rows.map((r) => ({
            productId: r.productId!,
            quantity: r.quantity,
            unitPriceFen: yuanInputToFenText(r.unitPrice) ?? undefined,
            remark: r.remark || null,
          })),
        }),
      t('common.saved'),
    );
    if (saved) setDirty(false);
  }

  return (
    <>
      <ErrorAlert error={error} />
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        data-testid="quote-line-editor"
        columns={[
          {
            title: t('quotes.lines.product'),
            key: 'product',
            render: (_, r) => (
              <ProductPicker
                value={r.productId}
                label={r.productLabel}
                onPick={(p) =>
                  change(r.key, {
                    productId: p.id,
                    productLabel: `${p.code} ${p.name}`,
                    unit: p.unit,
                    listPriceFen: BigInt(p.listPriceFen),
                    floorPriceFen: BigInt(p.floorPriceFen),
                    unitPrice: fenTextToYuanInput(p.listPriceFen),
                  })
                }
              />
            ),
          },
          { title: t('quotes.lines.unit'), dataIndex: 'unit' },
          {
            title: t('quotes.lines.quantity'),
            key: 'quantity',
            render: (_, r) => (
              <InputNumber
                min={1}
                max={1_000_000}
                precision={0}
                value={r.quantity}
                onChange={(v) => change(r.key, { quantity: v ?? 1 })}
              />
            ),
          },
          {
            title: t('quotes.lines.listPrice'),
            key: 'list',
            align: 'right',
            render: (_, r) => (r.productId ? formatYuan(r.listPriceFen) : ''),
          },
          {
            title: t('quotes.lines.unitPrice'),
            key: 'unitPrice',
            render: (_, r) => (
              <Input
                prefix="¥"
                inputMode="decimal"
                style={{ width: 140 }}
                status={r.unitPrice && priceOf(r) === null ? 'error' : undefined}
                value={r.unitPrice}
                onChange={(e) => change(r.key, { unitPrice: e.target.value })}
                data-testid="quote-unit-price"
              />
            ),
          },
          {
            title: t('quotes.lines.discount'),
            key: 'discount',
            align: 'right',
            render: (_, r) => {
              const unit = priceOf(r);
              return r.productId && unit !== null ? (
                <DiscountCell
                  listPriceFen={r.listPriceFen}
                  floorPriceFen={r.floorPriceFen}
                  unitPriceFen={unit}
                  limitPct={quote.discountLimitPct}
                />
              ) : null;
            },
          },
          {
            title: t('quotes.lines.amount'),
            key: 'amount',
            align: 'right',
            render: (_, r) => {
              const unit = priceOf(r);
              return unit === null ? '' : formatYuan(unit * BigInt(r.quantity));
            },
          },
          {
            title: t('quotes.lines.remark'),
            key: 'remark',
            render: (_, r) => (
              <Input
                maxLength={200}
                style={{ width: 160 }}
                value={r.remark}
                onChange={(e) => change(r.key, { remark: e.target.value })}
              />
            ),
          },
          {
            key: 'remove',
            render: (_, r) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('quotes.lines.remove')}
                onClick={() => {
                  setRows((rs) => rs.filter((x) => x.key !== r.key));
                  setDirty(true);
                }}
              />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            setRows((rs) => [
              ...rs,
              {
                key: nextKey++,
                unit: '',
                listPriceFen: 0n,
                floorPriceFen: 0n,
                quantity: 1,
                unitPrice: '',
                remark: '',
              },
            ]);
            setDirty(true);
          }}
          data-testid="quote-add-line"
        >
          {t('quotes.lines.add')}
        </Button>
        <Space>
          {dirty && <Typography.Text type="warning">{t('quotes.lines.unsaved')}</Typography.Text>}
          <Button
            type="primary"
            disabled={!dirty || !valid}
            loading={update.isPending}
            onClick={() => void save()}
            data-testid="quote-save-lines"
          >
            {t('quotes.lines.save')}
          </Button>
        </Space>
      </Space>
      <QuoteTotals totals={preview} taxRatePct={quote.taxRatePct} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('quotes.lines.limitHint', { limit: quote.discountLimitPct, director: quote.directorDiscountPct })}
      </Typography.Paragraph>
    </>
  );
}
