import { Alert, Button, Card, Descriptions, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, formatYuan } from '../../components/format';
import { useAction } from '../../components/use-action';
import { ClaimStatusTag } from './ClaimsPage';
import {
  receiptUrl,
  type TClaim,
  type TClaimLine,
  useApproveClaim,
  useClaim,
  usePayClaim,
  useRejectClaim,
  useRejectLine,
  useSubmitClaim,
} from './hooks';

function LineCard({ claim, line, onReject }: { claim: TClaim; line: TClaimLine; onReject?: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="claim-line-view"
      title={`${line.seq}. ${t(`expenses.categories.${line.category}`)} · ${formatYuan(BigInt(line.amountFen))}`}
      extra={
        onReject && !line.rejectedReason ? (
          <Button size="small" danger onClick={onReject}>
            {t('expenses.rejectLine')}
          </Button>
        ) : null
      }
    >
      <Typography.Text>
        {line.spentOn} · {line.merchant}
        {line.invoiceNo ? ` · ${t('expenses.fields.invoiceNo')} ${line.invoiceNo}` : ''}
      </Typography.Text>
      {line.receipt && (
        <div>
          <a href={receiptUrl(claim.id, line.receipt.id)} target="_blank" rel="noreferrer">
            {t('expenses.receipt')}：{line.receipt.fileName}
          </a>
        </div>
      )}
      {line.flags.map((f) => (
        <Alert
          key={`${f.kind}-${f.lineId ?? ''}`}
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="claim-line-flag"
          message={
            f.claimNumber
              ? t('expenses.flagOf', { what: t(`expenses.flags.${f.kind}`), number: f.claimNumber })
              : t(`expenses.flags.${f.kind}`)
          }
        />
      ))}
      {line.flagReason && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('expenses.fields.flagReason')}：{line.flagReason}
        </Typography.Paragraph>
      )}
      {line.rejectedReason && (
        <Tag color="red" style={{ marginTop: 8 }}>
          {t('expenses.lineRejected')}：{line.rejectedReason}
        </Tag>
      )}
    </Card>
  );
}

/** EXP-3: one claim — its lines, receipts and flags; submit (the rep), review or finance approval, line rejection, payment. */
export function ClaimPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const query = useClaim(id);
  const submit = useSubmitClaim();
  const approve = useApproveClaim();
  const reject = useRejectClaim();
  const rejectLine = useRejectLine();
  const pay = usePayClaim();
  const action = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [rejectingLine, setRejectingLine] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);
  const [flagReason, setFlagReason] = useState('');
  const c = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  const stage = c?.can.review ? 'review' : c?.can.finance ? 'finance' : null;
  const flaggedOpen = c?.lines.some((l) => l.flags.length > 0 && !l.rejectedReason && !l.flagReason) ?? false;
  const carried = (location.state as { error?: string } | null)?.error;
  return (
    <Card title={c ? `${t('expenses.claim')} ${c.number}` : t('expenses.claim')} loading={query.isLoading}>
      {c && (
        <Flex vertical gap={12}>
          {carried && c.status === 'draft' && <Alert type="error" showIcon message={carried} />}
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('expenses.fields.status')}>
              <Space size={4} wrap>
                <ClaimStatusTag status={c.status} />
                {c.stage && <Tag>{t(`expenses.stages.${c.stage}`)}</Tag>}
                {c.overPreApproved && <Tag color="orange">{t('expenses.overPreApproved')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('expenses.fields.total')}>
              <span data-testid="claim-total">{formatYuan(BigInt(c.totalFen))}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('expenses.fields.user')}>
              {c.user.displayName}（{c.unit.name}）
            </Descriptions.Item>
            <Descriptions.Item label={t('expenses.fields.createdAt')}>
              {formatDateTime(c.createdAt)}
            </Descriptions.Item>
            {c.paidOn && (
              <Descriptions.Item label={t('expenses.fields.paidOn')}>{c.paidOn}</Descriptions.Item>
            )}
            {c.note && <Descriptions.Item label={t('expenses.fields.note')}>{c.note}</Descriptions.Item>}
          </Descriptions>
          {c.lines.map((l) => (
            <LineCard
              key={l.id}
              claim={c}
              line={l}
              onReject={stage ? () => setRejectingLine(l.id) : undefined}
            />
          ))}
          <ErrorAlert error={action.error} />
          {c.can.submit && (
            <Button
              type="primary"
              size="large"
              block
              loading={submit.isPending}
              data-testid="claim-submit-again"
              onClick={() => void action.run(() => submit.mutateAsync(c.id), t('expenses.submitted'))}
            >
              {t('expenses.form.submit')}
            </Button>
          )}
          {stage && (
            <Flex vertical gap={8}>
              {flaggedOpen && (
                <Input.TextArea
                  rows={2}
                  maxLength={1000}
                  placeholder={t('expenses.flagReasonPlaceholder')}
                  value={flagReason}
                  onChange={(e) => setFlagReason(e.target.value)}
                  data-testid="claim-flag-reason"
                />
              )}
              <Space wrap>
                <Button
                  type="primary"
                  size="large"
                  loading={approve.isPending}
                  data-testid="claim-approve"
                  onClick={() =>
                    void action.run(
                      () =>
                        approve.mutateAsync({ id: c.id, stage, flagReason: flagReason.trim() || undefined }),
                      t('expenses.approved'),
                    )
                  }
                >
                  {t(stage === 'review' ? 'expenses.approveReview' : 'expenses.approveFinance')}
                </Button>
                <Button size="large" danger onClick={() => setRejecting(true)} data-testid="claim-reject">
                  {t('expenses.reject')}
                </Button>
              </Space>
            </Flex>
          )}
          {c.can.pay && (
            <Button type="primary" size="large" onClick={() => setPaying(true)} data-testid="claim-pay">
              {t('expenses.pay')}
            </Button>
          )}
          <FormModal<{ reason: string }>
            open={rejecting}
            title={t('expenses.reject')}
            onClose={() => setRejecting(false)}
            okText={t('expenses.reject')}
            successMessage={t('expenses.rejected')}
            onSubmit={({ reason }) => reject.mutateAsync({ id: c.id, stage: stage ?? 'review', reason })}
          >
            <Form.Item name="reason" label={t('expenses.fields.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={1000} autoFocus />
            </Form.Item>
          </FormModal>
          <FormModal<{ reason: string }>
            open={rejectingLine !== null}
            title={t('expenses.rejectLine')}
            onClose={() => setRejectingLine(null)}
            okText={t('expenses.rejectLine')}
            successMessage={t('expenses.lineRejected')}
            onSubmit={({ reason }) =>
              rejectLine.mutateAsync({ id: c.id, lineId: rejectingLine ?? '', reason })
            }
          >
            <Form.Item name="reason" label={t('expenses.fields.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={1000} autoFocus />
            </Form.Item>
          </FormModal>
          <FormModal<{ paidOn: string }>
            open={paying}
            title={t('expenses.pay')}
            onClose={() => setPaying(false)}
            okText={t('expenses.pay')}
            successMessage={t('expenses.paid')}
            initialValues={{ paidOn: companyNow().format('YYYY-MM-DD') }}
            onSubmit={({ paidOn }) => pay.mutateAsync({ id: c.id, paidOn })}
          >
            <Form.Item name="paidOn" label={t('expenses.fields.paidOn')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </FormModal>
        </Flex>
      )}
    </Card>
  );
}
