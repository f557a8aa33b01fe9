import { EnvironmentOutlined, MessageOutlined, PayCircleOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../../api/hooks/me';
import { FollowUpDrawer } from '../customers/FollowUpDrawer';
import { RecordPaymentModal } from '../payments/RecordPaymentModal';

function Action({
  icon,
  label,
  onClick,
  testId,
}: {
  icon: ReactNode;
  label: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <Button
      onClick={onClick}
      data-testid={testId}
      style={{
        flex: '1 1 0',
        minWidth: 0,
        height: 64,
        flexDirection: 'column',
        gap: 4,
        whiteSpace: 'normal',
      }}
    >
      <span style={{ fontSize: 20, lineHeight: 1 }}>{icon}</span>
      <span style={{ fontSize: 13, lineHeight: 1.2 }}>{label}</span>
    </Button>
  );
}

/** What a rep does most in a day, one tap each: a follow-up (CUS-8), a payment (AR-2), a visit. */
export function QuickActions() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [followingUp, setFollowingUp] = useState(false);
  const [paying, setPaying] = useState(false);
  return (
    <Flex gap={8} data-testid="today-actions">
      {can('customer:read') && (
        <Action
          icon={<MessageOutlined />}
          label={t('today.actions.followUp')}
          onClick={() => setFollowingUp(true)}
          testId="today-follow-up-new"
        />
      )}
      {can('payment:create') && (
        <Action
          icon={<PayCircleOutlined />}
          label={t('today.actions.payment')}
          onClick={() => setPaying(true)}
          testId="today-payment-new"
        />
      )}
      {can('visit:write') && (
        <Action
          icon={<EnvironmentOutlined />}
          label={t('today.actions.visit')}
          onClick={() => navigate('/visits')}
          testId="today-visit-new"
        />
      )}
      <FollowUpDrawer open={followingUp} onClose={() => setFollowingUp(false)} />
      {paying && <RecordPaymentModal open={paying} onClose={() => setPaying(false)} />}
    </Flex>
  );
}
