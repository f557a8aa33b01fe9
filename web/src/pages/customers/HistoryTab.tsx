import type { TCustomerHistoryEntry } from '@xiaoguan/server/api';
import { Col, Row, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCustomerHistory } from '../../api/hooks/customers';
import { formatDateTime, formatFenText } from '../../components/format';
import { JsonBlock } from '../../components/JsonBlock';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { diffRecords, type FieldChange } from './history-diff';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's label: the contact's words for contact rows, the customer's otherwise; else its name. */
function fieldLabel(t: TFunction, entity: string, field: string): string {
  const area = /contact/i.test(entity) ? 'customers.contact' : 'customers.fields';
  return t(`${area}.${field}`, { defaultValue: t(`customers.fields.${field}`, { defaultValue: field }) });
}

function formatValue(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field.endsWith('Fen') && (typeof value === 'string' || typeof value === 'number'))
    return formatFenText(String(value)) || String(value);
  if (typeof value === 'boolean') return value ? t('customers.history.yes') : t('customers.history.no');
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('、') || '—';
  return JSON.stringify(value);
}

function Changes({ entry }: { entry: TCustomerHistoryEntry }) {
  const { t } = useTranslation();
  const changes: FieldChange[] = diffRecords(entry.before, entry.after);
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {changes.map((c) => (
        <span key={c.field}>
          <Typography.Text strong>{fieldLabel(t, entry.entity, c.field)}</Typography.Text>
          {': '}
          {entry.before !== null && entry.before !== undefined && (
            <>
              <Typography.Text delete type="secondary">
                {formatValue(t, c.field, c.before)}
              </Typography.Text>
              {' → '}
            </>
          )}
          <Typography.Text>{formatValue(t, c.field, c.after)}</Typography.Text>
        </span>
      ))}
    </Space>
  );
}

/** 变更记录: the audit rows about the customer, its contacts, team and files — who changed what. */
export function HistoryTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const table = useServerTable();
  const history = useCustomerHistory(customerId, {
    page: table.params.page,
    pageSize: table.params.pageSize,
  });
  return (
    <PagedTable<TCustomerHistoryEntry, Record<string, never>, string>
      query={history}
      table={table}
      rowKey="id"
      data-testid="history-table"
      locale={{ emptyText: t('customers.history.empty') }}
      expandable={{
        expandedRowRender: (entry) => (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('customers.history.before')}</Typography.Text>
              <JsonBlock value={entry.before} />
            </Col>
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('customers.history.after')}</Typography.Text>
              <JsonBlock value={entry.after} />
            </Col>
          </Row>
        ),
      }}
      columns={[
        { key: 'at', title: t('common.time'), width: 170, render: (_, e) => formatDateTime(e.at) },
        {
          key: 'actor',
          title: t('customers.history.actor'),
          render: (_, e) => e.actor?.displayName ?? e.actorName ?? t('customers.timeline.system'),
        },
        {
          key: 'action',
          title: t('customers.history.action'),
          render: (_, e) => t(`customers.history.actions.${e.action}`, { defaultValue: e.action }),
        },
        { key: 'changes', title: t('customers.history.changes'), render: (_, e) => <Changes entry={e} /> },
      ]}
    />
  );
}
