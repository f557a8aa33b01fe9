import { useTranslation } from 'react-i18next';
import {
  attachmentUploadUrl,
  attachmentUrl,
  useAttachments,
  useDeleteAttachment,
  useInvalidateCustomer,
} from '../../api/hooks/customers';
import type { TCustomer } from '../../api/types';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';

/** 附件: files kept with the customer (stored in the database, audited). */
export function AttachmentsTab({ customer }: { customer: TCustomer }) {
  const { t } = useTranslation();
  const files = useAttachments(customer.id);
  const remove = useDeleteAttachment();
  const invalidate = useInvalidateCustomer();
  const canEdit = customer.access.canEdit;
  return (
    <AttachmentsPanel
      files={files.data}
      loading={files.isFetching}
      error={files.error}
      onRetry={() => void files.refetch()}
      size="middle"
      testId="attachment-table"
      fileUrl={(f) => attachmentUrl(customer.id, f.id)}
      texts={{
        empty: t('customers.attachments.empty'),
        fileName: t('customers.attachments.fileName'),
        size: t('customers.attachments.size'),
        uploadedBy: t('customers.attachments.uploadedBy'),
        uploadedAt: t('customers.attachments.uploadedAt'),
      }}
      download={t('customers.attachments.download')}
      upload={
        canEdit
          ? {
              action: attachmentUploadUrl(customer.id),
              label: t('customers.attachments.upload'),
              uploaded: (name) => t('customers.attachments.uploaded', { name }),
              failed: t('customers.attachments.uploadFailed'),
              onUploaded: () => invalidate(customer.id),
              testId: 'attachment-upload',
              style: { marginBottom: 16 },
            }
          : undefined
      }
      remove={
        canEdit
          ? {
              label: t('customers.remove'),
              confirm: (f) => t('customers.attachments.removeConfirm', { name: f.fileName }),
              okText: t('customers.remove'),
              cancelText: t('common.cancel'),
              run: (f) => remove.mutateAsync({ id: customer.id, fileId: f.id }),
              removed: t('customers.attachments.removed'),
            }
          : undefined
      }
    />
  );
}
