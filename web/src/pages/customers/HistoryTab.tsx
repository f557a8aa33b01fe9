import { Col, Row, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCollaborators, useContacts, useCustomerHistory } from '../../api/hooks/customers';
import type { TCustomer, TCustomerHistoryEntry } from '../../api/types';
import { formatBytes, formatDateTime, formatFenText } from '../../components/format';
import { JsonBlock } from '../../components/JsonBlock';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { auditActionLabel } from '../../i18n/labels';
import { diffRecords, type FieldChange } from './history-diff';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fields whose values are codes with their own words. */
const CODE_LABELS: Record<string, string> = {
  type: 'customers.types',
  source: 'customers.sources',
  lifecycle: 'customers.lifecycles',
  gender: 'customers.genders',
  kind: 'customers.followUp.kinds',
  access: 'customers.team.access',
};

/** Ids the page knows the names of (owner, unit, team, contacts). */
export type NameRefs = Map<string, string>;

/** A field's label: the contact's words for contact rows, the customer's otherwise; else its name. */
function fieldLabel(t: TFunction, action: string, field: string): string {
  const customerLabel = t(`customers.fields.${field}`, { defaultValue: field });
  return action.includes('contact')
    ? t(`customers.contact.${field}`, { defaultValue: customerLabel })
    : customerLabel;
}

function formatValue(t: TFunction, refs: NameRefs, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field.endsWith('Fen') && (typeof value === 'string' || typeof value === 'number'))
    return formatFenText(String(value)) || String(value);
  if (field === 'sizeBytes' && typeof value === 'number') return formatBytes(value);
  if (typeof value === 'boolean') return value ? t('customers.history.yes') : t('customers.history.no');
  // Flags stored as 0/1 (a contact's isPrimary) read as yes/no too.
  if (/^is[A-Z]/.test(field) && (value === 0 || value === 1))
    return value === 1 ? t('customers.history.yes') : t('customers.history.no');
  if (typeof value === 'string') {
    const codes = CODE_LABELS[field];
    if (codes) return t(`${codes}.${value}`, { defaultValue: value });
    if (UUID.test(value)) return refs.get(value) ?? t('customers.history.otherRecord');
    return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('、') || '—';
  return JSON.stringify(value);
}

function Changes({ entry, refs }: { entry: TCustomerHistoryEntry; refs: NameRefs }) {
  const { t } = useTranslation();
  const changes: FieldChange[] = diffRecords(entry.before, entry.after);
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {changes.map((c) => (
        <span key={c.field}>
          <Typography.Text strong>{fieldLabel(t, entry.action, c.field)}</Typography.Text>
          {': '}
          {entry.before !== null && entry.before !== undefined && (
            <>
              <Typography.Text delete type="secondary">
                {formatValue(t, refs, c.field, c.before)}
              </Typography.Text>
              {' → '}
            </>
          )}
          <Typography.Text>{formatValue(t, refs, c.field, c.after)}</Typography.Text>
        </span>
      ))}
    </Space>
  );
}

/** The names behind the ids a customer's audit rows hold, as far as the page knows them. */
function useNameRefs(customer: TCustomer): NameRefs {
  const team = useCollaborators(customer.id);
  const contacts = useContacts(customer.id);
  const refs: NameRefs = new Map();
  refs.set(customer.unit.id, customer.unit.name);
  for (const user of [customer.owner, customer.previousOwner]) if (user) refs.set(user.id, user.displayName);
  for (const c of team.data?.items ?? []) refs.set(c.user.id, c.user.displayName);
  for (const c of contacts.data ?? []) refs.set(c.id, c.name);
  return refs;
}

/** 变更记录: the audit rows about the customer, its contacts, team and files — who changed what. */
export function HistoryTab({ customer }: { customer: TCustomer }) {
  const { t } = useTranslation();
  const table = useServerTable();
  const refs = useNameRefs(customer);
  const history = useCustomerHistory(customer.id, {
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
          render: (_, e) =>
            t(`customers.history.actions.${e.action}`, { defaultValue: auditActionLabel(t, e.action) }),
        },
        {
          key: 'changes',
          title: t('customers.history.changes'),
          render: (_, e) => <Changes entry={e} refs={refs} />,
        },
      ]}
    />
  );
}
