import { Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { type TAttendee, useRecordResult } from './hooks';

interface Values {
  score?: number | null;
  passed?: boolean | null;
  excellent?: boolean;
  note?: string;
}

/** OPS-8: one person's result — a score 0–100 or pass / fail; excellent at the policy's score or when marked. */
export function ResultModal({
  sessionId,
  attendee,
  excellentScore,
  onClose,
}: {
  sessionId: string;
  attendee: TAttendee | null;
  excellentScore: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordResult();
  return (
    <FormModal<Values>
      open={attendee !== null}
      onClose={onClose}
      title={t('training.resultFor', { name: attendee?.user.displayName ?? '' })}
      successMessage={t('training.resultSaved')}
      testId="training-result-form"
      initialValues={{
        score: attendee?.score ?? null,
        passed: attendee?.passed ?? null,
        excellent: attendee?.excellent ?? false,
        note: attendee?.resultNote ?? '',
      }}
      onSubmit={(v) =>
        record.mutateAsync({
          id: sessionId,
          body: {
            attendeeId: attendee!.id,
            score: v.score ?? null,
            passed: v.passed ?? null,
            excellent: v.excellent ?? false,
            note: v.note || null,
          },
        })
      }
    >
      <Form.Item
        name="score"
        label={t('training.fields.score')}
        extra={t('training.excellentHint', { score: excellentScore })}
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} data-testid="training-score" />
      </Form.Item>
      <Form.Item name="passed" label={t('training.fields.passed')}>
        <Radio.Group
          options={[
            { value: true, label: t('training.pass') },
            { value: false, label: t('training.fail') },
          ]}
        />
      </Form.Item>
      <Form.Item name="excellent" valuePropName="checked">
        <Checkbox disabled={attendee?.excellent}>{t('training.markExcellent')}</Checkbox>
      </Form.Item>
      <Form.Item name="note" label={t('training.fields.note')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
