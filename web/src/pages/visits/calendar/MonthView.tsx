import { Badge, Calendar, Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarEntries, type DayEntries } from './CalendarEntries';
import { mayDropOn } from './calendar-range';
import type { TCalendarVisit } from './hooks';

interface Props {
  anchor: string;
  today: string;
  entriesOf: (day: string) => DayEntries;
  team: boolean;
  narrow: boolean;
  dragging: TCalendarVisit | null;
  onAnchor: (day: string) => void;
  onDragVisit: (visit: TCalendarVisit | null) => void;
  onDrop: (visit: TCalendarVisit, day: string) => void;
  onMoveVisit: (visit: TCalendarVisit) => void;
}

const count = (e: DayEntries) => e.visits.length + e.nextSteps.length + e.dueItems.length;

/**
 * A month (antd Calendar): on a desktop each day lists its first entries and takes a dragged
 * visit; on a phone a small calendar marks the busy days and the chosen day's entries follow.
 */
export function MonthView(props: Props) {
  const { t } = useTranslation();
  const { anchor, today, entriesOf, narrow, dragging } = props;
  const [over, setOver] = useState<string | null>(null);
  const [picked, setPicked] = useState<string>(anchor);
  const shownDay = picked.slice(0, 7) === anchor.slice(0, 7) ? picked : anchor;
  return (
    <div data-testid="calendar-month">
      <Calendar
        fullscreen={!narrow}
        value={dayjs(shownDay)}
        headerRender={() => null}
        onSelect={(d) => {
          const day = d.format('YYYY-MM-DD');
          setPicked(day);
          if (day.slice(0, 7) !== anchor.slice(0, 7)) props.onAnchor(day);
        }}
        cellRender={(current, info) => {
          if (info.type !== 'date') return info.originNode;
          const day = current.format('YYYY-MM-DD');
          const entries = entriesOf(day);
          if (narrow) {
            const n = count(entries);
            return n ? (
              <Badge count={n} size="small" color="#1677ff" data-testid={`calendar-count-${day}`} />
            ) : null;
          }
          const droppable = dragging !== null && mayDropOn(dragging, day, today);
          return (
            <section
              aria-label={day}
              data-testid={`calendar-day-${day}`}
              style={{
                minWidth: 0,
                minHeight: '100%',
                outline: over === day ? '1px dashed #1677ff' : undefined,
                background: dragging && !droppable ? '#fafafa' : undefined,
              }}
              onDragOver={(e) => {
                if (!droppable) return;
                e.preventDefault();
                setOver(day);
              }}
              onDragLeave={() => setOver((d) => (d === day ? null : d))}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                if (dragging && droppable) props.onDrop(dragging, day);
              }}
            >
              <CalendarEntries
                entries={entries}
                team={props.team}
                narrow={false}
                limit={3}
                onDragVisit={props.onDragVisit}
                onMoveVisit={props.onMoveVisit}
              />
            </section>
          );
        }}
      />
      {narrow ? (
        <Card
          size="small"
          title={dayjs(shownDay).format(t('visitCalendar.dayFormat'))}
          style={{ marginTop: 8 }}
          data-testid="calendar-picked-day"
        >
          {count(entriesOf(shownDay)) === 0 ? (
            <Typography.Text type="secondary">{t('visitCalendar.nothing')}</Typography.Text>
          ) : (
            <CalendarEntries
              entries={entriesOf(shownDay)}
              team={props.team}
              narrow
              onDragVisit={props.onDragVisit}
              onMoveVisit={props.onMoveVisit}
            />
          )}
        </Card>
      ) : null}
    </div>
  );
}
