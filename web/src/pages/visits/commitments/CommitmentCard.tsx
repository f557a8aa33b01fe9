import { Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type TVisitCommitment,
  useCommitmentDone,
  useConfirmCommitment,
} from '../../../api/hooks/visit-reports';
import { formatDateTimeMinutes } from '../../../components/company-time';
import { FormModal } from '../../../components/FormModal';
import { useAction } from '../../../components/use-action';
import { CommitmentStatusTags } from '../report/report-tags';

/** VIS-6: the owner reports a commitment done, saying what was done. */
function DoneModal({ commitment, onClose }: { commitment?: TVisitCommitment; onClose: () => void }) {
  const { t } = useTranslation();
  const done = useCommitmentDone();
  return (
    <FormModal<{ note: string }>
      open={commitment !== undefined}
      title={t('visitCommitments.doneTitle')}
      onClose={onClose}
      okText={t('visitCommitments.markDone')}
      successMessage={t('visitCommitments.doneSaved')}
      testId="commitment-done-form"
      onSubmit={({ note }) => done.mutateAsync({ id: commitment?.id ?? '', note })}
    >
      <Typography.Paragraph>{commitment?.content}</Typography.Paragraph>
      <Form.Item
        name="note"
        label={t('visitCommitments.doneNote')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/**
 * One commitment as a card (phones and the report page): what, for which customer, who, by when,
 * how it is checked, where it stands, and the actions the server allows this user.
 */
export function CommitmentCard({ c, showCustomer = true }: { c: TVisitCommitment; showCustomer?: boolean }) {
  const { t } = useTranslation();
  const [doing, setDoing] = useState<TVisitCommitment>();
  const confirm = useConfirmCommitment();
  const { run } = useAction();
  const line = (label: string, value: string | null | undefined) =>
    value ? (
      <span style={{ overflowWrap: 'anywhere' }}>
        <Typography.Text type="secondary">{label} </Typography.Text>
        {value}
      </span>
    ) : null;
  return (
    <Card size="small" data-testid="commitment-card" styles={{ body: { padding: 12 } }}>
      <Flex vertical gap={4}>
        <Flex gap={4} wrap align="center">
          <CommitmentStatusTags c={c} />
        </Flex>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {c.content}
        </Typography.Text>
        {showCustomer && line(t('visitCommitments.fields.customer'), c.customer.name)}
        {line(t('visitCommitments.fields.owner'), c.owner.displayName)}
        {line(t('visitCommitments.fields.dueAt'), formatDateTimeMinutes(c.dueAt))}
        {line(t('visitCommitments.fields.checkMethod'), c.checkMethod)}
        {line(t('visitCommitments.fields.doneNote'), c.doneNote)}
        {c.confirmedBy && line(t('visitCommitments.fields.confirmedBy'), c.confirmedBy.displayName)}
        {c.taskId && c.status !== 'confirmed' && (
          <Typography.Text type="secondary">
            {t('visitCommitments.byTask')}{' '}
            <Link to={`/tasks?id=${c.taskId}`}>{t('visitCommitments.openTask')}</Link>
          </Typography.Text>
        )}
        {(c.actions.done || c.actions.confirm || (showCustomer && c.reportId)) && (
          <Flex gap={8} wrap style={{ marginTop: 4 }}>
            {c.actions.done && (
              <Button type="primary" onClick={() => setDoing(c)} data-testid="commitment-done">
                {t('visitCommitments.markDone')}
              </Button>
            )}
            {c.actions.confirm && (
              <Popconfirm
                title={t('visitCommitments.confirmPrompt')}
                onConfirm={() => run(() => confirm.mutateAsync(c.id), t('visitCommitments.confirmed'))}
              >
                <Button type="primary" loading={confirm.isPending} data-testid="commitment-confirm">
                  {t('visitCommitments.confirm')}
                </Button>
              </Popconfirm>
            )}
            {showCustomer && c.reportId && (
              <Link to={`/visit-reports/${c.reportId}`}>{t('visitCommitments.openReport')}</Link>
            )}
          </Flex>
        )}
      </Flex>
      <DoneModal commitment={doing} onClose={() => setDoing(undefined)} />
    </Card>
  );
}
