import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInquiryPage } from '../../api/hooks/inquiries';
import { useCan } from '../../api/hooks/me';
import type { TInquiry, TInquiryQuery } from '../../api/types';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { InquiryConvertModal } from './InquiryConvertModal';
import { InquiryCreateModal } from './InquiryCreateModal';
import { InquiryLinkModal } from './InquiryLinkModal';
import { InquiryStatusTag, inquiryStatuses } from './inquiry-options';

type Filters = Pick<TInquiryQuery, 'q' | 'status' | 'year' | 'from' | 'to'>;
type SearchValues = Pick<Filters, 'q' | 'status' | 'year'> & { dates?: [Dayjs | null, Dayjs | null] | null };
type Sort = 'number' | 'contactDate';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** CUS-2: 客户记录表 — every first contact, numbered per year without gaps; each becomes a lead or joins a customer. */
export function InquiryPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canRecord = can('inquiry:create');
  const table = useServerTable<Filters, Sort>({ order: 'desc' });
  const page = useInquiryPage(table.params);
  const [creating, setCreating] = useState(false);
  const [converting, setConverting] = useState<TInquiry | null>(null);
  const [linking, setLinking] = useState<TInquiry | null>(null);

  return (
    <Card
      title={t('inquiries.title')}
      extra={
        canRecord && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="inquiry-create"
          >
            {t('inquiries.create')}
          </Button>
        )
      }
    >
      <SearchForm<SearchValues>
        onSearch={({ dates, ...v }) =>
          table.setFilters({
            q: v.q || undefined,
            status: v.status,
            year: v.year ?? undefined,
            from: day(dates?.[0]),
            to: day(dates?.[1]),
          })
        }
      >
        <Form.Item name="q">
          <Input placeholder={t('inquiries.search')} allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('inquiries.fields.status')}
            style={{ width: 130 }}
            options={inquiryStatuses.map((s) => ({ value: s, label: t(`inquiries.statuses.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="year">
          <InputNumber
            placeholder={t('inquiries.fields.year')}
            min={2000}
            max={2999}
            style={{ width: 110 }}
          />
        </Form.Item>
        <Form.Item name="dates">
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[t('inquiries.dateFrom'), t('inquiries.dateTo')]}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<TInquiry, Filters, Sort>
        query={page}
        table={table}
        data-testid="inquiry-table"
        locale={{ emptyText: t('inquiries.empty') }}
        columns={[
          {
            key: 'number',
            dataIndex: 'number',
            title: t('inquiries.fields.number'),
            sorter: true,
            defaultSortOrder: 'descend',
            render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
          },
          {
            key: 'contactDate',
            dataIndex: 'contactDate',
            title: t('inquiries.fields.contactDate'),
            sorter: true,
          },
          {
            key: 'name',
            title: t('inquiries.fields.name'),
            render: (_, r) => (
              <Typography.Text ellipsis={{ tooltip: r.name }} style={{ maxWidth: 180 }}>
                {r.name}
              </Typography.Text>
            ),
          },
          { key: 'contact', dataIndex: 'contact', title: t('inquiries.fields.contact') },
          {
            key: 'inquiry',
            title: t('inquiries.fields.inquiry'),
            render: (_, r) => (
              <Typography.Text ellipsis={{ tooltip: r.inquiry }} style={{ maxWidth: 180 }}>
                {r.inquiry}
              </Typography.Text>
            ),
          },
          {
            key: 'channel',
            title: t('inquiries.fields.channel'),
            render: (_, r) => t(`inquiries.channels.${r.channel}`),
          },
          {
            key: 'recordedBy',
            title: t('inquiries.fields.recordedBy'),
            render: (_, r) => r.recordedBy.displayName,
          },
          {
            key: 'assignee',
            title: t('inquiries.fields.assignee'),
            render: (_, r) => r.assignee?.displayName ?? '—',
          },
          {
            key: 'status',
            title: t('inquiries.fields.status'),
            render: (_, r) => <InquiryStatusTag status={r.status} />,
          },
          {
            key: 'customer',
            title: t('inquiries.fields.customer'),
            render: (_, r) =>
              r.customer ? (
                <Link to={`/customers/${r.customer.id}`}>
                  <Typography.Text
                    ellipsis={{ tooltip: r.customer.name }}
                    style={{ maxWidth: 160, color: 'inherit' }}
                  >
                    {r.customer.name}
                  </Typography.Text>
                </Link>
              ) : (
                '—'
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            render: (_, r) =>
              canRecord && r.status === 'new' ? (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setConverting(r)}
                    data-testid="inquiry-convert"
                  >
                    {t('inquiries.convert')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setLinking(r)} data-testid="inquiry-link">
                    {t('inquiries.link')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <InquiryCreateModal open={creating} onClose={() => setCreating(false)} />
      <InquiryConvertModal entry={converting} onClose={() => setConverting(null)} />
      <InquiryLinkModal entry={linking} onClose={() => setLinking(null)} />
    </Card>
  );
}
