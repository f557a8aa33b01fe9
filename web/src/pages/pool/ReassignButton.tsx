import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useAssignees, useReassignCustomer } from '../../api/hooks/pool';
import type { TReassignCustomer } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useDebounced } from '../../components/use-debounced';

/** The people I may give customers to, searched on the server as I type. */
function AssigneeSelect(props: { value?: string; onChange?: (v: string) => void; enabled: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const people = useAssignees(q, props.enabled);
  return (
    <Select<string>
      value={props.value}
      onChange={props.onChange}
      placeholder={t('pool.reassign.ownerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={people.isFetching}
      notFoundContent={people.isFetching ? t('common.loading') : t('common.noMatch')}
      options={(people.data ?? []).map((u) => ({
        value: u.id,
        label: t('pool.reassign.ownerOption', { name: u.displayName, unit: u.unit.name, owned: u.owned }),
      }))}
      data-testid="pool-assignee"
    />
  );
}

/** 分配: a manager gives the customer to someone in their scope, with a reason (both owners are told). */
export function ReassignButton({ customerId, onDone }: { customerId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const reassign = useReassignCustomer();
  const [open, setOpen] = useState(false);
  if (!can('customer:assign')) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="pool-reassign">
        {t('pool.reassign.button')}
      </Button>
      <FormModal<TReassignCustomer>
        open={open}
        title={t('pool.reassign.title')}
        okText={t('pool.reassign.ok')}
        onClose={() => setOpen(false)}
        onSubmit={async (body) => {
          await reassign.mutateAsync({ id: customerId, body });
          onDone?.();
        }}
        codeFields={{ CUSTOMER_OWNED_CAP: 'ownerId', CUSTOMER_ASSIGNEE_INVALID: 'ownerId' }}
        successMessage={t('pool.reassign.done')}
        testId="pool-reassign-form"
      >
        <Form.Item
          name="ownerId"
          label={t('pool.reassign.owner')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <AssigneeSelect enabled={open} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('pool.reassign.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('pool.reassign.reasonPlaceholder')}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
