import { CheckOutlined, DownOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout, usePreferredLocale } from '../api/hooks/me';
import type { TMe } from '../api/types';
import { useErrorText } from '../components/ErrorAlert';
import { type Locale, locales } from '../i18n';
import { ChangePasswordModal } from './ChangePasswordModal';

/** The user's menu (language, password, sign out); `compact`: the avatar alone (a phone's top bar). */
export function UserMenu({ me, compact = false }: { me: TMe; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const logout = useLogout();
  const preferLocale = usePreferredLocale();
  const [changingPassword, setChangingPassword] = useState(false);

  function signOut() {
    logout.mutate(undefined, {
      onSettled: () => {
        navigate('/login', { replace: true });
        // after the shell unmounts, so nothing refetches the ended session
        setTimeout(() => client.clear(), 0);
      },
    });
  }

  const items: MenuProps['items'] = [
    {
      key: 'lang',
      type: 'group',
      label: t('user.language'),
      children: locales.map((locale) => ({
        key: `lang:${locale}`,
        icon:
          i18n.language === locale ? (
            <CheckOutlined />
          ) : (
            <span style={{ display: 'inline-block', width: 14 }} />
          ),
        label: <span data-testid={locale === 'en' ? 'lang-en' : 'lang-zh'}>{t(`lang.${locale}`)}</span>,
      })),
    },
    { type: 'divider' },
    {
      key: 'password',
      icon: <LockOutlined />,
      label: <span data-testid="change-password">{t('password.change')}</span>,
    },
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('user.logout')}</span> },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('lang:')) {
      if (key.slice(5) === i18n.language) return;
      preferLocale.mutate(key.slice(5) as Locale, { onError: (e) => message.error(errorText(e)) });
    } else if (key === 'password') {
      setChangingPassword(true);
    } else if (key === 'logout') {
      signOut();
    }
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button
          type="text"
          data-testid="user-menu"
          aria-label={me.user.displayName}
          style={{ height: compact ? 40 : 48, paddingInline: compact ? 8 : undefined }}
        >
          <Avatar size="small" icon={<UserOutlined />} />
          {!compact && <span>{me.user.displayName}</span>}
          {!compact && <DownOutlined style={{ fontSize: 10 }} />}
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
