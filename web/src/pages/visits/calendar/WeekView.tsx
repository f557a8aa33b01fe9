import { Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarEntries, type DayEntries } from './CalendarEntries';
import { mayDropOn } from './calendar-range';
import type { TCalendarVisit } from './hooks';

interface Props {
  days: string[];
  today: string;
  entriesOf: (day: string) => DayEntries;
  team: boolean;
  narrow: boolean;
  dragging: TCalendarVisit | null;
  onDragVisit: (visit: TCalendarVisit | null) => void;
  onDrop: (visit: TCalendarVisit, day: string) => void;
  onMoveVisit: (visit: TCalendarVisit) => void;
}

const empty = (e: DayEntries) => e.visits.length + e.nextSteps.length + e.dueItems.length === 0;

/**
 * A week: seven columns on a desktop, a planned visit dragged from one day to another (HTML5 drag
 * and drop); on a phone the days one under another, each movable visit with its 改期 button.
 */
export function WeekView(props: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState<string | null>(null);
  const { days, today, entriesOf, narrow, dragging } = props;
  const heading = (day: string) => (
    <Typography.Text strong type={day === today ? undefined : 'secondary'}>
      {dayjs(day).format(t('visitCalendar.dayFormat'))}
      {day === today ? ` · ${t('visitCalendar.today')}` : ''}
    </Typography.Text>
  );
  if (narrow) {
    return (
      <div data-testid="calendar-day-list">
        {days.map((day) => {
          const entries = entriesOf(day);
          return (
            <Card
              key={day}
              size="small"
              title={heading(day)}
              style={{ marginBottom: 8, borderColor: day === today ? '#1677ff' : undefined }}
              data-testid="calendar-day"
            >
              {empty(entries) ? (
                <Typography.Text type="secondary">{t('visitCalendar.nothing')}</Typography.Text>
              ) : (
                <CalendarEntries
                  entries={entries}
                  team={props.team}
                  narrow
                  onDragVisit={props.onDragVisit}
                  onMoveVisit={props.onMoveVisit}
                />
              )}
            </Card>
          );
        })}
      </div>
    );
  }
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))`, gap: 8 }}
      data-testid="calendar-week"
    >
      {days.map((day) => {
        const droppable = dragging !== null && mayDropOn(dragging, day, today);
        return (
          <section
            key={day}
            aria-label={day}
            data-testid={`calendar-day-${day}`}
            onDragOver={(e) => {
              if (!droppable) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              setOver(day);
            }}
            onDragLeave={() => setOver((d) => (d === day ? null : d))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              if (dragging && droppable) props.onDrop(dragging, day);
            }}
            style={{
              minWidth: 0,
              minHeight: 240,
              border: `1px ${over === day ? 'dashed' : 'solid'} ${over === day || day === today ? '#1677ff' : '#f0f0f0'}`,
              borderRadius: 6,
              padding: 6,
              background: dragging && !droppable ? '#fafafa' : undefined,
            }}
          >
            <div style={{ marginBottom: 6 }}>{heading(day)}</div>
            <CalendarEntries
              entries={entriesOf(day)}
              team={props.team}
              narrow={false}
              onDragVisit={props.onDragVisit}
              onMoveVisit={props.onMoveVisit}
            />
          </section>
        );
      })}
    </div>
  );
}
