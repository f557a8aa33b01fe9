import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { fenTextToYuanInput, yuanInputToFenText } from '../../components/format';
import { MoneyInput } from '../../components/MoneyInput';
import { enumLabel } from '../../i18n/labels';
import { type TChampionReward, type TRewardInput, useProposeReward, useUpdateReward } from './hooks';

interface Values {
  kind: TRewardInput['kind'];
  bonusYuan?: string;
  prize?: string;
  note?: string;
  points?: number;
}

/** INC-7: a champion's reward — a bonus, a prize or a promotion recommendation, with optional extra points. */
export function RewardFormModal({
  championId,
  reward,
  onClose,
}: {
  championId: string;
  reward: TChampionReward | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const propose = useProposeReward();
  const update = useUpdateReward();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('champions.reward.title')}
      onClose={onClose}
      codeFields={{}}
      initialValues={
        reward
          ? {
              kind: reward.kind,
              bonusYuan: fenTextToYuanInput(reward.bonusFen),
              prize: reward.prize ?? '',
              note: reward.note,
              points: reward.points,
            }
          : { kind: 'bonus', points: 0 }
      }
      onSubmit={(v) => {
        const body: TRewardInput = {
          kind: v.kind,
          bonusFen: v.kind === 'bonus' ? (yuanInputToFenText(v.bonusYuan) ?? null) : null,
          prize: v.prize ?? null,
          note: v.note ?? null,
          points: v.points ?? 0,
        };
        return reward
          ? update.mutateAsync({ id: reward.id, body })
          : propose.mutateAsync({ championId, body });
      }}
      testId="champion-reward-form"
    >
      <Form.Item name="kind" label={t('champions.reward.kind')} rules={[{ required: true }]}>
        <Select
          options={(['bonus', 'prize', 'promotion'] as const).map((k) => ({
            value: k,
            label: enumLabel(t, 'kind', k),
          }))}
        />
      </Form.Item>
      {kind === 'bonus' && (
        <Form.Item name="bonusYuan" label={t('champions.reward.bonus')} rules={[{ required: true }]}>
          <MoneyInput />
        </Form.Item>
      )}
      {kind === 'prize' && (
        <Form.Item name="prize" label={t('champions.reward.prize')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name="points" label={t('champions.reward.points')} extra={t('champions.reward.pointsHint')}>
        <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="note" label={t('champions.reward.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
