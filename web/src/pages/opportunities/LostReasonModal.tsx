import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TOpportunity } from '../../api/types';
import { FormModal } from '../../components/FormModal';

/** CUS-8: a lost opportunity needs its reason; asked before the move is sent. */
export function LostReasonModal({
  opportunity,
  onClose,
  onSubmit,
}: {
  opportunity: TOpportunity | null;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<{ lostReason: string }>
      open={opportunity !== null}
      title={t('opportunities.lost.title')}
      onClose={onClose}
      onSubmit={(v) => onSubmit(v.lostReason.trim())}
      okText={t('opportunities.lost.confirm')}
      successMessage={t('opportunities.board.moved', { stage: t('opportunities.stages.lost') })}
      testId="opportunity-lost-form"
    >
      <Typography.Paragraph>
        {t('opportunities.lost.prompt', { name: opportunity?.name })}
      </Typography.Paragraph>
      <Form.Item
        name="lostReason"
        label={t('opportunities.lost.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('opportunities.lost.placeholder')}
          autoFocus
        />
      </Form.Item>
    </FormModal>
  );
}
