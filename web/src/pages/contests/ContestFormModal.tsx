import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { enumLabel } from '../../i18n/labels';
import { type TContestDetail, type TContestInput, useCreateContest, useUpdateContest } from './hooks';

interface Values {
  name: string;
  description?: string;
  dates: [Dayjs, Dayjs];
  metric: TContestInput['metric'];
  prize?: string;
  winnerCount: number;
  winnerPoints: number;
  userIds?: string[];
  unitIds?: string[];
}

const metrics: TContestInput['metric'][] = ['signed_amount', 'collected_amount', 'volume', 'new_customers'];

/**
 * INC-9: a contest as its organizer sets it up — name, days, participants (people, or units whose
 * people compete each on their own), the metric, the prize and the winners' extra points.
 */
export function ContestFormModal({
  contest,
  onClose,
  onSaved,
}: {
  contest: TContestDetail | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateContest();
  const update = useUpdateContest();
  const today = dayjs();
  return (
    <FormModal<Values>
      open
      width={640}
      title={contest ? t('contests.form.editTitle') : t('contests.form.title')}
      onClose={onClose}
      initialValues={
        contest
          ? {
              name: contest.name,
              description: contest.description,
              dates: [dayjs(contest.fromOn), dayjs(contest.toOn)],
              metric: contest.metric,
              prize: contest.prize,
              winnerCount: contest.winnerCount,
              winnerPoints: contest.winnerPoints,
              userIds: contest.participants.users.map((u) => u.id),
              unitIds: contest.participants.units.map((u) => u.id),
            }
          : {
              dates: [today.startOf('month'), today.endOf('month')],
              metric: 'collected_amount',
              winnerCount: 1,
              winnerPoints: 0,
            }
      }
      onSubmit={async (v) => {
        const body: TContestInput = {
          name: v.name,
          description: v.description ?? null,
          fromOn: v.dates[0].format('YYYY-MM-DD'),
          toOn: v.dates[1].format('YYYY-MM-DD'),
          metric: v.metric,
          prize: v.prize ?? null,
          winnerCount: v.winnerCount,
          winnerPoints: v.winnerPoints,
          userIds: v.userIds ?? [],
          unitIds: v.unitIds ?? [],
        };
        const saved = contest
          ? await update.mutateAsync({ id: contest.id, body })
          : await create.mutateAsync(body);
        onSaved?.(saved.id);
      }}
      testId="contest-form"
    >
      <Form.Item name="name" label={t('contests.fields.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} autoFocus />
      </Form.Item>
      <Form.Item name="dates" label={t('contests.fields.dates')} rules={[{ required: true }]}>
        <DatePicker.RangePicker allowClear={false} inputReadOnly style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="metric" label={t('contests.fields.metric')} rules={[{ required: true }]}>
        <Select options={metrics.map((m) => ({ value: m, label: enumLabel(t, 'metric', m) }))} />
      </Form.Item>
      <Form.Item name="unitIds" label={t('contests.fields.units')} extra={t('contests.form.unitsHint')}>
        <UnitTreeSelect multiple style={{ width: '100%' }} data-testid="contest-units" />
      </Form.Item>
      <Form.Item name="userIds" label={t('contests.fields.people')}>
        <UserSelect mode="multiple" style={{ width: '100%' }} data-testid="contest-people" />
      </Form.Item>
      <Form.Item name="prize" label={t('contests.fields.prize')}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="winnerCount" label={t('contests.fields.winnerCount')}>
            <InputNumber min={0} max={10} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="winnerPoints" label={t('contests.fields.winnerPoints')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('contests.fields.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
