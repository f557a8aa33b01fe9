import i18n from '../i18n';
import { createApiClient } from './client';

/** Full reload to the login page: drops every cached query of the lost session. */
export function redirectToLogin(): void {
  if (window.location.pathname === '/login') return;
  const next = window.location.pathname + window.location.search;
  window.location.assign(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
}

export const api = createApiClient({
  language: () => i18n.language,
  onUnauthenticated: redirectToLogin,
  fallbackMessage: (status) => (status === 0 ? i18n.t('error.network') : i18n.t('error.http', { status })),
});
