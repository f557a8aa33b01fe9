import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createQueryClient } from './api/query-client';

// The login page and the signed-in application load on demand: signing in does not wait for
// the menu, the shell and what the pages share.
const LoginPage = lazy(async () => ({ default: (await import('./pages/login/LoginPage')).LoginPage }));
// SVC-2: the customer's survey page, outside the signed-in application (no account).
const PublicSurveyPage = lazy(async () => ({
  default: (await import('./pages/satisfaction/PublicSurveyPage')).PublicSurveyPage,
}));
const AppRoutes = lazy(async () => ({ default: (await import('./app/AppRoutes')).AppRoutes }));

function Loading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/s/:token" element={<PublicSurveyPage />} />
                <Route path="*" element={<AppRoutes />} />
              </Routes>
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
