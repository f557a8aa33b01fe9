import { DeleteOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Popconfirm, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../../api/hooks/customers';
import { useAddVisitPerson, useRemoveVisitPerson } from '../../api/hooks/visits';
import type { TVisit } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../components/use-action';

type Who = 'contact' | 'typed';
interface Values {
  contactId?: string;
  name?: string;
  title?: string;
}

function AddPersonModal({ visit, open, onClose }: { visit: TVisit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddVisitPerson();
  const contacts = useContacts(visit.customer.id);
  const [who, setWho] = useState<Who>('contact');
  const met = new Set(visit.people.map((p) => p.contactId));
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('visits.people.add')}
      okText={t('visits.people.add')}
      successMessage={t('visits.people.added')}
      testId="visit-person-form"
      onSubmit={(v) =>
        add.mutateAsync({
          id: visit.id,
          body:
            who === 'contact'
              ? { contactId: v.contactId ?? null }
              : { name: v.name ?? null, title: v.title ?? null },
        })
      }
    >
      <Segmented<Who>
        block
        value={who}
        onChange={setWho}
        options={[
          { value: 'contact', label: t('visits.people.fromContacts') },
          { value: 'typed', label: t('visits.people.typed') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {who === 'contact' ? (
        <Form.Item
          name="contactId"
          label={t('visits.people.contact')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            loading={contacts.isPending}
            notFoundContent={t('visits.people.noContacts')}
            options={(contacts.data ?? []).map((c) => ({
              value: c.id,
              label: c.title ? `${c.name}（${c.title}）` : c.name,
              disabled: met.has(c.id),
            }))}
          />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="name"
            label={t('visits.people.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="title" label={t('visits.people.title')}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** VIS-4: the people met at the visit — the customer's contacts or anyone else, by name and title. */
export function VisitPeopleCard({ visit }: { visit: TVisit }) {
  const { t } = useTranslation();
  const remove = useRemoveVisitPerson();
  const { run } = useAction();
  const [adding, setAdding] = useState(false);
  if (visit.people.length === 0 && !visit.actions.people) return null;
  return (
    <Card
      size="small"
      title={t('visits.people.heading')}
      data-testid="visit-people"
      extra={
        visit.actions.people && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="visit-person-add">
            {t('visits.people.add')}
          </Button>
        )
      }
    >
      {visit.people.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.people.empty')} />
      ) : (
        <Flex vertical gap={8}>
          {visit.people.map((p) => (
            <Flex key={p.id} justify="space-between" align="center" gap={8} data-testid="visit-person">
              <Typography.Text style={{ minWidth: 0 }}>
                <UserOutlined /> {p.name}
                {p.title && <Typography.Text type="secondary">（{p.title}）</Typography.Text>}
              </Typography.Text>
              {visit.actions.people && (
                <Popconfirm
                  title={t('visits.people.removeConfirm', { name: p.name })}
                  onConfirm={() =>
                    run(
                      () => remove.mutateAsync({ id: visit.id, personId: p.id }),
                      t('visits.people.removed'),
                    )
                  }
                >
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('visits.people.remove')}
                  />
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      )}
      <AddPersonModal visit={visit} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
