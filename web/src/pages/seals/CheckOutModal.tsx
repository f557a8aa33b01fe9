import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCheckOutSeal, useSealRequests } from '../../api/hooks/seals';
import type { TSeal } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';

interface Values {
  userId: string;
  requestId?: string;
  note?: string;
}

/**
 * Q2C-9 (未得到专管人和销售经理同意…不得带离): the custodian hands a seal out only under the taker's
 * approved use request. Without one there is nothing to choose and the server refuses; a seal
 * taken anyway is recorded on the violations tab.
 */
export function CheckOutModal({ seal, onClose }: { seal: TSeal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const userId = Form.useWatch('userId', form);
  const checkOut = useCheckOutSeal();
  const approved = useSealRequests({
    whose: 'all',
    status: 'approved',
    sealId: seal?.id,
    userId,
    pageSize: 50,
  });
  const options = userId ? (approved.data?.items ?? []).map((r) => ({ value: r.id, label: r.purpose })) : [];
  const unapproved = !!userId && !approved.isFetching && options.length === 0;
  return (
    <FormModal<Values>
      open={seal !== null}
      onClose={onClose}
      form={form}
      title={`${t('seals.checkOut.title')}：${seal?.name ?? ''}`}
      successMessage={t('seals.checkOut.done')}
      testId="seal-check-out"
      onSubmit={async (v) => {
        if (!seal) return;
        await checkOut.mutateAsync({
          id: seal.id,
          userId: v.userId,
          requestId: v.requestId ?? null,
          note: v.note ?? null,
        });
      }}
    >
      <Form.Item
        name="userId"
        label={t('seals.checkOut.user')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <UserSelect />
      </Form.Item>
      <Form.Item
        name="requestId"
        label={t('seals.checkOut.request')}
        rules={[{ required: true, message: t('seals.checkOut.requestRequired') }]}
      >
        <Select placeholder={t('seals.checkOut.pickRequest')} options={options} disabled={unapproved} />
      </Form.Item>
      {unapproved && (
        <Alert
          type="error"
          showIcon
          message={t('seals.checkOut.refusedTitle')}
          description={t('seals.checkOut.refused')}
          style={{ marginBottom: 16 }}
          data-testid="seal-check-out-refused"
        />
      )}
      <Form.Item name="note" label={t('seals.fields.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
