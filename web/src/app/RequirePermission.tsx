import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/hooks/me';
import { allowed } from './nav';

/** A page the user may not open shows 403 instead (the server refuses the data anyway). */
export function RequirePermission({ anyOf, children }: { anyOf?: string[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data && !allowed({ anyOf }, me.data)) {
    return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  }
  return children;
}
