import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ensureMessages } from '../../../i18n';
import type { DayEntries } from './CalendarEntries';
import type { TCalendarVisit } from './hooks';
import { WeekView } from './WeekView';

const visit: TCalendarVisit = {
  id: '11111111-1111-4111-8111-111111111111',
  rep: { id: '22222222-2222-4222-8222-222222222222', username: 'rep01', displayName: '赵磊' },
  customer: { id: '33333333-3333-4333-8333-333333333333', name: '上海浦东新材料科技有限公司' },
  purpose: 'maintenance',
  status: 'planned',
  day: '2026-03-04',
  plannedOn: '2026-03-04',
  plannedMinutes: 60,
  fromPlan: true,
  checkInAt: null,
  checkOutAt: null,
  canMove: true,
};
const days = [
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-07',
  '2026-03-08',
];
const entriesOf = (day: string): DayEntries => ({
  visits: day === visit.day ? [visit] : [],
  nextSteps: [],
  dueItems: [],
});

function Week({ narrow, onDrop, onMove }: { narrow: boolean; onDrop: () => void; onMove: () => void }) {
  const [dragging, setDragging] = useState<TCalendarVisit | null>(null);
  return (
    <MemoryRouter>
      <WeekView
        days={days}
        today="2026-03-03"
        entriesOf={entriesOf}
        team={false}
        narrow={narrow}
        dragging={dragging}
        onDragVisit={setDragging}
        onDrop={onDrop}
        onMoveVisit={onMove}
      />
    </MemoryRouter>
  );
}

const dataTransfer = () => ({ setData: () => {}, effectAllowed: '', dropEffect: '' });

describe('VIS-1: moving a visit in the week', () => {
  it('on a desktop a planned visit is dragged to a later day; a day before today does not take it', async () => {
    await ensureMessages('zh-CN');
    const onDrop = vi.fn();
    render(<Week narrow={false} onDrop={onDrop} onMove={() => {}} />);
    const entry = screen.getByTestId('calendar-visit');
    expect(entry.getAttribute('draggable')).toBe('true');
    fireEvent.dragStart(entry, { dataTransfer: dataTransfer() });
    // 2 March is before today (3 March): no drop there.
    fireEvent.dragOver(screen.getByTestId('calendar-day-2026-03-02'), { dataTransfer: dataTransfer() });
    fireEvent.drop(screen.getByTestId('calendar-day-2026-03-02'), { dataTransfer: dataTransfer() });
    expect(onDrop).not.toHaveBeenCalled();
    fireEvent.drop(screen.getByTestId('calendar-day-2026-03-06'), { dataTransfer: dataTransfer() });
    expect(onDrop).toHaveBeenCalledWith(visit, '2026-03-06');
    expect(screen.queryByTestId('calendar-move')).toBeNull();
  });

  it('on a phone the week is a list of days and a movable visit has its 改期 button', async () => {
    await ensureMessages('zh-CN');
    const onMove = vi.fn();
    render(<Week narrow onDrop={() => {}} onMove={onMove} />);
    expect(screen.getAllByTestId('calendar-day')).toHaveLength(7);
    expect(screen.getByTestId('calendar-visit').getAttribute('draggable')).not.toBe('true');
    fireEvent.click(screen.getByTestId('calendar-move'));
    expect(onMove).toHaveBeenCalledWith(visit);
    // antd spaces two Chinese characters in a button: 改 期.
    expect(screen.getByTestId('calendar-move').textContent?.replace(/\s/g, '')).toBe('改期');
  });
});
