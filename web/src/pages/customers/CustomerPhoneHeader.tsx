import { CompassOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import type { TCustomer } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { StartVisitButton } from '../visits/StartVisitButton';
import { CustomerActions, CustomerFacts, CustomerTags } from './CustomerHeader';
import { OwnerText, RelativeTime } from './customer-columns';
import { mapLink, phoneOf } from './customer-links';

interface BarButtonProps {
  icon: ReactNode;
  label: string;
  href?: string;
  external?: boolean;
  onClick?: () => void;
  testId: string;
}

/** A big button of the action bar: the icon over its word, a thumb's width. */
function BarButton({ icon, label, href, external, onClick, testId }: BarButtonProps) {
  return (
    <Button
      href={href}
      target={external ? '_blank' : undefined}
      rel={external ? 'noopener noreferrer' : undefined}
      disabled={!href && !onClick}
      onClick={onClick}
      data-testid={testId}
      style={{ flex: '1 1 0', minWidth: 0, height: 60, flexDirection: 'column', gap: 2 }}
    >
      <span style={{ fontSize: 20, lineHeight: 1 }}>{icon}</span>
      <span style={{ fontSize: 12, lineHeight: 1.2 }}>{label}</span>
    </Button>
  );
}

interface Props {
  customer: TCustomer;
  onEdit: () => void;
  onFollowUp: () => void;
  onService: () => void;
  onOwnershipChanged: () => void;
}

/**
 * CUS-1/CUS-8 on a phone: the name and the facts a rep needs on the road, then one row of big
 * buttons — call the main contact, navigate to the address, write a follow-up, check in — and
 * the other actions; the whole file folds open below.
 */
export function CustomerPhoneHeader({ customer: c, onFollowUp, ...actions }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const phone = phoneOf(c);
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Card size="small" data-testid="customer-header">
      <Typography.Title
        level={4}
        style={{ margin: 0, overflowWrap: 'anywhere' }}
        data-testid="customer-title"
      >
        {c.name}
      </Typography.Title>
      <div style={{ margin: '8px 0' }}>
        <CustomerTags customer={c} />
      </div>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('customers.fields.owner')}>
          <OwnerText owner={c.owner} />
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.lastFollowUpAt')}>
          <RelativeTime at={c.lastFollowUpAt} empty={t('customers.neverFollowedUp')} />
          {c.lastFollowUpAt && (
            <Typography.Text type="secondary"> ({formatDateTime(c.lastFollowUpAt)})</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.primaryContact')}>
          {c.primaryContact ? `${c.primaryContact.name} ${c.primaryContact.phones[0] ?? ''}` : dash}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.address')}>{c.address ?? dash}</Descriptions.Item>
      </Descriptions>
      <Flex gap={8} style={{ margin: '12px 0' }} data-testid="customer-action-bar">
        <BarButton
          icon={<PhoneOutlined />}
          label={t('mobile.customer.call')}
          href={phone ? `tel:${phone}` : undefined}
          testId="customer-call"
        />
        <BarButton
          icon={<CompassOutlined />}
          label={t('mobile.customer.navigate')}
          href={c.address ? mapLink(c.address) : undefined}
          external
          testId="customer-navigate"
        />
        <BarButton
          icon={<MessageOutlined />}
          label={t('customers.followUp.write')}
          onClick={onFollowUp}
          testId="customer-follow-up"
        />
        {/* VIS-4: check in at this customer — today's visit, or an ad hoc one. */}
        {can('visit:write') && c.access.canEdit && <StartVisitButton customerId={c.id} />}
      </Flex>
      <CustomerActions customer={c} {...actions} />
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 8 }}
        items={[
          { key: 'facts', label: t('mobile.customer.allFacts'), children: <CustomerFacts customer={c} /> },
        ]}
      />
    </Card>
  );
}
