import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder until the screen is built. */
export function ProductListPage() {
  const { t } = useTranslation();
  return <Result status="info" title={t('products.nav.productListPage')} />;
}
