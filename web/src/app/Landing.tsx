import { lazy } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../api/hooks/me';
import type { TMe } from '../api/types';
import { usePhone } from '../components/use-phone';
import { allowed } from './nav';

const HomePage = lazy(async () => ({ default: (await import('../pages/home/HomePage')).HomePage }));

/** On a phone, whose day starts on 今日 instead of the home page: those who visit customers. */
export function startsOnToday(me: TMe): boolean {
  return allowed({ anyOf: ['visit:write'] }, me);
}

/**
 * `/`, where sign-in lands: on a phone, someone who visits customers (visit:write) starts the day
 * on 今日; everyone else, and every desktop, on the home page.
 */
export function Landing() {
  const phone = usePhone();
  const me = useMe().data;
  if (phone && me && startsOnToday(me)) return <Navigate to="/today" replace />;
  return <HomePage />;
}
