import { lazy, useEffect } from 'react';
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

/** Whether this page load has already started the day on 今日 (the first landing only). */
let landedOnToday = false;

/**
 * `/`, where sign-in lands: on a phone, someone who visits customers (visit:write) starts the day
 * on 今日; everyone else, and every desktop, on the home page (工作台). Only the first landing
 * goes to 今日: 首页 in the menu then opens the 工作台 on the phone too (OPS-5).
 */
export function Landing() {
  const phone = usePhone();
  const me = useMe().data;
  const toToday = phone && me !== undefined && startsOnToday(me) && !landedOnToday;
  useEffect(() => {
    if (toToday) landedOnToday = true;
  }, [toToday]);
  if (toToday) return <Navigate to="/today" replace />;
  return <HomePage />;
}
