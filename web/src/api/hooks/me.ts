import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCompanyTimeZone } from '../../components/company-time';
import { type Locale, setLocale } from '../../i18n';
import { api } from '../api';
import type { TChangePassword, TLogin, TMe } from '../types';

export const meKey = ['me'] as const;

export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      const me = await api.get('/api/me');
      // Every date and time is shown on the company's clock, not the browser's.
      setCompanyTimeZone(me.timeZone);
      return me;
    },
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user's permission check (menu and row actions; the server enforces). */
export function useCan(): (permission: string) => boolean {
  const { data } = useMe();
  return (permission) => data !== undefined && permission in data.permissions;
}

/** Signs in; the answer is the user (cached as /api/me) plus notices to show first (ORG-5). */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TLogin) => api.post('/api/auth/login', { body, skipAuthRedirect: true }),
    onSuccess: async ({ notices: _notices, ...me }) => {
      client.clear();
      setCompanyTimeZone(me.timeZone);
      client.setQueryData(meKey, me);
      await setLocale(me.user.locale);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout', { skipAuthRedirect: true }),
    onSettled: () => client.clear(),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: TChangePassword) => api.put('/api/me/password', { body }) });
}

/** Switches the language now and remembers it for the user on the server. */
export function usePreferredLocale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api.put('/api/me/preferences', { body: { locale } }),
    onMutate: async (locale) => {
      await setLocale(locale);
      const previous = client.getQueryData<TMe>(meKey);
      if (previous) client.setQueryData<TMe>(meKey, { ...previous, user: { ...previous.user, locale } });
      return { previous };
    },
    onError: (_error, _locale, context) => {
      if (context?.previous) client.setQueryData(meKey, context.previous);
    },
  });
}
