import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Skeleton,
  Space,
  Steps,
  Table,
  Tabs,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApprovalHistory } from '../../api/hooks/approvals';
import { contractsKey, useContract, useSubmitContract, useVerifyContract } from '../../api/hooks/contracts';
import type { TContract, TContractItem } from '../../api/types';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatFenText } from '../../components/format';
import { useAction } from '../../components/use-action';
import { ContractOrdersPanel } from '../orders/ContractOrdersPanel';
import { ContractMoneyPanel } from '../payments/ContractMoneyPanel';
import { ContractFormModal } from './ContractFormModal';
import { ContractScans } from './ContractScans';
import { listAmount, useContractColumns } from './contract-columns';
import { ContractKindTag, ContractStatusTag } from './contract-tags';
import { EnterSigningModal } from './EnterSigningModal';
import { ReturnEntryModal } from './ReturnEntryModal';
import { SigningPlanReview } from './SigningPlanReview';

/** draft → 审批 → 录入 → 复核 → 已签: where the contract stands. */
function stepIndex(status: TContract['status']): number {
  switch (status) {
    case 'draft':
    case 'rejected':
      return 0;
    case 'reviewing':
      return 1;
    case 'approved':
      return 2;
    case 'entered':
    case 'plan_review':
      return 3;
    case 'signed':
      return 4;
  }
}

/** CUS-9: why finance approves too, with the figures of the day of submission. */
function CreditAlert({ contract, t }: { contract: TContract; t: TFunction }) {
  const check = contract.creditCheck;
  if (!check || contract.status === 'draft') return null;
  const figures = t('contracts.credit.figures', {
    limit: check.limitFen === null ? t('contracts.credit.noLimit') : formatFenText(check.limitFen),
    outstanding: formatFenText(check.outstandingFen),
    overdue: formatFenText(check.overdueFen),
    amount: formatFenText(check.amountFen),
    asOf: check.asOf,
  });
  if (check.reasons.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('contracts.credit.ok')}
        description={figures}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="contract-credit-alert"
      message={t('contracts.credit.title')}
      description={
        <>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {check.reasons.map((r) => (
              <li key={r}>{t(`contracts.credit.${r}`)}</li>
            ))}
          </ul>
          {figures}
        </>
      }
    />
  );
}

function Overview({ contract, t }: { contract: TContract; t: TFunction }) {
  const c = contract;
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('contracts.fields.customer')}>
          <Link to={`/customers/${c.customer.id}`}>{c.customer.name}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.fields.kind')}>
          <ContractKindTag kind={c.kind} />
        </Descriptions.Item>
        {c.mainContract && (
          <Descriptions.Item label={t('contracts.fields.mainContract')}>
            <Link to={`/contracts/${c.mainContract.id}`}>{c.mainContract.number}</Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item
          label={c.kind === 'supplement' ? t('contracts.fields.delta') : t('contracts.fields.amount')}
        >
          {listAmount(c)}
        </Descriptions.Item>
        {c.kind === 'main' && (
          <Descriptions.Item label={t('contracts.fields.effectiveAmount')}>
            <Typography.Text strong>{formatFenText(c.effectiveAmountFen)}</Typography.Text>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('contracts.fields.startDate')}>
          {[c.startDate, c.endDate].filter(Boolean).join(' ~ ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.fields.owner')}>
          {c.owner.displayName} · {c.unit.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.fields.paymentTerms')} span={2}>
          {c.paymentTerms}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.fields.remark')} span={2}>
          {c.remark}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('contracts.scans.title')}</Typography.Title>
      <ContractScans contract={c} />
      {(c.enteredAt || c.signedOn) && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('contracts.entry.title')}
          </Typography.Title>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={t('contracts.fields.signedOn')}>{c.signedOn}</Descriptions.Item>
            <Descriptions.Item label={t('contracts.fields.signedAt')}>
              {formatDateTime(c.signedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('contracts.fields.enteredBy')}>
              {c.enteredBy?.displayName} {formatDateTime(c.enteredAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('contracts.fields.verifiedBy')}>
              {c.verifiedBy?.displayName} {formatDateTime(c.verifiedAt)}
            </Descriptions.Item>
            {c.plannedInstalments && (
              <Descriptions.Item label={t('contracts.entry.plan')} span={2}>
                {c.plannedInstalments.map((p) => `${p.dueDate} ${formatFenText(p.amountFen)}`).join('；')}
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      )}
    </>
  );
}

/** 合同 (Q2C-5 … Q2C-8): one contract — where it stands, why, and what I may do with it now. */
export function ContractPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const action = useAction();
  const query = useContract(id);
  const client = useQueryClient();
  const history = useApprovalHistory('contract', id);
  // An approval decided in the panel changes the contract's status: reload it with the history.
  useEffect(() => {
    if (history.dataUpdatedAt) void client.invalidateQueries({ queryKey: [...contractsKey, 'detail', id] });
  }, [history.dataUpdatedAt, client, id]);
  const submit = useSubmitContract();
  const verify = useVerifyContract();
  const supplementColumns = useContractColumns({ showCustomer: false });
  const [modal, setModal] = useState<'edit' | 'supplement' | 'enter' | 'return' | null>(null);
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  if (!c) return <Skeleton active />;
  const run = action.run;
  const a = c.actions;
  const actions = (
    <Space wrap>
      {a.edit && <Button onClick={() => setModal('edit')}>{t('contracts.actions.edit')}</Button>}
      {a.submit && (
        <Popconfirm
          title={t('contracts.actions.submitConfirm')}
          onConfirm={() => run(() => submit.mutateAsync(c.id), t('contracts.actions.submitted'))}
        >
          <Button type="primary" loading={submit.isPending} data-testid="contract-submit">
            {t('contracts.actions.submit')}
          </Button>
        </Popconfirm>
      )}
      {a.enter && (
        <Button type="primary" onClick={() => setModal('enter')} data-testid="contract-enter">
          {t('contracts.actions.enter')}
        </Button>
      )}
      {a.verify && (
        <Popconfirm
          title={t('contracts.actions.verifyConfirm')}
          onConfirm={() => run(() => verify.mutateAsync(c.id), t('contracts.actions.verified'))}
        >
          <Button type="primary" loading={verify.isPending} data-testid="contract-verify">
            {t('contracts.actions.verify')}
          </Button>
        </Popconfirm>
      )}
      {a.returnEntry && (
        <Button danger onClick={() => setModal('return')}>
          {t('contracts.actions.returnEntry')}
        </Button>
      )}
      {a.createSupplement && (
        <Button onClick={() => setModal('supplement')} data-testid="contract-create-supplement">
          {t('contracts.actions.createSupplement')}
        </Button>
      )}
    </Space>
  );
  const tabs = [
    { key: 'overview', label: t('contracts.tabs.overview'), children: <Overview contract={c} t={t} /> },
    {
      key: 'approval',
      label: t('contracts.tabs.approval'),
      children: <ApprovalPanel docType="contract" docId={c.id} title={`${c.number} ${c.title}`} />,
    },
    ...(c.kind === 'main'
      ? [
          {
            key: 'supplements',
            label: t('contracts.tabs.supplements'),
            children: (
              <Table<TContractItem>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={c.supplements}
                columns={supplementColumns}
                locale={{ emptyText: t('contracts.supplements.empty') }}
              />
            ),
          },
          {
            key: 'money',
            label: t('contracts.tabs.money'),
            children: <ContractMoneyPanel contractId={c.id} />,
          },
          {
            key: 'orders',
            label: t('contracts.tabs.orders'),
            children: <ContractOrdersPanel contractId={c.id} />,
          },
        ]
      : []),
  ];
  return (
    <Card
      title={
        <Space wrap>
          <span>{c.number}</span>
          <span>{c.title}</span>
          <ContractKindTag kind={c.kind} />
          <ContractStatusTag status={c.status} />
        </Space>
      }
      extra={actions}
    >
      <Steps
        size="small"
        style={{ marginBottom: 16 }}
        current={stepIndex(c.status)}
        status={c.status === 'rejected' ? 'error' : c.status === 'signed' ? 'finish' : 'process'}
        items={(['draft', 'review', 'enter', 'verify', 'signed'] as const).map((s) => ({
          title: t(`contracts.steps.${s}`),
        }))}
      />
      {c.status === 'signed' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('contracts.signedNotice')}
          data-testid="contract-signed-notice"
        />
      )}
      <CreditAlert contract={c} t={t} />
      <SigningPlanReview contract={c} />
      <Tabs items={tabs} destroyOnHidden />
      <ContractFormModal open={modal === 'edit'} contract={c} onClose={() => setModal(null)} />
      <ContractFormModal open={modal === 'supplement'} main={c} onClose={() => setModal(null)} />
      <EnterSigningModal open={modal === 'enter'} contract={c} onClose={() => setModal(null)} />
      <ReturnEntryModal open={modal === 'return'} id={c.id} onClose={() => setModal(null)} />
    </Card>
  );
}
