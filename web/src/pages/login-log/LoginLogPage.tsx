import { Card, DatePicker, Form, Input, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useLoginLog } from '../../api/hooks/system';
import type { TLoginLogEntry, TLoginLogQuery } from '../../api/types';
import { ExportButton } from '../../components/ExportButton';
import { dateRangeQuery, formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';

type Filters = Pick<TLoginLogQuery, 'username' | 'result' | 'from' | 'to'>;
type Result = TLoginLogEntry['result'];
interface FormValues {
  username?: string;
  result?: Result;
  range?: [Dayjs | null, Dayjs | null];
}

const results: Result[] = ['success', 'bad_credentials', 'unknown_user', 'locked', 'disabled'];
const resultColor: Record<Result, string> = {
  success: 'green',
  bad_credentials: 'red',
  unknown_user: 'volcano',
  locked: 'orange',
  disabled: 'default',
};

export function LoginLogPage() {
  const { t } = useTranslation();
  const table = useServerTable<Filters>({ order: 'desc' });
  const canExport = useCan()('loginlog:export');
  const log = useLoginLog(table.params);
  return (
    <Card
      title={t('nav.loginLog')}
      extra={canExport && <ExportButton path="/api/login-log/export" query={table.params} />}
    >
      <SearchForm<FormValues>
        onSearch={({ range, ...values }) => table.setFilters({ ...values, ...dateRangeQuery(range) })}
      >
        <Form.Item name="username">
          <Input placeholder={t('loginLog.username')} allowClear style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="result">
          <Select
            allowClear
            placeholder={t('loginLog.result')}
            style={{ width: 150 }}
            options={results.map((r) => ({ value: r, label: t(`loginLog.results.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker />
        </Form.Item>
      </SearchForm>
      <PagedTable<TLoginLogEntry, Filters, string>
        query={log}
        table={table}
        data-testid="login-log-table"
        columns={[
          { key: 'at', title: t('common.time'), render: (_, row) => formatDateTime(row.at), width: 180 },
          { key: 'username', title: t('loginLog.username'), dataIndex: 'username' },
          {
            key: 'result',
            title: t('loginLog.result'),
            render: (_, row) => (
              <Tag color={resultColor[row.result]}>{t(`loginLog.results.${row.result}`)}</Tag>
            ),
          },
          { key: 'ip', title: t('common.ip'), dataIndex: 'ip' },
          {
            key: 'userAgent',
            title: t('loginLog.userAgent'),
            render: (_, row) => (
              <Typography.Text ellipsis={{ tooltip: row.userAgent }} style={{ maxWidth: 360 }}>
                {row.userAgent}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
