import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import { saveDownload } from '../../../api/download';
import type { TImportDuplicate, TImportRowError, TImportRun } from '../../../api/types';

/** Step 3: what came in, the rows that did not (row, column, reason) and the flagged duplicates. */
export function RunResult({ run }: { run: TImportRun }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);

  const downloadErrors = async () => {
    setDownloading(true);
    try {
      await saveDownload('/api/customers/import/{id}/errors', { params: { id: run.id } });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('error.generic'));
    } finally {
      setDownloading(false);
    }
  };

  const summary = t('imports.step3.summary', {
    ok: run.okRows,
    bad: run.badRows,
    duplicates: run.duplicateRows,
  });
  const alert =
    run.status === 'failed' ? (
      <Alert
        type="error"
        showIcon
        title={t('imports.step3.failed')}
        description={[run.message, run.processedRows > 0 ? summary : null].filter(Boolean).join(' ')}
      />
    ) : (
      <Alert
        type={run.badRows > 0 ? 'warning' : 'success'}
        showIcon
        title={run.badRows > 0 ? t('imports.step3.doneWithErrors') : t('imports.step3.done')}
        description={summary}
      />
    );

  const errorColumns = [
    { title: t('imports.errors.row'), dataIndex: 'row', width: 90 },
    {
      title: t('imports.errors.column'),
      dataIndex: 'column',
      width: 160,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('imports.errors.reason'), dataIndex: 'reason' },
  ];
  const duplicateColumns = [
    { title: t('imports.errors.row'), dataIndex: 'row', width: 90 },
    {
      title: t('imports.duplicates.imported'),
      dataIndex: 'recordId',
      width: 140,
      render: (id: string) => <Link to={`/customers/${id}`}>{t('imports.duplicates.open')}</Link>,
    },
    {
      title: t('imports.duplicates.matches'),
      dataIndex: 'matches',
      render: (matches: TImportDuplicate['matches']) => (
        <Space orientation="vertical" size={0}>
          {matches.map((m) => (
            <span key={m.id}>
              <Link to={`/customers/${m.id}`}>{m.name}</Link>{' '}
              <Typography.Text type="secondary">
                {t('imports.by.list', {
                  list: m.by
                    .map((b) => t(`imports.by.${b}`, { defaultValue: b }))
                    .join(t('imports.by.separator')),
                })}
              </Typography.Text>
            </span>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="import-result">
      {alert}
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'errors',
            label: t('imports.errors.tab', { count: run.badRows }),
            children: (
              <>
                <Space style={{ marginBottom: 12 }} wrap>
                  <Button
                    icon={<DownloadOutlined />}
                    disabled={run.badRows === 0}
                    loading={downloading}
                    onClick={() => void downloadErrors()}
                    data-testid="import-download-errors"
                  >
                    {t('imports.errors.download')}
                  </Button>
                  {run.errorCount > run.errors.length && (
                    <Typography.Text type="secondary">
                      {t('imports.errors.truncated', { shown: run.errors.length, total: run.errorCount })}
                    </Typography.Text>
                  )}
                </Space>
                <Table<TImportRowError>
                  size="small"
                  rowKey={(e) => `${e.row}:${e.field ?? ''}:${e.reason}`}
                  columns={errorColumns}
                  dataSource={run.errors}
                  pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
                  locale={{ emptyText: t('imports.errors.none') }}
                  data-testid="import-errors"
                />
              </>
            ),
          },
          {
            key: 'duplicates',
            label: t('imports.duplicates.tab', { count: run.duplicateRows }),
            children: (
              <>
                <Typography.Paragraph type="secondary">{t('imports.duplicates.help')}</Typography.Paragraph>
                <Table<TImportDuplicate>
                  size="small"
                  rowKey="row"
                  columns={duplicateColumns}
                  dataSource={run.duplicates}
                  pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
                  locale={{ emptyText: t('imports.duplicates.none') }}
                  data-testid="import-duplicates"
                />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
