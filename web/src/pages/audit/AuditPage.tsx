import { Card, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useAuditLog, useVerifyAudit } from '../../api/hooks/system';
import type { TAuditEntry, TAuditQuery } from '../../api/types';
import { ExportButton } from '../../components/ExportButton';
import { dateRangeQuery, formatDateTime } from '../../components/format';
import { JsonBlock } from '../../components/JsonBlock';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { useServerTable } from '../../components/use-server-table';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';

type Filters = Pick<TAuditQuery, 'actor' | 'entity' | 'action' | 'entityId' | 'from' | 'to'>;
interface FormValues {
  actor?: string;
  entity?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null];
}

function BeforeAfter({ entry }: { entry: TAuditEntry }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.before')}</Typography.Text>
        <JsonBlock value={entry.before} />
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.after')}</Typography.Text>
        <JsonBlock value={entry.after} />
      </Col>
      <Col span={24} style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          {t('audit.hash')}: <Typography.Text code>{entry.hash}</Typography.Text>
        </Typography.Text>
      </Col>
    </Row>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const table = useServerTable<Filters>({ order: 'desc' });
  const canExport = useCan()('audit:export');
  const log = useAuditLog(table.params);
  const verify = useVerifyAudit();
  return (
    <Card
      title={t('nav.audit')}
      extra={
        <Space>
          {canExport && <ExportButton path="/api/audit/export" query={table.params} />}
          <VerifyChainButton verify={verify} />
        </Space>
      }
    >
      <VerifyChainResult verify={verify} />
      <SearchForm<FormValues>
        onSearch={({ range, ...values }) => table.setFilters({ ...values, ...dateRangeQuery(range) })}
      >
        <Form.Item name="actor">
          <Input placeholder={t('audit.actor')} allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="entity">
          <Input placeholder={t('audit.entity')} allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action">
          <Input placeholder={t('audit.action')} allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker />
        </Form.Item>
      </SearchForm>
      <PagedTable<TAuditEntry, Filters, string>
        query={log}
        table={table}
        data-testid="audit-table"
        expandable={{ expandedRowRender: (entry) => <BeforeAfter entry={entry} /> }}
        columns={[
          { key: 'id', title: '#', dataIndex: 'id', width: 80 },
          { key: 'at', title: t('common.time'), render: (_, row) => formatDateTime(row.at), width: 180 },
          { key: 'actor', title: t('audit.actor'), render: (_, row) => row.actorName ?? t('audit.system') },
          { key: 'action', title: t('audit.action'), dataIndex: 'action' },
          { key: 'entity', title: t('audit.entity'), dataIndex: 'entity' },
          { key: 'entityId', title: t('audit.entityId'), dataIndex: 'entityId' },
          { key: 'ip', title: t('common.ip'), dataIndex: 'ip' },
        ]}
      />
    </Card>
  );
}
