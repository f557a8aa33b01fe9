import { Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { enumLabel } from '../../i18n/labels';
import { proposableRules, type TAwardRequestCreate, useProposeAward } from './hooks';

interface Values {
  rule: TAwardRequestCreate['rule'];
  points?: number | null;
  reason: string;
}

/**
 * INC-4: propose extra points for a person — the rule, how many points (empty: the rule's amount
 * per the company's policy), why. It goes to the approvers at once.
 */
export function AwardFormModal({
  person,
  onClose,
}: {
  person: { id: string; displayName: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeAward();
  return (
    <FormModal<Values>
      open
      title={t('points.award.title', { name: person.displayName })}
      okText={t('points.award.submit')}
      onClose={onClose}
      successMessage={t('points.award.sent')}
      testId="points-award-form"
      initialValues={{ rule: 'other_contribution' }}
      onSubmit={(v) =>
        propose.mutateAsync({
          userId: person.id,
          rule: v.rule,
          reason: v.reason,
          ...(v.points ? { points: v.points } : {}),
        })
      }
    >
      <Form.Item name="rule" label={t('points.award.rule')} rules={[{ required: true }]}>
        <Select
          options={proposableRules.map((r) => ({ value: r, label: enumLabel(t, 'rule', r) }))}
          data-testid="points-award-rule"
        />
      </Form.Item>
      <Form.Item name="points" label={t('points.award.points')} extra={t('points.award.pointsHint')}>
        <InputNumber
          min={1}
          max={1_000_000}
          precision={0}
          style={{ width: '100%' }}
          data-testid="points-award-points"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('points.award.reason')}
        rules={[{ required: true, whitespace: true, message: t('points.award.reasonRequired') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          data-testid="points-award-reason"
        />
      </Form.Item>
      <Typography.Text type="secondary">{t('points.award.approvalHint')}</Typography.Text>
    </FormModal>
  );
}
