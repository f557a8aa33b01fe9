import { Drawer, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../../api/hooks/customers';
import { usePhone } from '../../components/use-phone';
import { CustomerPicker } from '../opportunities/CustomerPicker';
import { FollowUpForm } from './FollowUpForm';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The customer the follow-up is about; without it the drawer asks for one first. */
  customer?: { id: string; name: string };
}

function FormFor({ customerId, onSaved }: { customerId: string; onSaved: () => void }) {
  const contacts = useContacts(customerId);
  return <FollowUpForm customerId={customerId} contacts={contacts.data} focusToken={1} onSaved={onSaved} />;
}

/**
 * CUS-8: write a follow-up from anywhere (今日, the customer's action bar on a phone): the whole
 * screen on a phone, the customer first when it is not given; closes once saved.
 */
export function FollowUpDrawer({ open, onClose, customer }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [picked, setPicked] = useState<string>();
  const customerId = customer?.id ?? picked;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      afterOpenChange={(opened) => !opened && setPicked(undefined)}
      placement={phone ? 'bottom' : 'right'}
      size={phone ? '100%' : 560}
      title={customer ? `${t('customers.followUp.write')} · ${customer.name}` : t('customers.followUp.write')}
      destroyOnHidden
      data-testid="follow-up-drawer"
    >
      {!customer && (
        <Form layout="vertical">
          <Form.Item label={t('mobile.followUp.customer')} required>
            <CustomerPicker value={picked} onChange={setPicked} data-testid="follow-up-customer" />
          </Form.Item>
        </Form>
      )}
      {customerId && <FormFor key={customerId} customerId={customerId} onSaved={onClose} />}
    </Drawer>
  );
}
