import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts, useDeleteContact } from '../../api/hooks/customers';
import type { TContact, TCustomer } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { ContactFormModal } from './ContactFormModal';

/** 联系人: the people at the customer; the owner and write collaborators keep them. */
export function ContactsTab({ customer }: { customer: TCustomer }) {
  const { t } = useTranslation();
  const contacts = useContacts(customer.id);
  const remove = useDeleteContact();
  const [open, setOpen] = useState<TContact | 'new'>();
  const canEdit = customer.access.canEdit;

  const { run } = useAction();
  const confirmRemove = (contact: TContact) =>
    run(() => remove.mutateAsync({ id: customer.id, contactId: contact.id }), t('customers.contact.removed'));

  return (
    <>
      {canEdit && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setOpen('new')}
          style={{ marginBottom: 16 }}
          data-testid="contact-add"
        >
          {t('customers.contact.add')}
        </Button>
      )}
      <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      <Table<TContact>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={contacts.isFetching}
        dataSource={contacts.data}
        pagination={false}
        data-testid="contact-table"
        locale={{ emptyText: t('customers.contact.empty') }}
        columns={[
          {
            key: 'name',
            title: t('customers.contact.name'),
            render: (_, c) => (
              <Space size={4}>
                <span>{c.name}</span>
                {c.isPrimary && <Tag color="blue">{t('customers.contact.primary')}</Tag>}
              </Space>
            ),
          },
          { key: 'title', title: t('customers.contact.title'), render: (_, c) => c.title ?? '' },
          {
            key: 'phones',
            title: t('customers.contact.phones'),
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                {c.phones.map((p) => (
                  <Typography.Text key={p} copyable>
                    {p}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          { key: 'email', title: t('customers.contact.email'), render: (_, c) => c.email ?? '' },
          { key: 'wechat', title: t('customers.contact.wechat'), render: (_, c) => c.wechat ?? '' },
          { key: 'birthday', title: t('customers.contact.birthday'), render: (_, c) => c.birthday ?? '' },
          {
            key: 'gender',
            title: t('customers.contact.gender'),
            render: (_, c) => (c.gender === 'unknown' ? '' : t(`customers.genders.${c.gender}`)),
          },
          {
            key: 'remark',
            title: t('customers.contact.remark'),
            render: (_, c) => (
              <Typography.Text ellipsis={{ tooltip: c.remark }} style={{ maxWidth: 240 }}>
                {c.remark}
              </Typography.Text>
            ),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  fixed: 'right' as const,
                  render: (_: unknown, c: TContact) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setOpen(c)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('customers.contact.removeConfirm', { name: c.name })}
                        okText={t('customers.remove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => confirmRemove(c)}
                      >
                        <Button type="link" size="small" danger>
                          {t('customers.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ContactFormModal customerId={customer.id} contact={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
