import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConfirmPayments } from '../../api/hooks/payments';
import type { TPayment, TPaymentConfirmBatchResult } from '../../api/types';
import { formatYuan } from '../../components/format';
import { useAction } from '../../components/use-action';

/** What came of a batch: how many were confirmed, and each refused payment with the server's reason. */
function BatchResult({ result, rows }: { result: TPaymentConfirmBatchResult; rows: TPayment[] }) {
  const { t } = useTranslation();
  const numberOf = (id: string) => rows.find((r) => r.id === id)?.number ?? id;
  return (
    <div data-testid="payment-batch-result">
      <Typography.Paragraph>
        {t('payments.batch.confirmedCount', { count: result.confirmed.length })}
      </Typography.Paragraph>
      {result.refused.length > 0 && (
        <>
          <Alert
            type="warning"
            showIcon
            message={t('payments.batch.refusedCount', { count: result.refused.length })}
          />
          <List
            size="small"
            dataSource={result.refused}
            renderItem={(r) => (
              <List.Item>
                <Typography.Text strong>{numberOf(r.id)}</Typography.Text>
                <Typography.Text type="secondary">{r.message}</Typography.Text>
              </List.Item>
            )}
          />
        </>
      )}
    </div>
  );
}

/**
 * AR-4: finance confirms the selected payments at once. The server checks and audits each on its
 * own (the one who recorded a payment cannot confirm it; a transfer needs its slip) and answers
 * which were confirmed and which refused, and why — shown here.
 */
export function ConfirmSelectedButton({ rows, onDone }: { rows: TPayment[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const confirm = useConfirmPayments();
  const action = useAction();
  const total = rows.reduce((sum, r) => sum + BigInt(r.amountFen), 0n);
  return (
    <Popconfirm
      title={t('payments.batch.ask', { count: rows.length, amount: formatYuan(total) })}
      disabled={rows.length === 0}
      onConfirm={() =>
        action.run(async () => {
          const result = await confirm.mutateAsync(rows.map((r) => r.id));
          onDone();
          const show = result.refused.length > 0 ? modal.warning : modal.success;
          show({ title: t('payments.batch.title'), content: <BatchResult result={result} rows={rows} /> });
        })
      }
    >
      <Button
        icon={<CheckOutlined />}
        disabled={rows.length === 0}
        loading={action.pending}
        data-testid="payment-confirm-selected"
      >
        {t('payments.batch.button', { count: rows.length })}
      </Button>
    </Popconfirm>
  );
}
