import { Card, DatePicker, Form, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useAuditLog, useVerifyAudit } from '../../api/hooks/system';
import type { TAuditEntry, TAuditQuery } from '../../api/types';
import { ExportButton } from '../../components/ExportButton';
import { dateRangeQuery, formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { auditActionLabel, auditChoices, auditEntityLabel } from '../../i18n/labels';
import { auditDiff, type DiffRow } from './audit-diff';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';

type Filters = Pick<TAuditQuery, 'actorId' | 'entity' | 'action' | 'entityId' | 'from' | 'to'>;
interface FormValues {
  actorId?: string;
  entity?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null];
}

/** What a write changed, field by field in words (old → new), and the row's hash. */
function BeforeAfter({ entry }: { entry: TAuditEntry }) {
  const { t } = useTranslation();
  const rows = auditDiff(entry.before, entry.after, t, entry.people);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
      ) : (
        <Table<DiffRow>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          data-testid={`audit-diff-${entry.id}`}
          columns={[
            { key: 'field', title: t('audit.field'), dataIndex: 'label', width: 200 },
            { key: 'before', title: t('audit.before'), dataIndex: 'before' },
            { key: 'after', title: t('audit.after'), dataIndex: 'after' },
          ]}
        />
      )}
      <Typography.Text type="secondary">
        {t('audit.hash')}: <Typography.Text code>{entry.hash}</Typography.Text>
      </Typography.Text>
    </Space>
  );
}

/** The record a row is about: a person by name, else its number. */
function entityText(entry: TAuditEntry): string {
  return entry.people[entry.entityId] ?? entry.entityId;
}

/** PEN-3: the audit trail, by who, what and when, in words. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const table = useServerTable<Filters>({ order: 'desc' });
  const canExport = useCan()('audit:export');
  const log = useAuditLog(table.params);
  const verify = useVerifyAudit();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the choices follow the UI language
  const actions = useMemo(() => auditChoices(t, 'auditAction'), [t, i18n.language]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the choices follow the UI language
  const entities = useMemo(() => auditChoices(t, 'auditEntity'), [t, i18n.language]);
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
        <Form.Item name="actorId">
          <UserSelect placeholder={t('audit.actor')} style={{ width: 200 }} data-testid="audit-actor" />
        </Form.Item>
        <Form.Item name="action">
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.action')}
            options={actions}
            style={{ width: 200 }}
            data-testid="audit-action"
          />
        </Form.Item>
        <Form.Item name="entity">
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.entity')}
            options={entities}
            style={{ width: 160 }}
            data-testid="audit-entity"
          />
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
          {
            key: 'actor',
            title: t('audit.actor'),
            render: (_, row) => row.actor?.displayName ?? row.actorName ?? t('audit.system'),
          },
          { key: 'action', title: t('audit.action'), render: (_, row) => auditActionLabel(t, row.action) },
          { key: 'entity', title: t('audit.entity'), render: (_, row) => auditEntityLabel(t, row.entity) },
          {
            key: 'entityId',
            title: t('audit.entityId'),
            render: (_, row) => (
              <Typography.Text ellipsis={{ tooltip: row.entityId }} style={{ maxWidth: 220 }}>
                {entityText(row)}
              </Typography.Text>
            ),
          },
          { key: 'ip', title: t('common.ip'), dataIndex: 'ip' },
        ]}
      />
    </Card>
  );
}
