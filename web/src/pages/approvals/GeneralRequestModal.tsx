import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateGeneralRequest, useUpdateGeneralRequest } from '../../api/hooks/approvals';
import type { TGeneralRequest } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { fenToYuan, yuanToFen } from '../policies/policy-values';

interface Values {
  title: string;
  content: string;
  amount?: string;
}

/** Write or edit a general request (通用申请); the amount is entered in yuan and sent as fen. */
export function GeneralRequestModal({
  open,
  request,
  onClose,
}: {
  open: boolean;
  /** The request to edit; absent to create one. */
  request?: TGeneralRequest;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateGeneralRequest();
  const update = useUpdateGeneralRequest();
  return (
    <FormModal<Values>
      open={open}
      title={t(request ? 'approvals.requests.editTitle' : 'approvals.requests.createTitle')}
      onClose={onClose}
      width={640}
      testId="general-request-form"
      initialValues={
        request
          ? {
              title: request.title,
              content: request.content,
              amount: request.amountFen === null ? undefined : fenToYuan(BigInt(request.amountFen)),
            }
          : undefined
      }
      onSubmit={async (v) => {
        const fen = v.amount?.trim() ? yuanToFen(v.amount) : null;
        const body = { title: v.title, content: v.content, amountFen: fen === null ? null : fen.toString() };
        if (request) await update.mutateAsync({ id: request.id, ...body });
        else await create.mutateAsync(body);
      }}
    >
      <Form.Item
        name="title"
        label={t('approvals.requests.fields.title')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('approvals.requests.fields.content')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('approvals.requests.fields.amount')}
        extra={t('approvals.requests.amountHint')}
        rules={[
          {
            validator: async (_, value?: string) => {
              if (!value?.trim()) return;
              const fen = yuanToFen(value);
              if (fen === null || fen < 0n) throw new Error(t('approvals.requests.amountInvalid'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" style={{ width: 220 }} />
      </Form.Item>
    </FormModal>
  );
}
