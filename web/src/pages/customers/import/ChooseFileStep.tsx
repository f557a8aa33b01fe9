import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Form, List, Select, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { saveDownload } from '../../../api/download';
import { useMyCustomerImports } from '../../../api/hooks/imports';
import { useCan } from '../../../api/hooks/me';
import { useAssignees } from '../../../api/hooks/pool';
import type { TImportRunSummary } from '../../../api/types';
import { useDebounced } from '../../../components/use-debounced';
import { importPercent } from './progress';

export interface ChosenImport {
  file: File | null;
  ownerId?: string;
}

interface Props {
  value: ChosenImport;
  onChange: (next: ChosenImport) => void;
  /** The server's answer to the last upload (field messages on file / ownerId). */
  error: unknown;
  onOpenRun: (id: string) => void;
}

const statusColor: Record<TImportRunSummary['status'], string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

/** The people I may give customers to, searched on the server as I type. */
function OwnerSelect(props: { value?: string; onChange: (v?: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const people = useAssignees(q, true);
  return (
    <Select<string>
      allowClear
      value={props.value}
      onChange={(v) => props.onChange(v ?? undefined)}
      placeholder={t('imports.ownerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={people.isFetching}
      notFoundContent={people.isFetching ? t('common.loading') : t('common.noMatch')}
      options={(people.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
      data-testid="import-owner"
    />
  );
}

/** Step 1: the template, the file, and (for those who assign customers) the default owner. */
export function ChooseFileStep({ value, onChange, error, onOpenRun }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const recent = useMyCustomerImports(true);
  const [downloading, setDownloading] = useState(false);
  const fields = error instanceof ApiError ? error.fields : {};

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      await saveDownload('/api/customers/import/template');
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('error.generic'));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('imports.step1.templateLabel')} extra={t('imports.step1.templateHelp')}>
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={() => void downloadTemplate()}
          data-testid="import-template"
        >
          {t('imports.step1.template')}
        </Button>
      </Form.Item>
      <Form.Item
        label={t('imports.step1.file')}
        required
        validateStatus={fields.file ? 'error' : undefined}
        help={fields.file}
      >
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={
            value.file
              ? [{ uid: 'chosen', name: value.file.name, size: value.file.size, status: 'done' as const }]
              : []
          }
          beforeUpload={(file) => {
            onChange({ ...value, file });
            return false;
          }}
          onRemove={() => onChange({ ...value, file: null })}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.step1.drop')}</p>
          <p className="ant-upload-hint">{t('imports.step1.formats')}</p>
        </Upload.Dragger>
      </Form.Item>
      {can('customer:assign') && (
        <Form.Item
          label={t('imports.step1.owner')}
          extra={t('imports.step1.ownerHelp')}
          validateStatus={fields.ownerId ? 'error' : undefined}
          help={fields.ownerId}
        >
          <OwnerSelect value={value.ownerId} onChange={(ownerId) => onChange({ ...value, ownerId })} />
        </Form.Item>
      )}
      {(recent.data?.length ?? 0) > 0 && (
        <Form.Item label={t('imports.recent.title')}>
          <List
            size="small"
            bordered
            dataSource={(recent.data ?? []).slice(0, 5)}
            renderItem={(run) => (
              <List.Item
                actions={[
                  <Button key="open" type="link" size="small" onClick={() => onOpenRun(run.id)}>
                    {t('common.view')}
                  </Button>,
                ]}
              >
                <Space wrap>
                  <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                    {run.fileName}
                  </Typography.Text>
                  <Tag color={statusColor[run.status]}>
                    {t(`imports.status.${run.status}`)}
                    {run.status === 'running' ? ` ${importPercent(run)}%` : ''}
                  </Tag>
                  <Typography.Text type="secondary">
                    {t('imports.recent.counts', { ok: run.okRows, bad: run.badRows })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Form.Item>
      )}
    </Form>
  );
}
