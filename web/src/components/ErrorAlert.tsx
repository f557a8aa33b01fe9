import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The message to show a person for any failure; server messages are already localized. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => (error instanceof ApiError && error.message ? error.message : t('error.generic'));
}

interface Props {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={text(error)}
      style={{ marginBottom: 16 }}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
