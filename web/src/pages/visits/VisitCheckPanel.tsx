import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckIn, useCheckOut } from '../../api/hooks/visits';
import type { TVisit } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { currentPosition } from './position';
import { hoursOf, StampText } from './visit-tags';

type Phase = 'idle' | 'locating' | 'sending';

const bigButton = { height: 56, fontSize: 18 } as const;

/**
 * VIS-4: the big check-in and check-out buttons. Each asks the phone for its position first
 * ("正在定位…"), then sends it — or, refused or not found, says so and sends none. The time is
 * the server's. Check-out takes the outcome of the visit.
 */
export function VisitCheckPanel({ visit }: { visit: TVisit }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn();
  const checkOut = useCheckOut();
  const [phase, setPhase] = useState<Phase>('idle');
  const [form] = Form.useForm<{ outcome: string }>();
  const action = useAction({ form, inline: true });

  async function stamp(kind: 'checkIn' | 'checkOut', outcome?: string) {
    await action.run(
      async () => {
        setPhase('locating');
        try {
          const where = await currentPosition();
          setPhase('sending');
          if (kind === 'checkIn') await checkIn.mutateAsync({ id: visit.id, body: where });
          else await checkOut.mutateAsync({ id: visit.id, body: { ...where, outcome: outcome ?? '' } });
        } finally {
          setPhase('idle');
        }
      },
      t(kind === 'checkIn' ? 'visits.check.checkedIn' : 'visits.check.checkedOut'),
    );
  }

  const busy = phase !== 'idle';
  const { checkIn: inStamp, checkOut: outStamp } = visit;
  if (!visit.actions.checkIn && !visit.actions.checkOut && !inStamp) return null;
  return (
    <Card size="small" title={t('visits.check.title')} data-testid="visit-check-panel">
      <Flex vertical gap={12}>
        <ErrorAlert error={action.error} />
        {busy && (
          <Alert
            type="info"
            showIcon
            icon={<Spin size="small" />}
            title={t(phase === 'locating' ? 'visits.check.locating' : 'visits.check.sending')}
            data-testid="visit-locating"
          />
        )}
        {inStamp && <StampText stamp={inStamp} kind="checkIn" />}
        {outStamp && <StampText stamp={outStamp} kind="checkOut" />}
        {visit.minutesSpent !== null && (
          <Typography.Text data-testid="visit-spent">
            {t('visits.check.spent', { hours: hoursOf(visit.minutesSpent) })}
          </Typography.Text>
        )}
        {visit.outcome && (
          <div>
            <Typography.Text type="secondary">{t('visits.fields.outcome')}</Typography.Text>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
              data-testid="visit-outcome"
            >
              {visit.outcome}
            </Typography.Paragraph>
          </div>
        )}
        {visit.actions.checkIn && (
          <Button
            type="primary"
            block
            icon={<LoginOutlined />}
            style={bigButton}
            loading={busy}
            onClick={() => void stamp('checkIn')}
            data-testid="visit-check-in"
          >
            {t('visits.check.checkIn')}
          </Button>
        )}
        {visit.actions.checkOut && (
          <Form form={form} layout="vertical" onFinish={(v) => void stamp('checkOut', v.outcome)}>
            <Form.Item
              name="outcome"
              label={t('visits.fields.outcome')}
              rules={[{ required: true, whitespace: true, message: t('visits.check.outcomeRequired') }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={2000}
                placeholder={t('visits.check.outcomePlaceholder')}
                data-testid="visit-outcome-input"
              />
            </Form.Item>
            <Button
              type="primary"
              danger
              block
              htmlType="submit"
              icon={<LogoutOutlined />}
              style={bigButton}
              loading={busy}
              data-testid="visit-check-out"
            >
              {t('visits.check.checkOut')}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
