import { useTranslation } from 'react-i18next';
import {
  contractScanUploadUrl,
  contractScanUrl,
  useDeleteContractScan,
  useInvalidateContracts,
} from '../../api/hooks/contracts';
import type { TContract } from '../../api/types';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';

/** Q2C-7: the signed and sealed scans kept with the contract; upload and removal as the server allows. */
export function ContractScans({ contract }: { contract: TContract }) {
  const { t } = useTranslation();
  const remove = useDeleteContractScan();
  const invalidate = useInvalidateContracts();
  return (
    <AttachmentsPanel
      files={contract.scans}
      testId="contract-scans"
      fileUrl={(f) => contractScanUrl(contract.id, f.id)}
      texts={{
        empty: t('contracts.scans.empty'),
        fileName: t('contracts.scans.fileName'),
        uploadedBy: t('contracts.scans.uploadedBy'),
        uploadedAt: t('contracts.scans.uploadedAt'),
      }}
      upload={
        contract.actions.uploadScan
          ? {
              action: contractScanUploadUrl(contract.id),
              label: t('contracts.actions.uploadScan'),
              uploaded: (name) => t('contracts.actions.uploaded', { name }),
              failed: t('contracts.actions.uploadFailed'),
              onUploaded: invalidate,
              testId: 'contract-scan-upload',
              style: { marginBottom: 12 },
            }
          : undefined
      }
      remove={
        contract.actions.removeScan
          ? {
              label: t('contracts.actions.removeScan'),
              confirm: () => t('contracts.actions.removeScanConfirm'),
              run: (f) => remove.mutateAsync({ id: contract.id, fileId: f.id }),
              removed: t('contracts.actions.removed'),
            }
          : undefined
      }
    />
  );
}
