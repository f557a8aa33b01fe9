import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLogin } from '../../api/hooks/me';
import type { TLogin } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { applyFieldErrors } from '../../components/form-errors';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { setLocale } from '../../i18n';
import { useSignInNotices } from './sign-in-notices';

/** Only same-site paths: never send someone to another origin after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<TLogin>();
  const login = useLogin();
  const showNotices = useSignInNotices();

  function submit(values: TLogin) {
    login.mutate(values, {
      onSuccess: (signedIn) => {
        navigate(safeNext(params.get('next')), { replace: true });
        showNotices(signedIn.notices);
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  }

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: token.colorBgLayout,
        padding: 16,
      }}
    >
      <Card style={{ width: 380, maxWidth: '100%' }} data-testid="login-card">
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LanguageSwitch onChange={(locale) => void setLocale(locale)} />
        </div>
        <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 8, marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 24 }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
        {login.error && (
          <Alert
            type="error"
            showIcon
            title={errorText(login.error)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form<TLogin> form={form} onFinish={submit} size="large" autoComplete="on">
          <Form.Item name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input
              prefix={<UserOutlined />}
              placeholder={t('login.username')}
              aria-label={t('login.username')}
              autoComplete="username"
              autoFocus
            />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('login.password')}
              aria-label={t('login.password')}
              autoComplete="current-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
