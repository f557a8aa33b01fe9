import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { usePoolStatus, useReleaseCustomer } from '../../api/hooks/pool';
import type { TReleaseCustomer } from '../../api/types';
import { FormModal } from '../../components/FormModal';

/**
 * 退回公海: asks why, says what it means, and returns the customer to the pool. Shown only
 * while someone owns the customer and to those who may change customers (the server checks scope).
 */
export function ReleaseButton({ customerId, onDone }: { customerId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const status = usePoolStatus(customerId);
  const release = useReleaseCustomer();
  const [open, setOpen] = useState(false);
  if (!can('customer:write') || !status.data?.owned) return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="pool-release">
        {t('pool.release.button')}
      </Button>
      <FormModal<TReleaseCustomer>
        open={open}
        title={t('pool.release.title')}
        okText={t('pool.release.ok')}
        successMessage={t('pool.release.done')}
        onClose={() => setOpen(false)}
        onSubmit={async (body) => {
          await release.mutateAsync({ id: customerId, body });
          onDone?.();
        }}
        testId="pool-release-form"
      >
        <Alert type="warning" showIcon title={t('pool.release.warning')} style={{ marginBottom: 16 }} />
        <Form.Item
          name="reason"
          label={t('pool.release.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('pool.release.reasonPlaceholder')}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
