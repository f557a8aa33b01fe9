import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createQueryClient } from './api/query-client';
import { AppLayout } from './app/AppLayout';
import { NotFoundPage } from './app/NotFoundPage';
import { navItems } from './app/nav';
import { RequirePermission } from './app/RequirePermission';
import { pages } from './app/routes';
import { LoginPage } from './pages/login/LoginPage';

export function App() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<AppLayout />}>
                {navItems
                  .filter((item) => !item.external)
                  .map((item) => {
                    const Page = pages[item.path];
                    if (!Page) return null;
                    return (
                      <Route
                        key={item.path}
                        path={item.path}
                        element={
                          <RequirePermission anyOf={item.anyOf}>
                            <Page />
                          </RequirePermission>
                        }
                      />
                    );
                  })}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
