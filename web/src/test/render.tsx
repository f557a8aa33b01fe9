import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../api/query-client';
import '../i18n';

/** Renders a page with the providers the app gives it. */
export function renderWithProviders(ui: ReactElement, { route = '/' } = {}) {
  const client = createQueryClient();
  return render(
    <AntApp>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </AntApp>,
  );
}
