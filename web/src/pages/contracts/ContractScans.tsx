import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contractScanUploadUrl,
  contractScanUrl,
  useDeleteContractScan,
  useInvalidateContracts,
} from '../../api/hooks/contracts';
import type { TContract, TFileMeta } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';

function uploadError(response: unknown): string | undefined {
  const error = (response as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** Q2C-7: the signed and sealed scans kept with the contract; upload and removal as the server allows. */
export function ContractScans({ contract }: { contract: TContract }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const remove = useDeleteContractScan();
  const invalidate = useInvalidateContracts();
  const [uploading, setUploading] = useState(false);
  return (
    <>
      {contract.actions.uploadScan && (
        <Upload
          name="file"
          action={contractScanUploadUrl(contract.id)}
          headers={{ 'Accept-Language': i18n.language }}
          withCredentials
          showUploadList={false}
          onChange={({ file }) => {
            if (file.status === 'uploading') setUploading(true);
            if (file.status === 'done') {
              setUploading(false);
              message.success(t('contracts.actions.uploaded', { name: file.name }));
              void invalidate();
            }
            if (file.status === 'error') {
              setUploading(false);
              message.error(uploadError(file.response) ?? t('contracts.actions.uploadFailed'));
            }
          }}
        >
          <Button
            icon={<UploadOutlined />}
            loading={uploading}
            style={{ marginBottom: 12 }}
            data-testid="contract-scan-upload"
          >
            {t('contracts.actions.uploadScan')}
          </Button>
        </Upload>
      )}
      <Table<TFileMeta>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={contract.scans}
        locale={{ emptyText: t('contracts.scans.empty') }}
        data-testid="contract-scans"
        columns={[
          {
            key: 'fileName',
            title: t('contracts.scans.fileName'),
            render: (_, f) => (
              <Typography.Link href={contractScanUrl(contract.id, f.id)} target="_blank" rel="noopener">
                {f.fileName}
              </Typography.Link>
            ),
          },
          {
            key: 'by',
            title: t('contracts.scans.uploadedBy'),
            render: (_, f) => f.createdBy?.displayName ?? '',
          },
          {
            key: 'at',
            title: t('contracts.scans.uploadedAt'),
            render: (_, f) => formatDateTime(f.createdAt),
          },
          ...(contract.actions.removeScan
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, f: TFileMeta) => (
                    <Popconfirm
                      title={t('contracts.actions.removeScanConfirm')}
                      onConfirm={async () => {
                        try {
                          await remove.mutateAsync({ id: contract.id, fileId: f.id });
                          message.success(t('contracts.actions.removed'));
                        } catch (e) {
                          message.error(errorText(e));
                        }
                      }}
                    >
                      <Button type="link" size="small" danger>
                        {t('contracts.actions.removeScan')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
