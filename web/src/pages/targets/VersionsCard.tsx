import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/company-time';
import { enumLabel } from '../../i18n/labels';
import { figureText, SetStatusTag } from './figures';
import type { TSetVersion, TTargetSheet } from './hooks';

/** PLAN-2: every version of the unit's split for the year and metric — who, when, status, why. */
export function VersionsCard({ sheet }: { sheet: TTargetSheet }) {
  const { t } = useTranslation();
  const columns: ColumnsType<TSetVersion> = [
    {
      title: t('targets.fields.version'),
      key: 'version',
      render: (_, v) =>
        v.id === sheet.set?.id ? (
          <Typography.Text strong>{t('targets.versionN', { version: v.version })}</Typography.Text>
        ) : (
          <Link to={`/targets/sets/${v.id}`}>{t('targets.versionN', { version: v.version })}</Link>
        ),
    },
    {
      title: t('targets.fields.status'),
      key: 'status',
      render: (_, v) => <SetStatusTag status={v.status} />,
    },
    {
      title: t('targets.fields.method'),
      key: 'method',
      render: (_, v) => enumLabel(t, 'splitMethod', v.splitMethod),
    },
    { title: t('targets.fields.author'), key: 'author', render: (_, v) => v.author?.displayName ?? '' },
    { title: t('targets.fields.createdAt'), key: 'createdAt', render: (_, v) => formatDateTime(v.createdAt) },
    {
      title: t('targets.fields.submittedAt'),
      key: 'submittedAt',
      render: (_, v) => formatDateTime(v.submittedAt),
    },
    {
      title: t('targets.fields.approvedBy'),
      key: 'approvedBy',
      render: (_, v) => v.approvedBy?.displayName ?? '',
    },
    {
      title: t('targets.fields.approvedAt'),
      key: 'approvedAt',
      render: (_, v) => formatDateTime(v.approvedAt),
    },
    {
      title: t('targets.fields.total'),
      key: 'total',
      align: 'right',
      render: (_, v) => figureText(v.total, sheet.money),
    },
    { title: t('targets.fields.changeReason'), key: 'changeReason', render: (_, v) => v.changeReason ?? '' },
    { title: t('targets.fields.gapReason'), key: 'gapReason', render: (_, v) => v.gapReason ?? '' },
  ];
  return (
    <Card size="small" title={t('targets.versionsTitle')}>
      <Table<TSetVersion>
        rowKey="id"
        size="small"
        data-testid="set-versions"
        columns={columns}
        dataSource={sheet.versions}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('targets.noVersions') }}
      />
    </Card>
  );
}
