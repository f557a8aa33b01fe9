import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useRequestWeekly } from './hooks';
import { weekOf } from './period';
import { WeekSelect } from './WeekSelect';

interface Values {
  unitId: string;
  period: string;
}

/** OPS-4 (情况特殊时每周可做一次): a weekly report of a unit, opened once made. */
export function GenerateWeeklyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const request = useRequestWeekly();
  return (
    <FormModal<Values>
      open={open}
      title={t('statReports.generate.title')}
      onClose={onClose}
      okText={t('statReports.generate.ok')}
      successMessage={t('statReports.generate.done')}
      initialValues={{ unitId: me.data?.unit.id, period: weekOf(companyNow().format('YYYY-MM-DD')).code }}
      onSubmit={async (v) => {
        const report = await request.mutateAsync({ kind: 'weekly', period: v.period, unitId: v.unitId });
        navigate(`/stat-reports/${report.id}`);
      }}
      testId="weekly-form"
    >
      <Alert type="info" showIcon title={t('statReports.generate.hint')} style={{ marginBottom: 16 }} />
      <Form.Item name="unitId" label={t('statReports.generate.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect data-testid="weekly-unit" />
      </Form.Item>
      <Form.Item name="period" label={t('statReports.generate.week')} rules={[{ required: true }]}>
        <WeekSelect data-testid="weekly-week" />
      </Form.Item>
    </FormModal>
  );
}
