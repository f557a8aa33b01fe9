import { Alert, App, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCheckOutSeal, useSealRequests } from '../../api/hooks/seals';
import type { TSeal } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';

interface Values {
  userId: string;
  requestId?: string;
  note?: string;
  acknowledge?: boolean;
}

/**
 * Q2C-9: the custodian hands a seal out, under the taker's approved request. Without one it can
 * still be logged (the seal did leave) — after a warning, as a violation.
 */
export function CheckOutModal({ seal, onClose }: { seal: TSeal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
  const requestId = Form.useWatch('requestId', form);
  const unapproved = !!userId && !approved.isFetching && !requestId && options.length === 0;
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
        const result = await checkOut.mutateAsync({
          id: seal.id,
          userId: v.userId,
          requestId: v.requestId ?? null,
          note: v.note ?? null,
        });
        if (result.entry.violation) message.warning(t('seals.checkOut.violation'));
      }}
    >
      <Form.Item
        name="userId"
        label={t('seals.checkOut.user')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <UserSelect />
      </Form.Item>
      <Form.Item name="requestId" label={t('seals.checkOut.request')}>
        <Select allowClear placeholder={t('seals.checkOut.noRequest')} options={options} />
      </Form.Item>
      {unapproved && (
        <>
          <Alert
            type="warning"
            showIcon
            message={t('seals.checkOut.warnTitle')}
            description={t('seals.checkOut.warn')}
          />
          <Form.Item
            name="acknowledge"
            valuePropName="checked"
            rules={[
              {
                validator: async (_, v?: boolean) => {
                  if (!v) throw new Error(t('seals.checkOut.acknowledgeRequired'));
                },
              },
            ]}
            style={{ marginTop: 8 }}
          >
            <Checkbox data-testid="seal-check-out-acknowledge">{t('seals.checkOut.acknowledge')}</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label={t('seals.fields.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
