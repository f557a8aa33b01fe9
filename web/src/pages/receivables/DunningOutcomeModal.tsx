import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useRecordDunningOutcome } from '../../api/hooks/receivables';
import type { TDunningItem, TDunningOutcome } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { formatFenText } from '../../components/format';

export const dunningOutcomes: TDunningOutcome[] = ['promised', 'paid', 'disputed', 'unreachable', 'other'];

interface Values {
  outcome: TDunningOutcome;
  promisedOn?: Dayjs | null;
  note?: string;
}

/** AR-6: how the contact with the customer went; recording it closes the same-day to-do. */
export function DunningOutcomeModal({ item, onClose }: { item: TDunningItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordDunningOutcome();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <FormModal<Values>
      form={form}
      open={item !== null}
      title={t('receivables.dunning.outcomeTitle', {
        customer: item?.customer.name ?? '',
        amount: formatFenText(item?.outstandingFen),
      })}
      onClose={onClose}
      initialValues={{
        outcome: item?.outcome ?? undefined,
        promisedOn: item?.promisedOn ? dayjs(item.promisedOn) : null,
        note: item?.outcomeNote ?? undefined,
      }}
      onSubmit={(v) =>
        record.mutateAsync({
          id: item!.id,
          body: {
            outcome: v.outcome,
            promisedOn: v.outcome === 'promised' && v.promisedOn ? v.promisedOn.format('YYYY-MM-DD') : null,
            note: v.note ?? null,
          },
        })
      }
      testId="dunning-outcome-modal"
    >
      <Form.Item
        name="outcome"
        label={t('receivables.dunning.outcome')}
        rules={[{ required: true, message: t('receivables.dunning.outcomeRequired') }]}
      >
        <Select
          options={dunningOutcomes.map((o) => ({ value: o, label: t(`receivables.dunning.outcomes.${o}`) }))}
        />
      </Form.Item>
      {outcome === 'promised' && (
        <Form.Item
          name="promisedOn"
          label={t('receivables.dunning.promisedOn')}
          rules={[{ required: true, message: t('receivables.dunning.promisedOnRequired') }]}
        >
          <DatePicker />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('receivables.dunning.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
