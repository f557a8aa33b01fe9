import { lazy } from 'react';
import { Navigate } from 'react-router';
import { useCan } from '../api/hooks/me';
import { usePhone } from '../components/use-phone';

const HomePage = lazy(async () => ({ default: (await import('../pages/home/HomePage')).HomePage }));

/**
 * `/`, where sign-in lands: on a phone, someone who visits customers (visit:write) starts the day
 * on 今日; everyone else, and every desktop, on the home page.
 */
export function Landing() {
  const phone = usePhone();
  const can = useCan();
  if (phone && can('visit:write')) return <Navigate to="/today" replace />;
  return <HomePage />;
}
