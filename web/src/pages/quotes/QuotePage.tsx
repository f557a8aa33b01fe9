import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder until the screen is built. */
export function QuotePage() {
  const { t } = useTranslation();
  return <Result status="info" title={t('quotes.nav.quotePage')} />;
}
