import {
  CustomerServiceOutlined,
  EditOutlined,
  MessageOutlined,
  SafetyOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCustomerLevels } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TCustomer } from '../../api/types';
import { formatDateTime, formatFenText } from '../../components/format';
import { CreditModal } from './CreditModal';
import { OwnerText, RelativeTime } from './customer-columns';
import { CustomerTypeTag, LevelTag, LifecycleTag } from './customer-options';
import { PlanVisitSlot, ReassignSlot, ReleaseSlot } from './slots';

/** The name's tags: level, kind, stage, and how I work on it when I am not the owner. */
export function CustomerTags({ customer: c }: { customer: TCustomer }) {
  const { t } = useTranslation();
  const { levels } = useCustomerLevels();
  return (
    <Flex wrap gap={4}>
      <LevelTag level={c.level} levels={levels} />
      <CustomerTypeTag type={c.type} />
      <LifecycleTag lifecycle={c.lifecycle} />
      {c.access.collaborator && (
        <Tag color="blue">{t(`customers.team.accessAs.${c.access.collaborator}`)}</Tag>
      )}
    </Flex>
  );
}

interface ActionProps {
  customer: TCustomer;
  onEdit: () => void;
  /** 写跟进 among the buttons; a phone has it in its action bar instead. */
  onFollowUp?: () => void;
  onService: () => void;
  /** Ownership changed (released or reassigned): reload the customer. */
  onOwnershipChanged: () => void;
}

/** The actions the server allows this user on the customer. */
export function CustomerActions({
  customer: c,
  onEdit,
  onFollowUp,
  onService,
  onOwnershipChanged,
}: ActionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const { access } = c;
  const [settingCredit, setSettingCredit] = useState(false);
  return (
    <>
      <Space wrap>
        {/* CUS-8: anyone who sees the customer may write a follow-up. */}
        {onFollowUp && (
          <Button
            type="primary"
            icon={<MessageOutlined />}
            onClick={onFollowUp}
            data-testid="customer-follow-up"
          >
            {t('customers.followUp.write')}
          </Button>
        )}
        {/* CUS-5: someone who cannot edit the customer still serves it. */}
        {!access.canEdit && can('customer:service') && (
          <Button icon={<ToolOutlined />} onClick={onService} data-testid="customer-service">
            {t('customers.service.log')}
          </Button>
        )}
        {/* SVC-1/CUS-5: the customer's service tickets, and a new one for it. */}
        {can('service_ticket:create') && (
          <Link
            to={`/service-tickets?view=all&customerId=${c.id}&customerName=${encodeURIComponent(c.name)}`}
            data-testid="customer-tickets"
          >
            <Button icon={<CustomerServiceOutlined />}>{t('service.nav.list')}</Button>
          </Link>
        )}
        {access.canEdit && <PlanVisitSlot customer={{ id: c.id, name: c.name }} />}
        {access.canEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="customer-edit">
            {t('common.edit')}
          </Button>
        )}
        {(access.isOwner || access.canAssign) && (
          <ReleaseSlot customerId={c.id} onDone={onOwnershipChanged} />
        )}
        {access.canAssign && <ReassignSlot customerId={c.id} onDone={onOwnershipChanged} />}
        {/* CUS-9: credit limit and rating are set by finance or the director. */}
        {can('customer:credit') && (
          <Button
            icon={<SafetyOutlined />}
            onClick={() => setSettingCredit(true)}
            data-testid="customer-credit"
          >
            {t('customers.credit.set')}
          </Button>
        )}
      </Space>
      <CreditModal open={settingCredit} onClose={() => setSettingCredit(false)} customer={c} />
    </>
  );
}

/** Everything the file says about the customer, label by label. */
export function CustomerFacts({ customer: c }: { customer: TCustomer }) {
  const { t } = useTranslation();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
      <Descriptions.Item label={t('customers.fields.owner')}>
        <OwnerText owner={c.owner} />
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.unit')}>{c.unit.name}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.lastFollowUpAt')}>
        <RelativeTime at={c.lastFollowUpAt} empty={t('customers.neverFollowedUp')} />
        {c.lastFollowUpAt && (
          <Typography.Text type="secondary"> ({formatDateTime(c.lastFollowUpAt)})</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.source')}>
        {t(`customers.sources.${c.source}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.industry')}>{c.industry ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.creditCode')}>{c.creditCode ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.creditLimit')}>
        {c.creditLimitFen ? formatFenText(c.creditLimitFen) : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.creditRating')}>
        {c.creditRating ?? dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.phone')}>{c.phone ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.primaryContact')}>
        {c.primaryContact ? `${c.primaryContact.name} ${c.primaryContact.phones[0] ?? ''}` : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.website')}>
        {c.website ? (
          <Typography.Link
            href={/^https?:\/\//.test(c.website) ? c.website : `https://${c.website}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {c.website}
          </Typography.Link>
        ) : (
          dash
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.address')}>{c.address ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.tags')}>
        {c.tags.length ? (
          <Space size={[0, 4]} wrap>
            {c.tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </Space>
        ) : (
          dash
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(c.createdAt)}</Descriptions.Item>
      {c.potentialScore !== null && (
        <Descriptions.Item label={t('customers.fields.potentialScore')}>{c.potentialScore}</Descriptions.Item>
      )}
      {c.remark && (
        <Descriptions.Item label={t('customers.fields.remark')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{c.remark}</span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

interface Props extends Omit<ActionProps, 'onFollowUp'> {
  onFollowUp: () => void;
}

/** The customer file at a glance, with the actions the server allows this user. */
export function CustomerHeader(props: Props) {
  const c = props.customer;
  return (
    <Card
      data-testid="customer-header"
      title={
        <Space wrap size={8}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="customer-title">
            {c.name}
          </Typography.Title>
          <CustomerTags customer={c} />
        </Space>
      }
      extra={<CustomerActions {...props} />}
    >
      <CustomerFacts customer={c} />
    </Card>
  );
}
