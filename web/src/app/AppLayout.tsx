import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError } from '../api/client';
import { useMe } from '../api/hooks/me';
import type { TMe } from '../api/types';
import { useErrorText } from '../components/ErrorAlert';
import { usePhone } from '../components/use-phone';
import { currentLocale, setLocale } from '../i18n';
import { DesktopShell } from './DesktopShell';
import { FullPageSpin } from './FullPageSpin';
import { PhoneShell } from './PhoneShell';

/** Signed-in area: loads the user, then the shell. A lost session goes to /login (api client). */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const errorText = useErrorText();
  if (me.isPending || (me.error instanceof ApiError && me.error.status === 401)) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={errorText(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return <Shell me={me.data} />;
}

/** Below antd's `md` breakpoint a phone's shell (bars top and bottom), else the desktop's (Sider). */
export function Shell({ me }: { me: TMe }) {
  const phone = usePhone();
  // The language is remembered per user: after sign-in the UI follows the user's choice.
  useEffect(() => {
    if (me.user.locale !== currentLocale()) void setLocale(me.user.locale);
  }, [me.user.locale]);
  // Another page opens at its top, not where the previous (longer) page was scrolled to.
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname) window.scrollTo(0, 0);
  }, [pathname]);
  return phone ? <PhoneShell me={me} /> : <DesktopShell me={me} />;
}
