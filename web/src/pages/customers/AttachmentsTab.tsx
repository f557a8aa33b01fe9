import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attachmentUploadUrl,
  attachmentUrl,
  useAttachments,
  useDeleteAttachment,
  useInvalidateCustomer,
} from '../../api/hooks/customers';
import type { TCustomer, TFileMeta } from '../../api/types';
import { ErrorAlert, useErrorText } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The server's message in an upload's error response, if it sent one. */
function uploadError(response: unknown): string | undefined {
  const error = (response as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** 附件: files kept with the customer (stored in the database, audited). */
export function AttachmentsTab({ customer }: { customer: TCustomer }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const files = useAttachments(customer.id);
  const remove = useDeleteAttachment();
  const invalidate = useInvalidateCustomer();
  const [uploading, setUploading] = useState(false);
  const canEdit = customer.access.canEdit;

  const confirmRemove = async (file: TFileMeta) => {
    try {
      await remove.mutateAsync({ id: customer.id, fileId: file.id });
      message.success(t('customers.attachments.removed'));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      {canEdit && (
        <Upload
          name="file"
          action={attachmentUploadUrl(customer.id)}
          headers={{ 'Accept-Language': i18n.language }}
          withCredentials
          showUploadList={false}
          onChange={({ file }) => {
            if (file.status === 'uploading') setUploading(true);
            if (file.status === 'done') {
              setUploading(false);
              message.success(t('customers.attachments.uploaded', { name: file.name }));
              void invalidate(customer.id);
            }
            if (file.status === 'error') {
              setUploading(false);
              message.error(uploadError(file.response) ?? t('customers.attachments.uploadFailed'));
            }
          }}
        >
          <Button
            icon={<UploadOutlined />}
            loading={uploading}
            style={{ marginBottom: 16 }}
            data-testid="attachment-upload"
          >
            {t('customers.attachments.upload')}
          </Button>
        </Upload>
      )}
      <ErrorAlert error={files.error} onRetry={() => void files.refetch()} />
      <Table<TFileMeta>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={files.isFetching}
        dataSource={files.data}
        data-testid="attachment-table"
        locale={{ emptyText: t('customers.attachments.empty') }}
        columns={[
          {
            key: 'fileName',
            title: t('customers.attachments.fileName'),
            render: (_, f) => (
              <Typography.Link href={attachmentUrl(customer.id, f.id)} target="_blank" rel="noopener">
                {f.fileName}
              </Typography.Link>
            ),
          },
          { key: 'size', title: t('customers.attachments.size'), render: (_, f) => formatBytes(f.sizeBytes) },
          {
            key: 'createdBy',
            title: t('customers.attachments.uploadedBy'),
            render: (_, f) => f.createdBy?.displayName ?? '',
          },
          {
            key: 'createdAt',
            title: t('customers.attachments.uploadedAt'),
            render: (_, f) => formatDateTime(f.createdAt),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, f) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  href={attachmentUrl(customer.id, f.id)}
                  download={f.fileName}
                >
                  {t('customers.attachments.download')}
                </Button>
                {canEdit && (
                  <Popconfirm
                    title={t('customers.attachments.removeConfirm', { name: f.fileName })}
                    okText={t('customers.remove')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => confirmRemove(f)}
                  >
                    <Button type="link" size="small" danger>
                      {t('customers.remove')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
