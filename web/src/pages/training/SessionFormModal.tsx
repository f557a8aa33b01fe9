import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fromPickerValue } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { enumLabel } from '../../i18n/labels';
import { type TTopic, topics, useCreateSession } from './hooks';

interface Values {
  topic: TTopic;
  title: string;
  trainerId?: string;
  trainerName?: string;
  time: [Dayjs, Dayjs];
  place: string;
  unitIds?: string[];
  userIds?: string[];
}

/** OPS-8: arrange a session — topic, trainer (a colleague or an outside name), time, place, audience. */
export function SessionFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSession();
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('training.create')}
      successMessage={t('training.created')}
      testId="training-form"
      width={640}
      onSubmit={async (v) => {
        const session = await create.mutateAsync({
          topic: v.topic,
          title: v.title,
          trainerId: v.trainerId ?? null,
          trainerName: v.trainerName ?? null,
          startsAt: fromPickerValue(v.time[0]),
          endsAt: fromPickerValue(v.time[1]),
          place: v.place,
          unitIds: v.unitIds ?? [],
          userIds: v.userIds ?? [],
        });
        navigate(`/training/sessions/${session.id}`);
      }}
    >
      <Form.Item name="topic" label={t('training.fields.topic')} rules={required}>
        <Select options={topics.map((k) => ({ value: k, label: enumLabel(t, 'topic', k) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('training.fields.title')}
        rules={[{ ...required[0], whitespace: true }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="trainerId" label={t('training.fields.trainer')} extra={t('training.trainerHint')}>
        <UserSelect allowClear />
      </Form.Item>
      <Form.Item name="trainerName" label={t('training.fields.trainerName')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="time" label={t('training.fields.time')} rules={required}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('training.fields.place')}
        rules={[{ ...required[0], whitespace: true }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="unitIds" label={t('training.fields.audienceUnits')}>
        <UnitTreeSelect multiple />
      </Form.Item>
      <Form.Item name="userIds" label={t('training.fields.audiencePeople')}>
        <UserSelect mode="multiple" allowClear />
      </Form.Item>
    </FormModal>
  );
}
