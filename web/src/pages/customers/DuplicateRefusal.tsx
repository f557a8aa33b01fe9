import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useRequestDuplicateAccess } from '../../api/hooks/customers';
import type { TDuplicate, TDuplicateRequestCreate } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';

type Kind = TDuplicateRequestCreate['kind'];

/** The existing records of a refused create (409 CUSTOMER_DUPLICATE), or null for any other error. */
export function refusedDuplicates(error: unknown): TDuplicate[] | null {
  if (!(error instanceof ApiError) || error.code !== 'CUSTOMER_DUPLICATE') return null;
  const list = error.details.duplicates;
  return Array.isArray(list) ? (list as TDuplicate[]) : [];
}

/** Asks the owner's superior to let the rep collaborate on, or take over, the existing customer. */
function RequestAccessModal({
  target,
  kind,
  onClose,
}: {
  target: TDuplicate;
  kind: Kind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const request = useRequestDuplicateAccess();
  const [form] = Form.useForm<{ reason: string }>();
  const submit = ({ reason }: { reason: string }) =>
    request.mutate(
      { id: target.id, body: { kind, reason } },
      {
        onSuccess: () => {
          message.success(t('customers.duplicates.requested'));
          onClose();
        },
        onError: (e) => message.error(errorText(e)),
      },
    );
  return (
    <Modal
      open
      title={t(`customers.duplicates.request.${kind}Title`, { name: target.name })}
      okText={t('customers.duplicates.request.submit')}
      okButtonProps={{ loading: request.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('customers.duplicates.request.hint', { name: target.owner?.displayName ?? '' })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('customers.duplicates.request.reason')}
          rules={[
            { required: true, whitespace: true, message: t('customers.duplicates.request.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="duplicate-request-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One existing record: name (link), owner or the pool, what matched, and what the rep may do. */
function RefusedLine({ d, onRequest }: { d: TDuplicate; onRequest: (kind: Kind) => void }) {
  const { t } = useTranslation();
  const matched = d.by.map((b) => t(`customers.duplicates.by.${b}`)).join(t('customers.duplicates.joiner'));
  return (
    <Space wrap size={8} data-testid="duplicate-existing">
      <Link to={d.inPool ? '/pool' : `/customers/${d.id}`} target="_blank" rel="noopener">
        {d.name}
      </Link>
      <Typography.Text data-testid="duplicate-owner">
        {d.inPool
          ? t('customers.duplicates.inPool')
          : d.owner
            ? t('customers.duplicates.owner', { name: d.owner.displayName })
            : t('customers.duplicates.noOwner')}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('customers.duplicates.matchedBy', { fields: matched })}
      </Typography.Text>
      {!d.inPool && d.owner && (
        <>
          <Button size="small" onClick={() => onRequest('collaborate')} data-testid="duplicate-collaborate">
            {t('customers.duplicates.request.collaborate')}
          </Button>
          <Button size="small" onClick={() => onRequest('transfer')} data-testid="duplicate-transfer">
            {t('customers.duplicates.request.transfer')}
          </Button>
        </>
      )}
    </Space>
  );
}

/**
 * CUS-1 (no 撞单): the create was refused; the existing customers and their owners, with a
 * request to collaborate or for a transfer (approved by the owner's superior). Nothing was saved.
 */
export function DuplicateRefusal({ items }: { items: TDuplicate[] | null }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<{ target: TDuplicate; kind: Kind } | null>(null);
  if (!items || items.length === 0) return null;
  return (
    <>
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="duplicate-refusal"
        title={t('customers.duplicates.refused')}
        description={
          <Space orientation="vertical" size={4}>
            {items.map((d) => (
              <RefusedLine key={d.id} d={d} onRequest={(kind) => setAsking({ target: d, kind })} />
            ))}
          </Space>
        }
      />
      {asking && <RequestAccessModal {...asking} onClose={() => setAsking(null)} />}
    </>
  );
}
