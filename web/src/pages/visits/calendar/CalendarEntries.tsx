import { Button, Space, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTimeMinutes } from '../../../components/company-time';
import { enumLabel } from '../../../i18n/labels';
import { bilingual } from '../../today/greeting';
import { purposeLabel } from '../purpose-label';
import type { TCalendarDueItem, TCalendarNextStep, TCalendarVisit } from './hooks';

/** Colours by kind and status (the legend names them). */
export const entryColors = {
  planned: '#1677ff',
  prepared: '#13c2c2',
  in_progress: '#fa8c16',
  done: '#52c41a',
  cancelled: '#bfbfbf',
  nextStep: '#722ed1',
  due: '#faad14',
  overdue: '#f5222d',
} as const;

export interface DayEntries {
  visits: TCalendarVisit[];
  nextSteps: TCalendarNextStep[];
  dueItems: TCalendarDueItem[];
}

const time = (iso: string | null) => (iso ? formatDateTimeMinutes(iso).slice(11) : '');

function Entry({
  color,
  children,
  onClick,
  draggable,
  onDragStart,
  onDragEnd,
  testId,
  title,
  faded,
  large,
}: {
  color: string;
  children: ReactNode;
  onClick?: () => void;
  draggable?: boolean;
  onDragStart?: () => void;
  onDragEnd?: () => void;
  testId: string;
  title: string;
  faded?: boolean;
  /** Thumb-sized on a phone. */
  large?: boolean;
}) {
  const style: CSSProperties = {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    font: 'inherit',
    color: 'inherit',
    borderLeft: `3px solid ${color}`,
    background: `${color}14`,
    borderRadius: 4,
    padding: large ? '10px 10px' : '2px 6px',
    marginBottom: large ? 8 : 4,
    fontSize: large ? 14 : 12,
    lineHeight: large ? '20px' : '18px',
    cursor: draggable ? 'grab' : onClick ? 'pointer' : 'default',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: large ? 'normal' : 'nowrap',
    opacity: faded ? 0.6 : 1,
  };
  return (
    <button
      type="button"
      style={style}
      title={title}
      data-testid={testId}
      onClick={onClick}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', title);
        onDragStart?.();
      }}
      onDragEnd={onDragEnd}
    >
      {children}
    </button>
  );
}

/**
 * One day's visits (coloured by status; a movable one dragged on a desktop, or moved with 改期 on a
 * phone), follow-up next steps and due items, each opening its record.
 */
export function CalendarEntries({
  entries,
  team,
  narrow,
  onDragVisit,
  onMoveVisit,
  limit,
}: {
  entries: DayEntries;
  /** Name the rep on each visit (the team's calendar). */
  team: boolean;
  narrow: boolean;
  onDragVisit: (visit: TCalendarVisit | null) => void;
  onMoveVisit: (visit: TCalendarVisit) => void;
  /** Show at most this many (the month grid), then "+N". */
  limit?: number;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const all: ReactNode[] = [
    ...entries.visits.map((v) => {
      const text = [time(v.checkInAt), team ? v.rep.displayName : '', v.customer.name]
        .filter(Boolean)
        .join(' ');
      const title = `${enumLabel(t, 'status', v.status)} · ${v.customer.name} · ${purposeLabel(t, v.purpose)}${team ? ` · ${v.rep.displayName}` : ''}`;
      const movable = v.canMove && !narrow;
      return (
        <div key={`v${v.id}`} style={{ display: 'flex', gap: 4, alignItems: 'flex-start', minWidth: 0 }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Entry
              color={entryColors[v.status]}
              title={title}
              testId="calendar-visit"
              large={narrow}
              onClick={() => navigate(`/visits/${v.id}`)}
              draggable={movable}
              onDragStart={() => onDragVisit(v)}
              onDragEnd={() => onDragVisit(null)}
            >
              {text}
            </Entry>
          </div>
          {narrow && v.canMove ? (
            <Button onClick={() => onMoveVisit(v)} data-testid="calendar-move" style={{ height: 40 }}>
              {t('visitCalendar.move')}
            </Button>
          ) : null}
        </div>
      );
    }),
    ...entries.nextSteps.map((s) => (
      <Entry
        key={`n${s.id}`}
        color={entryColors.nextStep}
        title={`${t('visitCalendar.nextStep')} · ${s.customer.name}${s.nextStep ? ` · ${s.nextStep}` : ''}`}
        testId="calendar-next-step"
        large={narrow}
        onClick={() => navigate(`/customers/${s.customer.id}`)}
        faded={s.done}
      >
        {time(s.at)} {t('visitCalendar.nextStepShort')} {s.customer.name}
      </Entry>
    )),
    ...entries.dueItems.map((d) => (
      <Entry
        key={`d${d.id}`}
        color={d.isOverdue ? entryColors.overdue : entryColors.due}
        title={`${t('visitCalendar.due')} · ${bilingual(d.title, i18n.language)}`}
        testId="calendar-due"
        large={narrow}
        onClick={d.link ? () => navigate(d.link ?? '/') : undefined}
      >
        {time(d.dueAt)} {bilingual(d.title, i18n.language)}
      </Entry>
    )),
  ];
  if (limit === undefined || all.length <= limit) return <>{all}</>;
  return (
    <>
      {all.slice(0, limit)}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('visitCalendar.more', { count: all.length - limit })}
      </Typography.Text>
    </>
  );
}

/** What the colours mean. */
export function CalendarLegend() {
  const { t } = useTranslation();
  const items: [string, string][] = [
    [entryColors.planned, enumLabel(t, 'status', 'planned')],
    [entryColors.prepared, enumLabel(t, 'status', 'prepared')],
    [entryColors.in_progress, enumLabel(t, 'status', 'in_progress')],
    [entryColors.done, enumLabel(t, 'status', 'done')],
    [entryColors.nextStep, t('visitCalendar.nextStep')],
    [entryColors.due, t('visitCalendar.due')],
    [entryColors.overdue, t('visitCalendar.overdue')],
  ];
  return (
    <Space wrap size={[12, 4]} style={{ marginBottom: 12 }} data-testid="calendar-legend">
      {items.map(([color, label]) => (
        <Space key={label} size={4}>
          <span
            style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: color }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label}
          </Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
