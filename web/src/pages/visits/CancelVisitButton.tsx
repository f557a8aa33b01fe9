import { StopOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelVisit } from '../../api/hooks/visits';
import type { TVisit } from '../../api/types';
import { FormModal } from '../../components/FormModal';

/** VIS-4: cancel a visit not yet made, saying why (a dialog that asks before it acts). */
export function CancelVisitButton({ visit, block }: { visit: TVisit; block?: boolean }) {
  const { t } = useTranslation();
  const cancel = useCancelVisit();
  const [open, setOpen] = useState(false);
  if (!visit.actions.cancel) return null;
  return (
    <>
      <Button
        danger
        block={block}
        icon={<StopOutlined />}
        onClick={() => setOpen(true)}
        data-testid="visit-cancel"
      >
        {t('visits.cancel.button')}
      </Button>
      <FormModal<{ reason: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={t('visits.cancel.title', { customer: visit.customer.name })}
        okText={t('visits.cancel.confirm')}
        successMessage={t('visits.cancel.done')}
        testId="visit-cancel-form"
        onSubmit={(v) => cancel.mutateAsync({ id: visit.id, reason: v.reason })}
      >
        <Form.Item
          name="reason"
          label={t('visits.cancel.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
