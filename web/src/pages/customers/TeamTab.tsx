import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Form, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  useCollaboratorCandidates,
  useCollaborators,
  useRemoveCollaborator,
  useSetCollaborator,
} from '../../api/hooks/customers';
import type { TCollaborator, TCustomer } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PersonSelect, type UserSelectProps, usePersonSearchText } from '../../components/UserSelect';
import { useAction } from '../../components/use-action';
import { OwnerText } from './customer-columns';
import { OwnershipHistorySlot } from './slots';

type Access = TCollaborator['access'];
const accesses: Access[] = ['read', 'write'];

/** A rep cannot list users: the team picker searches the customer's own candidates (CUS-1). */
function TeamCandidateSelect({ customerId, ...props }: UserSelectProps & { customerId: string }) {
  const [q, setSearch] = usePersonSearchText();
  const found = useCollaboratorCandidates(customerId, q, true);
  const people = {
    data: found.data && { items: found.data.items.map((c) => c.user) },
    isFetching: found.isFetching,
  };
  return <PersonSelect {...props} found={people} onSearch={setSearch} />;
}

function AddCollaborator({ customer }: { customer: TCustomer }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ userId: string; access: Access }>();
  const set = useSetCollaborator();
  const { run } = useAction();
  const add = async ({ userId, access }: { userId: string; access: Access }) => {
    if (
      await run(
        () => set.mutateAsync({ id: customer.id, userId, body: { access } }),
        t('customers.team.added'),
      )
    )
      form.resetFields();
  };
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={add}
      initialValues={{ access: 'read' }}
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      <Form.Item name="userId" rules={[{ required: true, message: t('validation.required') }]}>
        <TeamCandidateSelect
          placeholder={t('customers.team.pickUser')}
          style={{ width: 240 }}
          excludeId={customer.owner?.id}
          customerId={customer.id}
        />
      </Form.Item>
      <Form.Item name="access">
        <Select
          style={{ width: 140 }}
          options={accesses.map((a) => ({ value: a, label: t(`customers.team.access.${a}`) }))}
        />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" icon={<UserAddOutlined />} loading={set.isPending}>
          {t('customers.team.add')}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** 团队: the owner, colleagues who work the customer with them, and how ownership changed. */
export function TeamTab({ customer }: { customer: TCustomer }) {
  const { t } = useTranslation();
  const team = useCollaborators(customer.id);
  const set = useSetCollaborator();
  const remove = useRemoveCollaborator();
  const canManage = team.data?.canManage ?? false;
  const items = team.data?.items ?? [];

  const action = useAction();
  const run = (work: Promise<unknown>, done: string) => action.run(() => work, done);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
        <Descriptions.Item label={t('customers.fields.owner')}>
          <OwnerText owner={customer.owner} />
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.team.ownedSince')}>
          {formatDateTime(customer.ownedSince) || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.team.previousOwner')}>
          {customer.previousOwner?.displayName ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('customers.team.collaborators')}>
        <Typography.Paragraph type="secondary">{t('customers.team.hint')}</Typography.Paragraph>
        {canManage && <AddCollaborator customer={customer} />}
        <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />
        <Table<TCollaborator>
          rowKey={(c) => c.user.id}
          size="middle"
          pagination={false}
          loading={team.isFetching}
          dataSource={items}
          data-testid="collaborator-table"
          locale={{ emptyText: t('customers.team.empty') }}
          columns={[
            {
              key: 'user',
              title: t('customers.team.user'),
              render: (_, c) => `${c.user.displayName} (${c.user.username})`,
            },
            { key: 'unit', title: t('customers.fields.unit'), render: (_, c) => c.unit.name },
            {
              key: 'access',
              title: t('customers.team.accessLabel'),
              render: (_, c) =>
                canManage ? (
                  <Select<Access>
                    size="small"
                    value={c.access}
                    style={{ width: 130 }}
                    onChange={(access) =>
                      void run(
                        set.mutateAsync({ id: customer.id, userId: c.user.id, body: { access } }),
                        t('customers.team.changed'),
                      )
                    }
                    options={accesses.map((a) => ({ value: a, label: t(`customers.team.access.${a}`) }))}
                  />
                ) : (
                  <Tag>{t(`customers.team.access.${c.access}`)}</Tag>
                ),
            },
            {
              key: 'addedAt',
              title: t('customers.team.addedAt'),
              render: (_, c) => formatDateTime(c.addedAt),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    render: (_: unknown, c: TCollaborator) => (
                      <Popconfirm
                        title={t('customers.team.removeConfirm', { name: c.user.displayName })}
                        okText={t('customers.remove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          run(
                            remove.mutateAsync({ id: customer.id, userId: c.user.id }),
                            t('customers.team.removed'),
                          )
                        }
                      >
                        <Button type="link" size="small" danger>
                          {t('customers.remove')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('customers.team.ownershipHistory')}>
        <OwnershipHistorySlot customerId={customer.id} />
      </Card>
    </Space>
  );
}
