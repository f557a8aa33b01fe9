import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  type ButtonProps,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Typography,
  Upload,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFileMeta } from '../api/types';
import { ErrorAlert } from './ErrorAlert';
import { formatBytes, formatDateTime } from './format';
import { useAction } from './use-action';

/** The server's message in an upload's error response, if it sent one. */
function uploadError(response: unknown): string | undefined {
  const error = (response as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

export interface UploadButtonProps {
  /** The upload route (multipart, field `file`). */
  action: string;
  /** Form fields sent with the file (e.g. its purpose). */
  data?: Record<string, string>;
  label: ReactNode;
  /** Said once a file has been stored. */
  uploaded: (fileName: string) => string;
  /** Said when the server gave no message of its own. */
  failed: string;
  /** Reload what shows the files. */
  onUploaded: () => unknown;
  testId: string;
  size?: ButtonProps['size'];
  style?: ButtonProps['style'];
}

/** One file to the server (in the UI language, with the session cookie); the button spins meanwhile. */
export function UploadButton(props: UploadButtonProps) {
  const { i18n } = useTranslation();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  return (
    <Upload
      name="file"
      action={props.action}
      data={props.data}
      headers={{ 'Accept-Language': i18n.language }}
      withCredentials
      showUploadList={false}
      onChange={({ file }) => {
        if (file.status === 'uploading') setUploading(true);
        if (file.status === 'done') {
          setUploading(false);
          message.success(props.uploaded(file.name));
          void props.onUploaded();
        }
        if (file.status === 'error') {
          setUploading(false);
          message.error(uploadError(file.response) ?? props.failed);
        }
      }}
    >
      <Button
        size={props.size}
        icon={<UploadOutlined />}
        loading={uploading}
        style={props.style}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
    </Upload>
  );
}

export interface AttachmentsPanelProps {
  files: TFileMeta[] | undefined;
  /** Where a file is opened and downloaded. */
  fileUrl: (file: TFileMeta) => string;
  texts: { empty: string; fileName: string; uploadedBy: string; uploadedAt: string; size?: string };
  /** Shown only when the server allows uploading; `before` stands beside the button (e.g. a purpose). */
  upload?: UploadButtonProps & { before?: ReactNode };
  /** Columns after the file name (e.g. the file's purpose). */
  extraColumns?: TableColumnsType<TFileMeta>;
  /** A download button per file, with this label. */
  download?: string;
  /** Shown only when the server allows removing. */
  remove?: {
    label: string;
    confirm: (file: TFileMeta) => string;
    /** The confirmation's buttons; antd's own when absent. */
    okText?: string;
    cancelText?: string;
    run: (file: TFileMeta) => Promise<unknown>;
    removed: string;
  };
  size?: 'small' | 'middle';
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  testId?: string;
}

/** Files kept with a record (customer attachments, contract scans, payment slips): upload, list, open, remove. */
export function AttachmentsPanel(props: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const { run } = useAction();
  const { upload, remove, texts } = props;
  const button = upload && <UploadButton {...upload} />;
  const actions = props.download !== undefined || remove !== undefined;
  return (
    <>
      {upload &&
        (upload.before ? (
          <Space>
            {upload.before}
            {button}
          </Space>
        ) : (
          button
        ))}
      <ErrorAlert error={props.error} onRetry={props.onRetry} />
      <Table<TFileMeta>
        rowKey="id"
        size={props.size ?? 'small'}
        pagination={false}
        loading={props.loading}
        dataSource={props.files}
        data-testid={props.testId}
        locale={{ emptyText: texts.empty }}
        columns={[
          {
            key: 'fileName',
            title: texts.fileName,
            render: (_, f) => (
              <Typography.Link href={props.fileUrl(f)} target="_blank" rel="noopener">
                {f.fileName}
              </Typography.Link>
            ),
          },
          ...(props.extraColumns ?? []),
          ...(texts.size !== undefined
            ? [
                {
                  key: 'size',
                  title: texts.size,
                  render: (_: unknown, f: TFileMeta) => formatBytes(f.sizeBytes),
                },
              ]
            : []),
          { key: 'by', title: texts.uploadedBy, render: (_, f) => f.createdBy?.displayName ?? '' },
          { key: 'at', title: texts.uploadedAt, render: (_, f) => formatDateTime(f.createdAt) },
          ...(actions
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, f: TFileMeta) => (
                    <Space size={0}>
                      {props.download !== undefined && (
                        <Button
                          type="link"
                          size="small"
                          icon={<DownloadOutlined />}
                          href={props.fileUrl(f)}
                          download={f.fileName}
                        >
                          {props.download}
                        </Button>
                      )}
                      {remove && (
                        <Popconfirm
                          title={remove.confirm(f)}
                          okText={remove.okText}
                          okButtonProps={remove.okText ? { danger: true } : undefined}
                          cancelText={remove.cancelText}
                          onConfirm={() => run(() => remove.run(f), remove.removed)}
                        >
                          <Button type="link" size="small" danger>
                            {remove.label}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
