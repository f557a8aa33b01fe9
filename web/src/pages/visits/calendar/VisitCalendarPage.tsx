import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { App, Button, Card, Grid, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { companyNow } from '../../../components/company-time';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { CalendarLegend, type DayEntries } from './CalendarEntries';
import { byDay, type CalendarView, daysOf, shiftAnchor, viewRange } from './calendar-range';
import { type TCalendarVisit, useMoveVisit, useVisitCalendar } from './hooks';
import { MonthView } from './MonthView';
import { MoveVisitModal } from './MoveVisitModal';
import { WeekView } from './WeekView';

const none: DayEntries = { visits: [], nextSteps: [], dueItems: [] };

/**
 * VIS-1/VIS-4/CUS-8 (拜访日历): a week or a month of visits planned and made, follow-up next steps
 * and due items — one's own, or for a superior the team's or one rep's. A visit not yet begun
 * moves to another day by drag and drop on a desktop, by 改期 on a phone; the move shows at once and
 * goes back if the server refuses it. On a phone the week is a list of days.
 */
export function VisitCalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(() => companyNow().format('YYYY-MM-DD'));
  const [repId, setRepId] = useState<string | undefined>(undefined);
  const [dragging, setDragging] = useState<TCalendarVisit | null>(null);
  const [pending, setPending] = useState<{ visit: TCalendarVisit; day: string | null } | null>(null);
  const range = viewRange(view, anchor);
  const query = { ...range, ...(repId ? { repId } : {}) };
  const calendar = useVisitCalendar(query);
  const mover = useMoveVisit(query);
  const data = calendar.data;
  const today = data?.today ?? companyNow().format('YYYY-MM-DD');
  const team = !repId && (data?.reps.length ?? 0) > 1;

  const entriesOf = useMemo(() => {
    const visits = byDay(data?.visits ?? []);
    const nextSteps = byDay(data?.nextSteps ?? []);
    const dueItems = byDay(data?.dueItems ?? []);
    return (day: string): DayEntries =>
      data
        ? {
            visits: visits.get(day) ?? [],
            nextSteps: nextSteps.get(day) ?? [],
            dueItems: dueItems.get(day) ?? [],
          }
        : none;
  }, [data]);

  const confirmMove = (visit: TCalendarVisit, plannedOn: string) => {
    setPending(null);
    mover.mutate(
      { visit, plannedOn },
      {
        onSuccess: () => message.success(t('visitCalendar.moved', { day: plannedOn })),
        onError: (e) => message.error(errorText(e)),
      },
    );
  };

  const label =
    view === 'week' ? `${range.from} – ${range.to}` : dayjs(anchor).format(t('visitCalendar.monthFormat'));
  const controls = (
    <Space wrap>
      <Segmented<CalendarView>
        value={view}
        onChange={setView}
        options={[
          { value: 'week', label: t('visitCalendar.week') },
          { value: 'month', label: t('visitCalendar.month') },
        ]}
        data-testid="calendar-view"
      />
      <Space.Compact>
        <Button
          icon={<LeftOutlined />}
          aria-label={t('visitCalendar.previous')}
          onClick={() => setAnchor(shiftAnchor(view, anchor, -1))}
        />
        <Button onClick={() => setAnchor(today)}>{t('visitCalendar.today')}</Button>
        <Button
          icon={<RightOutlined />}
          aria-label={t('visitCalendar.next')}
          onClick={() => setAnchor(shiftAnchor(view, anchor, 1))}
        />
      </Space.Compact>
      {data && data.reps.length > 1 ? (
        <Select
          value={repId ?? ''}
          onChange={(v) => setRepId(v === '' ? undefined : v)}
          style={{ minWidth: 140 }}
          data-testid="calendar-rep"
          options={[
            { value: '', label: t('visitCalendar.team') },
            ...data.reps.map((r) => ({ value: r.id, label: r.displayName })),
          ]}
        />
      ) : null}
    </Space>
  );

  return (
    <Card title={t('visitCalendar.title')} extra={narrow ? null : controls}>
      {narrow ? <div style={{ marginBottom: 12 }}>{controls}</div> : null}
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="calendar-range">
        {label}
      </Typography.Title>
      <CalendarLegend />
      {!narrow ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('visitCalendar.dragHint')}
        </Typography.Paragraph>
      ) : null}
      <ErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
      {calendar.isPending ? (
        <Skeleton active />
      ) : view === 'week' ? (
        <WeekView
          days={daysOf(range.from, range.to)}
          today={today}
          entriesOf={entriesOf}
          team={team}
          narrow={narrow}
          dragging={dragging}
          onDragVisit={setDragging}
          onDrop={(visit, day) => setPending({ visit, day })}
          onMoveVisit={(visit) => setPending({ visit, day: null })}
        />
      ) : (
        <MonthView
          anchor={anchor}
          today={today}
          entriesOf={entriesOf}
          team={team}
          narrow={narrow}
          dragging={dragging}
          onAnchor={setAnchor}
          onDragVisit={setDragging}
          onDrop={(visit, day) => setPending({ visit, day })}
          onMoveVisit={(visit) => setPending({ visit, day: null })}
        />
      )}
      <MoveVisitModal
        visit={pending?.visit ?? null}
        day={pending?.day ?? null}
        today={today}
        onCancel={() => setPending(null)}
        onConfirm={confirmMove}
      />
    </Card>
  );
}
