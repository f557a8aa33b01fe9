import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { useVerifyAudit } from '../../api/hooks/system';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Recomputes the audit hash chain on the server and says whether it is intact. */
export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<SafetyOutlined />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  const result = verify.data;
  if (verify.error) return <ErrorAlert error={verify.error} />;
  if (!result) return null;
  return (
    <Alert
      showIcon
      closable={{ onClose: () => verify.reset() }}
      style={{ marginBottom: 16 }}
      data-testid="audit-verify-result"
      type={result.ok ? 'success' : 'error'}
      title={
        result.ok
          ? t('audit.verifyOk', { count: result.checked })
          : t('audit.verifyBroken', {
              id: result.brokenAt?.id ?? '?',
              reason: result.brokenAt ? t(`audit.brokenReason.${result.brokenAt.reason}`) : '',
              count: result.checked,
            })
      }
    />
  );
}
