import { Space, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TCustomerListItem } from '../../api/types';
import { formatDateTime, formatRelative } from '../../components/format';
import { CustomerTypeTag, LevelTag } from './customer-options';

/** When a date-time happened, relative ("3 天前") with the exact time on hover. */
export function RelativeTime({ at, empty }: { at: string | null; empty?: string }) {
  if (!at) return <Typography.Text type="secondary">{empty ?? '—'}</Typography.Text>;
  return (
    <Tooltip title={formatDateTime(at)}>
      <span>{formatRelative(at)}</span>
    </Tooltip>
  );
}

/** The owner, or a pool tag when nobody owns the customer. */
export function OwnerText({ owner }: { owner: TCustomerListItem['owner'] }) {
  const { t } = useTranslation();
  return owner ? <span>{owner.displayName}</span> : <Tag>{t('customers.inPool')}</Tag>;
}

export type CustomerSort = 'updatedAt' | 'createdAt' | 'name' | 'lastFollowUpAt' | 'level';

/** The customer list's columns; sortable ones are the server's sort keys. */
export function useCustomerColumns(levels: string[]): TableColumnsType<TCustomerListItem> {
  const { t } = useTranslation();
  return [
    {
      key: 'name',
      title: t('customers.fields.name'),
      sorter: true,
      fixed: 'left',
      render: (_, c) => (
        <Link to={`/customers/${c.id}`} data-testid="customer-link">
          {c.name}
        </Link>
      ),
    },
    {
      key: 'level',
      title: t('customers.fields.level'),
      sorter: true,
      render: (_, c) => <LevelTag level={c.level} levels={levels} />,
    },
    { key: 'type', title: t('customers.fields.type'), render: (_, c) => <CustomerTypeTag type={c.type} /> },
    { key: 'owner', title: t('customers.fields.owner'), render: (_, c) => <OwnerText owner={c.owner} /> },
    { key: 'unit', title: t('customers.fields.unit'), render: (_, c) => c.unit.name },
    {
      key: 'primaryContact',
      title: t('customers.fields.primaryContact'),
      render: (_, c) =>
        c.primaryContact ? (
          <Space orientation="vertical" size={0}>
            <span>{c.primaryContact.name}</span>
            {c.primaryContact.phones[0] && (
              <Typography.Text type="secondary">{c.primaryContact.phones[0]}</Typography.Text>
            )}
          </Space>
        ) : (
          (c.phone ?? '—')
        ),
    },
    {
      key: 'lastFollowUpAt',
      title: t('customers.fields.lastFollowUpAt'),
      sorter: true,
      render: (_, c) => <RelativeTime at={c.lastFollowUpAt} empty={t('customers.neverFollowedUp')} />,
    },
    {
      key: 'tags',
      title: t('customers.fields.tags'),
      render: (_, c) => (
        <Space size={[0, 4]} wrap>
          {c.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'updatedAt',
      title: t('common.updatedAt'),
      sorter: true,
      defaultSortOrder: 'descend',
      render: (_, c) => <RelativeTime at={c.updatedAt} />,
    },
  ];
}
