import { Button, Card, Descriptions, Empty, List, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { formatDateTimeMinutes } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { useAction } from '../../components/use-action';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { rateText, type TStatementLine, useRegenerate, useStatement } from './hooks';
import { attainmentText } from './StatementListPage';
import { AcceleratorTag, StatusTag } from './StatusTags';
import { WhyThisNumber } from './WhyThisNumber';

/** Where a line's record is: the payment's drawer or the contract's page. */
function refLink(l: TStatementLine): string | null {
  if (!l.refId) return null;
  if (l.refType === 'payment') return `/payments?id=${l.refId}`;
  if (l.refType === 'contract') return `/contracts/${l.refId}`;
  if (l.refType === 'statement') return `/commission/statements/${l.refId}`;
  return null;
}

/** The record behind a line, as a link: its kind and number. */
function RecordRef({ l }: { l: TStatementLine }) {
  const { t } = useTranslation();
  const to = refLink(l);
  const text = l.refType ? `${enumLabel(t, 'refType', l.refType)} ${l.refNumber ?? ''}` : '—';
  return to ? (
    <Link to={to} data-testid="line-ref">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}

/** The tier a line fell in and its rate; an accelerator marked. */
function TierRate({ l }: { l: TStatementLine }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {l.tierIndex !== null && l.kind !== 'true_up' && t('commission.tierN', { n: l.tierIndex + 1 })}
      {l.rateBp !== null && rateText(l.rateBp)}
      {l.accelerator && <AcceleratorTag />}
    </Space>
  );
}

/** What a clawback, true-up or carried line goes back to. */
function lineNote(t: ReturnType<typeof useTranslation>['t'], l: TStatementLine): string {
  if (l.kind === 'clawback')
    return t('commission.note.clawback', {
      number: l.note?.originalNumber ?? '',
      period: l.note?.period ?? '',
    });
  if (l.kind === 'true_up') return t('commission.note.trueUp', { period: l.note?.period ?? '' });
  if (l.kind === 'carry') return t('commission.note.carry', { period: l.note?.period ?? '' });
  if (l.kind === 'cap') return t('commission.note.cap');
  return '';
}

/**
 * INC-1: a commission statement — the header (target, basis, attainment, commission, the plan
 * and version, the policy values), every line traceable to the payment or contract behind it
 * with its tier and rate, "why this number", and the review and approval.
 */
export function StatementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const phone = usePhone();
  const statement = useStatement(id);
  const regenerate = useRegenerate();
  const action = useAction();
  const s = statement.data;
  const columns: ColumnsType<TStatementLine> = [
    { title: '#', dataIndex: 'seq', width: 48 },
    { title: t('commission.fields.lineKind'), key: 'kind', render: (_, l) => enumLabel(t, 'kind', l.kind) },
    { title: t('commission.fields.record'), key: 'ref', render: (_, l) => <RecordRef l={l} /> },
    { title: t('commission.fields.date'), dataIndex: 'refOn' },
    {
      title: t('commission.fields.basisAmount'),
      key: 'basis',
      align: 'right',
      render: (_, l) => (l.kind === 'commission' || l.kind === 'clawback' ? formatFenText(l.basisFen) : ''),
    },
    { title: t('commission.fields.tierRate'), key: 'tier', render: (_, l) => <TierRate l={l} /> },
    {
      title: t('commission.fields.amount'),
      key: 'amount',
      align: 'right',
      render: (_, l) => formatFenText(l.amountFen),
    },
    { title: t('commission.fields.note'), key: 'note', render: (_, l) => lineNote(t, l) },
  ];
  return (
    <Card
      loading={statement.isPending}
      title={
        s && (
          <Space wrap>
            <Link to="/commission/statements">{t('commission.statementsTitle')}</Link>
            <span>/</span>
            <span>
              {s.period} · {s.user.displayName}
            </span>
            <StatusTag status={s.status} />
          </Space>
        )
      }
      extra={
        s?.canRegenerate && (
          <Popconfirm
            title={t('commission.regenerateConfirm')}
            onConfirm={() => action.run(() => regenerate.mutateAsync(s.id), t('commission.regenerated'))}
          >
            <Button data-testid="regenerate">{t('commission.regenerate')}</Button>
          </Popconfirm>
        )
      }
    >
      <ErrorAlert error={statement.error ?? action.error} onRetry={() => void statement.refetch()} />
      {s && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered data-testid="statement-header">
            <Descriptions.Item label={t('commission.fields.person')}>
              {s.user.displayName} · {s.unit.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('commission.fields.target')}>
              {s.targetFen ? formatFenText(s.targetFen) : t('commission.noTarget')}
            </Descriptions.Item>
            <Descriptions.Item label={t('commission.fields.basisAmount')}>
              {formatFenText(s.basisFen)} ({enumLabel(t, 'basis', s.basis)})
            </Descriptions.Item>
            <Descriptions.Item label={t('commission.fields.attainment')}>
              {attainmentText(s.attainmentBp)}
            </Descriptions.Item>
            <Descriptions.Item label={t('commission.fields.commission')}>
              <Typography.Text strong data-testid="statement-commission">
                {formatFenText(s.commissionFen)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('commission.fields.plan')}>
              <Link to={`/commission/plans/${s.plan.id}`}>
                {s.plan.name} · v{s.plan.version} · {enumLabel(t, 'method', s.plan.method)}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('commission.fields.generatedAt')}>
              {formatDateTimeMinutes(s.generatedAt)}
            </Descriptions.Item>
            {s.closedAt && (
              <Descriptions.Item label={t('commission.fields.closedAt')}>
                {formatDateTimeMinutes(s.closedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {phone ? (
            <List
              dataSource={s.lines}
              locale={{ emptyText: <Empty description={t('commission.noLines')} /> }}
              renderItem={(l) => (
                <List.Item key={l.id} data-testid="statement-line">
                  <div style={{ width: '100%' }}>
                    <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                      <RecordRef l={l} />
                      <Typography.Text strong>{formatFenText(l.amountFen)}</Typography.Text>
                    </Space>
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {enumLabel(t, 'kind', l.kind)} · {l.refOn ?? ''} · {formatFenText(l.basisFen)} ·{' '}
                      <TierRate l={l} />
                    </Typography.Paragraph>
                    {lineNote(t, l) && <Typography.Text type="secondary">{lineNote(t, l)}</Typography.Text>}
                  </div>
                </List.Item>
              )}
            />
          ) : (
            <Table<TStatementLine>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={s.lines}
              columns={columns}
              locale={{ emptyText: <Empty description={t('commission.noLines')} /> }}
              onRow={() => ({ 'data-testid': 'statement-line' }) as HTMLAttributes<HTMLElement>}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={6}>
                    {t('commission.total')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    <Typography.Text strong>{formatFenText(s.commissionFen)}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={7} />
                </Table.Summary.Row>
              )}
            />
          )}
          <WhyThisNumber s={s} />
          <ApprovalPanel
            docType="commission_statement"
            docId={s.id}
            title={`${s.period} · ${s.user.displayName}`}
          />
        </Space>
      )}
    </Card>
  );
}
