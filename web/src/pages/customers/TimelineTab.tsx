import { Button, Card, Empty, Skeleton, Space, Timeline, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useContacts, useTimeline } from '../../api/hooks/customers';
import { useCan } from '../../api/hooks/me';
import type { TCustomer, TTimelineEvent } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatRelative, localized } from '../../components/format';
import { FollowUpForm, ServiceHint } from './FollowUpForm';
import { timelineColor, timelineIcon, timelineLook } from './timeline-icons';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/** The event's own words under its summary: a follow-up's content and next step. */
function EventBody({ event }: { event: TTimelineEvent }) {
  const { t } = useTranslation();
  const content = text(event.data?.content);
  const nextStep = text(event.data?.nextStep);
  const nextStepAt = text(event.data?.nextStepAt);
  if (!content && !nextStep) return null;
  return (
    <div style={{ marginTop: 4 }}>
      {content && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
          {content}
        </Typography.Paragraph>
      )}
      {nextStep && (
        <Typography.Text type="secondary">
          {t('customers.followUp.nextStep')}: {nextStep}
          {nextStepAt && ` (${formatDateTime(nextStepAt)})`}
        </Typography.Text>
      )}
    </div>
  );
}

function EventItem({ event }: { event: TTimelineEvent }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="timeline-item" data-kind={event.kind}>
      <Typography.Text strong>{localized(event.summary, i18n.language)}</Typography.Text>
      <EventBody event={event} />
      <div>
        <Typography.Text type="secondary">
          {event.actor?.displayName ?? t('customers.timeline.system')} ·{' '}
          <Tooltip title={formatDateTime(event.at)}>
            <span>{formatRelative(event.at)}</span>
          </Tooltip>{' '}
          · {formatDateTime(event.at)}
        </Typography.Text>
      </div>
    </div>
  );
}

interface Props {
  customer: TCustomer;
  followUpFocus: number;
  onService: () => void;
  /** The follow-up form above the events (a phone writes one in a drawer from its action bar). */
  writeInline?: boolean;
}

/** 动态: write a follow-up, then everything that happened to the customer, newest first. */
export function TimelineTab({ customer, followUpFocus, onService, writeInline = true }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const timeline = useTimeline(customer.id);
  const contacts = useContacts(customer.id);
  const events = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  const total = timeline.data?.pages[0]?.total ?? 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {/* CUS-8: anyone who sees the customer may write a follow-up (the server checks read scope). */}
      {writeInline && (
        <Card size="small" title={t('customers.followUp.write')}>
          <FollowUpForm customerId={customer.id} contacts={contacts.data} focusToken={followUpFocus} />
        </Card>
      )}
      {!customer.access.canEdit && can('customer:service') && <ServiceHint onService={onService} />}
      <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      {timeline.isPending ? (
        <Skeleton active />
      ) : events.length === 0 ? (
        !timeline.error && <Empty description={t('customers.timeline.empty')} />
      ) : (
        <>
          <Timeline
            data-testid="customer-timeline"
            items={events.map((event) => {
              const look = timelineLook(event.kind, event.data);
              return {
                key: event.id,
                icon: timelineIcon(look),
                color: timelineColor(look),
                content: <EventItem event={event} />,
              };
            })}
          />
          <div style={{ textAlign: 'center' }}>
            {timeline.hasNextPage ? (
              <Button
                onClick={() => void timeline.fetchNextPage()}
                loading={timeline.isFetchingNextPage}
                data-testid="timeline-more"
              >
                {t('customers.timeline.more', { shown: events.length, total })}
              </Button>
            ) : (
              <Typography.Text type="secondary">
                {t('customers.timeline.end', { count: total })}
              </Typography.Text>
            )}
          </div>
        </>
      )}
    </Space>
  );
}
