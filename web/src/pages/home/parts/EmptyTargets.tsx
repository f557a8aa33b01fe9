import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../api/hooks/me';

/**
 * A company without approved targets yet (a new one): the figures still show what happened, and
 * whoever sets targets is pointed to where they do it.
 */
export function EmptyTargets() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="workbench-no-targets"
      title={t('workbench.empty.noTargets')}
      description={t('workbench.empty.noTargetsHint')}
      action={can('target:write') ? <Link to="/targets">{t('workbench.empty.setTargets')}</Link> : undefined}
    />
  );
}
