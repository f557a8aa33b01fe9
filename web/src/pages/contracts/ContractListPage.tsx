import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder until the screen is built. */
export function ContractListPage() {
  const { t } = useTranslation();
  return <Result status="info" title={t('contracts.nav.contractListPage')} />;
}
