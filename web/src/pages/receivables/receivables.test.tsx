import { screen } from '@testing-library/react';
import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TAgingRow } from '../../api/types';
import { renderWithProviders } from '../../test/render';
import { drillParams } from './AgingReport';
import { bucketLabel, ReceivableStatusTag } from './receivable-tags';

const row: TAgingRow = {
  key: '00000000-0000-4000-8000-0000000000aa',
  label: '赵磊',
  notDueFen: '0',
  bucketFen: ['100000', '0', '0', '0'],
  overdueFen: '100000',
  totalOpenFen: '100000',
};

describe('receivables screens', () => {
  it('AR-9: a cell of the aging report drills into the list by its group and bucket', () => {
    expect(drillParams('rep', row, { kind: 'bucket', key: '1-30', label: '0–30 天' }).toString()).toBe(
      `tab=list&ownerId=${row.key}&bucket=1-30`,
    );
    expect(drillParams('unit', row, { kind: 'notDue' }).toString()).toBe(
      `tab=list&unitId=${row.key}&unitTree=false&status=not_due&status=due_soon`,
    );
    expect(drillParams('region', row, null).toString()).toBe(`tab=list&unitId=${row.key}`);
    expect(drillParams('customer', row, null).toString()).toBe(`tab=list&customerId=${row.key}`);
  });

  it('AR-9: the first bucket reads from 0 as the regulation writes it; the last is open-ended', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(bucketLabel(t, { key: '1-30', fromDays: 1, toDays: 30 }, 0)).toBe('0–30 天');
    expect(bucketLabel(t, { key: '31-60', fromDays: 31, toDays: 60 }, 1)).toBe('31–60 天');
    expect(bucketLabel(t, { key: '91-', fromDays: 91, toDays: null }, 3)).toBe('90 天以上');
  });

  it('AR-5: the status tag says how many days overdue', () => {
    renderWithProviders(<ReceivableStatusTag row={{ status: 'overdue', daysOverdue: 3 }} />);
    expect(screen.getByTestId('receivable-status').textContent).toBe('逾期 3 天');
  });
});
