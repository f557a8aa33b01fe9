import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TContract } from '../../api/types';
import { ApprovalPanel } from '../../components/ApprovalPanel';

/**
 * AR-1 (第十五条): a split entered at signing with an instalment beyond the collection period waits
 * for the sales manager and finance; the contract is not signed meanwhile. Shows why and the steps.
 */
export function SigningPlanReview({ contract }: { contract: TContract }) {
  const { t } = useTranslation();
  if (contract.status !== 'plan_review') return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('contracts.planReview.title')}
        description={t('contracts.planReview.hint')}
        data-testid="contract-plan-review"
      />
      <ApprovalPanel
        docType="signing_plan"
        docId={contract.id}
        title={`${contract.number} ${contract.title}`}
      />
    </>
  );
}
