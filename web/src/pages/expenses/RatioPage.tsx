import { Card, DatePicker, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/me';
import { companyNow } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatYuan } from '../../components/format';
import { useRatios } from './hooks';

type Level = 'me' | 'people' | 'units';

/** EXP-1: expense ÷ sales per person or unit for a month, against the ceiling. */
export function RatioPage() {
  const { t } = useTranslation();
  const me = useMe();
  const scope = me.data?.permissions['expense:read'];
  const levels: Level[] = !scope || scope === 'own' ? ['me'] : ['me', 'people', 'units'];
  const [month, setMonth] = useState<Dayjs>(companyNow());
  const [level, setLevel] = useState<Level>(levels.length > 1 ? 'people' : 'me');
  const ratios = useRatios({ period: month.format('YYYY-MM'), level });
  return (
    <Card title={t('expenses.ratioTitle')}>
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker picker="month" value={month} allowClear={false} onChange={(d) => d && setMonth(d)} />
        <Select<Level>
          value={level}
          onChange={setLevel}
          style={{ width: 120 }}
          options={levels.map((l) => ({ value: l, label: t(`expenses.levels.${l}`) }))}
        />
      </Space>
      <ErrorAlert error={ratios.error} />
      <Table
        rowKey={(r) => `${r.subject.type}:${r.subject.id}`}
        loading={ratios.isLoading}
        dataSource={ratios.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('expenses.fields.subject'), render: (_, r) => r.subject.name },
          {
            key: 'expense',
            title: t('expenses.fields.expense'),
            align: 'right',
            render: (_, r) => formatYuan(BigInt(r.expenseFen)),
          },
          {
            key: 'sales',
            title: t('expenses.fields.sales'),
            align: 'right',
            render: (_, r) => formatYuan(BigInt(r.salesFen)),
          },
          {
            key: 'ratio',
            title: t('expenses.fields.ratio'),
            align: 'right',
            render: (_, r) => (
              <Space size={4}>
                {r.ratioPct === null ? '—' : `${r.ratioPct}%`}
                {r.over && <Tag color="red">{t('expenses.overCeiling', { pct: r.ceilingPct })}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
