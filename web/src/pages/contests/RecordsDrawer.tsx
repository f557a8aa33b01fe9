import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { contestValue } from './figures';
import { type TContestDetail, type TLeaderboardEntry, useContestRecords } from './hooks';

/** INC-9, why this number: the records behind one participant's figure. */
export function RecordsDrawer({
  contest,
  entry,
  onClose,
}: {
  contest: TContestDetail;
  entry: TLeaderboardEntry | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const records = useContestRecords(contest.id, entry?.user.id ?? null);
  return (
    <Drawer
      open={entry !== null}
      onClose={onClose}
      size={phone ? '100%' : 'large'}
      destroyOnHidden
      title={entry ? t('contests.records.title', { name: entry.user.displayName }) : ''}
      data-testid="contest-records"
    >
      <ErrorAlert error={records.error} />
      {records.data && (
        <>
          <Typography.Paragraph>
            {t('contests.records.sum', {
              metric: enumLabel(t, 'metric', contest.metric),
              value: contestValue(contest.metric, records.data.sum),
              n: records.data.total,
            })}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={records.data.items}
            columns={[
              { title: t('contests.records.date'), key: 'date', render: (_, r) => formatDate(r.date) },
              {
                title: t('contests.records.number'),
                key: 'number',
                render: (_, r) => <Link to={r.link}>{r.number ?? t('contests.records.open')}</Link>,
              },
              {
                title: t('contests.records.value'),
                key: 'value',
                align: 'right',
                render: (_, r) => contestValue(contest.metric, r.value),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
