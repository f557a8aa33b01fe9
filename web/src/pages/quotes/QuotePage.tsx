import { PrinterOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Result, Skeleton, Space, Table } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApprovalHistory } from '../../api/hooks/approvals';
import {
  type QuoteAction,
  quotesKey,
  useContractFromQuote,
  useQuote,
  useQuoteAction,
} from '../../api/hooks/quotes';
import type { TQuote, TQuoteLine } from '../../api/types';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatYuan } from '../../components/format';
import { DiscountCell, LineEditor } from './LineEditor';
import { bpToPct } from './line-math';
import { QuotePrint } from './QuotePrint';
import { QuoteStatusTag } from './QuoteStatusTag';
import { QuoteTotals } from './QuoteTotals';

const money = (fen: string) => formatYuan(BigInt(fen));

function LinesTable({ quote }: { quote: TQuote }) {
  const { t } = useTranslation();
  return (
    <Table<TQuoteLine>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={quote.lines}
      scroll={{ x: 'max-content' }}
      data-testid="quote-lines"
      columns={[
        { title: '#', dataIndex: 'seq', width: 48 },
        { title: t('quotes.lines.code'), dataIndex: 'productCode' },
        { title: t('quotes.lines.product'), dataIndex: 'productName' },
        { title: t('quotes.lines.unit'), dataIndex: 'unit' },
        { title: t('quotes.lines.quantity'), dataIndex: 'quantity', align: 'right' },
        { title: t('quotes.lines.listPrice'), dataIndex: 'listPriceFen', align: 'right', render: money },
        { title: t('quotes.lines.unitPrice'), dataIndex: 'unitPriceFen', align: 'right', render: money },
        {
          title: t('quotes.lines.discount'),
          key: 'discount',
          align: 'right',
          render: (_, l) => (
            <DiscountCell
              listPriceFen={BigInt(l.listPriceFen)}
              floorPriceFen={BigInt(l.floorPriceFen)}
              unitPriceFen={BigInt(l.unitPriceFen)}
              limitPct={quote.discountLimitPct}
            />
          ),
        },
        { title: t('quotes.lines.amount'), dataIndex: 'amountFen', align: 'right', render: money },
        { title: t('quotes.lines.remark'), dataIndex: 'remark' },
      ]}
    />
  );
}

/** The buttons the server allows on this quote, each confirmed before it acts. */
function QuoteActions({ quote }: { quote: TQuote }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const act = useQuoteAction();
  const contract = useContractFromQuote();
  const run = async (action: QuoteAction) => {
    await act.mutateAsync({ id: quote.id, action });
    message.success(t(`quotes.done.${action}`));
  };
  const buttons: { action: QuoteAction; primary?: boolean; danger?: boolean }[] = [
    { action: 'submit', primary: true },
    { action: 'send', primary: true },
    { action: 'accept', primary: true },
    { action: 'decline', danger: true },
  ];
  return (
    <Space wrap>
      <ErrorAlert error={act.error ?? contract.error} />
      {buttons
        .filter((b) => quote.actions[b.action])
        .map((b) => (
          <Popconfirm key={b.action} title={t(`quotes.confirm.${b.action}`)} onConfirm={() => run(b.action)}>
            <Button
              type={b.primary ? 'primary' : 'default'}
              danger={b.danger}
              loading={act.isPending && act.variables?.action === b.action}
              data-testid={`quote-${b.action}`}
            >
              {t(`quotes.actions.${b.action}`)}
            </Button>
          </Popconfirm>
        ))}
      {quote.actions.contract && (
        <Popconfirm
          title={t('quotes.confirm.contract')}
          onConfirm={async () => {
            const made = await contract.mutateAsync(quote.id);
            navigate(`/contracts/${made.id}`);
          }}
        >
          <Button type="primary" loading={contract.isPending} data-testid="quote-contract">
            {t('quotes.actions.contract')}
          </Button>
        </Popconfirm>
      )}
      {quote.contractId && <Link to={`/contracts/${quote.contractId}`}>{t('quotes.openContract')}</Link>}
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="quote-print-button">
        {t('quotes.actions.print')}
      </Button>
    </Space>
  );
}

/** Q2C-2/Q2C-3: one quote — header, lines (editable while draft or rejected), totals, actions, approvals, print. */
export function QuotePage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const client = useQueryClient();
  const quote = useQuote(id);
  const history = useApprovalHistory('quote', id);
  // An approval decided in the panel changes the quote's status: reload it with the history.
  useEffect(() => {
    if (history.dataUpdatedAt) void client.invalidateQueries({ queryKey: [...quotesKey, 'detail', id] });
  }, [history.dataUpdatedAt, client, id]);

  if (quote.isLoading) return <Skeleton active />;
  if (quote.error || !quote.data)
    return (
      <Result
        status="404"
        title={t('quotes.notFound')}
        extra={<Link to="/quotes">{t('quotes.nav.quoteListPage')}</Link>}
      />
    );
  const q = quote.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span>
              {t('quotes.nav.quotePage')} {q.number}
            </span>
            <QuoteStatusTag status={q.status} />
          </Space>
        }
        extra={<QuoteActions quote={q} />}
      >
        {q.status === 'expired' && (
          <Alert type="warning" showIcon message={t('quotes.expiredHint')} style={{ marginBottom: 12 }} />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('quotes.fields.customer')}>
            <Link to={`/customers/${q.customer.id}`}>{q.customer.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('quotes.fields.owner')}>{q.owner.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('quotes.fields.validUntil')}>{q.validUntil}</Descriptions.Item>
          <Descriptions.Item label={t('quotes.fields.taxRate')}>{q.taxRatePct}%</Descriptions.Item>
          <Descriptions.Item label={t('quotes.fields.maxDiscount')}>
            {bpToPct(q.maxDiscountBp)}
          </Descriptions.Item>
          <Descriptions.Item label={t('quotes.fields.createdAt')}>
            {formatDateTime(q.createdAt)}
          </Descriptions.Item>
          {q.opportunity && (
            <Descriptions.Item label={t('quotes.fields.opportunity')}>{q.opportunity.name}</Descriptions.Item>
          )}
          {q.sentAt && (
            <Descriptions.Item label={t('quotes.fields.sentAt')}>
              {formatDateTime(q.sentAt)}
            </Descriptions.Item>
          )}
          {q.remark && <Descriptions.Item label={t('quotes.fields.remark')}>{q.remark}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t('quotes.lines.title')}>
        {q.actions.edit ? <LineEditor key={q.updatedAt} quote={q} /> : <LinesTable quote={q} />}
        {!q.actions.edit && (
          <QuoteTotals
            taxRatePct={q.taxRatePct}
            totals={{
              listTotalFen: BigInt(q.listTotalFen),
              totalFen: BigInt(q.totalFen),
              taxFen: BigInt(q.taxFen),
              netTotalFen: BigInt(q.netTotalFen),
            }}
          />
        )}
      </Card>
      {q.approval && <ApprovalPanel docType="quote" docId={q.id} title={q.number} />}
      <QuotePrint quote={q} />
    </Space>
  );
}
