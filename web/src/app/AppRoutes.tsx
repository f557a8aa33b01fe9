import { Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { navItems } from './nav';
import { RequirePermission } from './RequirePermission';
import { pages } from './routes';

/** The signed-in application: the shell (menu, user) around each page; loaded after the login page. */
export function AppRoutes() {
  return (
    <Routes>
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
  );
}
